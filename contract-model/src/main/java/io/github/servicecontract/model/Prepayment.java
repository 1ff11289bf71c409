package io.github.servicecontract.model;

import java.time.LocalDate;

/**
 * Service the client pays for in advance, drawn down by the work billed within its validity
 * until it is used up: a bank of hours, a money retainer or a pack of tickets.
 *
 * <p>It covers work from its first day (the day it was bought, say) to its last: work before it
 * was invoiced without it, and what is left on its last day lapses.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Prepayment permits HoursBank, Retainer, TicketPack {

    /**
     * Returns the days whose work it covers.
     *
     * @return its first and last day
     */
    DateWindow validity();

    /**
     * Returns the last day whose work it covers.
     *
     * @return the last day
     */
    default LocalDate lastDay() {
        return validity().lastDay();
    }

    /**
     * Returns whether it covers work done on {@code day}: from its first day to its last.
     *
     * @param day the day of the work
     * @return whether the prepayment is in force on that day
     */
    default boolean coversDay(LocalDate day) {
        return validity().contains(day);
    }
}
