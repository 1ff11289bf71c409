package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.Objects;

/**
 * A pack of prepaid remote support tickets, each billed ticket drawing one.
 *
 * <p>For example, {@code TicketPack.of(10, new DateWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param tickets the tickets bought, from one to {@link #MAX_TICKETS}
 * @param validity the days whose tickets it covers
 */
public record TicketPack(int tickets, DateWindow validity) implements Prepayment {

    /** The most tickets a pack holds. */
    public static final int MAX_TICKETS = 1_000_000;

    /**
     * Creates a pack.
     *
     * @throws IllegalArgumentException if {@code tickets} is less than one or more than {@link #MAX_TICKETS}
     */
    public TicketPack {
        Checks.requireBetween("tickets", tickets, 1, MAX_TICKETS);
        Objects.requireNonNull(validity, "validity");
    }

    /**
     * Obtains a pack.
     *
     * @param tickets the tickets bought, from one to {@link #MAX_TICKETS}
     * @param validity the days whose tickets it covers
     * @return the pack
     * @throws IllegalArgumentException if {@code tickets} is less than one or more than {@link #MAX_TICKETS}
     */
    public static TicketPack of(int tickets, DateWindow validity) {
        return new TicketPack(tickets, validity);
    }
}
