package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A pack of prepaid remote support tickets, each billed ticket drawing one.
 *
 * <p>For example, {@code TicketPack.of(10, LocalDate.of(2026, 12, 31))}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param tickets the tickets bought, at least one
 * @param lastDay the last day whose tickets it covers
 */
public record TicketPack(int tickets, LocalDate lastDay) implements Prepayment {

    /**
     * Creates a pack.
     *
     * @throws IllegalArgumentException if {@code tickets} is less than one
     */
    public TicketPack {
        Checks.requireAtLeast("tickets", tickets, 1);
        Objects.requireNonNull(lastDay, "lastDay");
    }

    /**
     * Obtains a pack.
     *
     * @param tickets the tickets bought, at least one
     * @param lastDay the last day whose tickets it covers
     * @return the pack
     * @throws IllegalArgumentException if {@code tickets} is less than one
     */
    public static TicketPack of(int tickets, LocalDate lastDay) {
        return new TicketPack(tickets, lastDay);
    }
}
