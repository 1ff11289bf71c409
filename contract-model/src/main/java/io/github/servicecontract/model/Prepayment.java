package io.github.servicecontract.model;

import java.time.LocalDate;

/**
 * Service the client pays for in advance, drawn down by the work billed until it is used up or
 * its last day has passed: a bank of hours, a money retainer or a pack of tickets.
 *
 * <p>What is left on the last day lapses: work after it is billed as if there were none.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Prepayment permits HoursBank, Retainer, TicketPack {

    /**
     * Returns the last day whose work it covers.
     *
     * @return the last day
     */
    LocalDate lastDay();

    /**
     * Returns whether it covers work done on {@code day}: up to its last day.
     *
     * @param day the day of the work
     * @return whether the prepayment is in force on that day
     */
    default boolean coversDay(LocalDate day) {
        return !day.isAfter(lastDay());
    }
}
