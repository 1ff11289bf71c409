package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.time.Period;
import java.util.Objects;

/**
 * How the recurring price rises at each anniversary: not at all, by a fixed percentage, or by a
 * published index capped at a percentage; each announced a notice period ahead.
 *
 * <p>For example, {@code Escalation.fixed(Percentage.of(3), Period.ofMonths(2))} raises the
 * price by 3 % a year, announced two months ahead.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Escalation {

    /**
     * Obtains no escalation: the price stays as agreed.
     *
     * @return no escalation
     */
    static Escalation none() {
        return None.INSTANCE;
    }

    /**
     * Obtains a fixed yearly rise.
     *
     * @param rate the yearly rise
     * @param notice how long before the anniversary the client is told
     * @return the escalation
     * @throws IllegalArgumentException if {@code rate} is over 100 %, or {@code notice} is negative or a year or longer
     */
    static Escalation fixed(Percentage rate, Period notice) {
        return new Fixed(rate, notice);
    }

    /**
     * Obtains a yearly rise that follows a published index, capped.
     *
     * @param index the index's name, for example {@code "INSEE Syntec"}
     * @param cap the largest yearly rise
     * @param notice how long before the anniversary the client is told
     * @return the escalation
     * @throws IllegalArgumentException if {@code index} is blank, {@code cap} over 100 %, or {@code notice} negative or a
     *     year or longer
     */
    static Escalation indexed(String index, Percentage cap, Period notice) {
        return new Indexed(index, cap, notice);
    }

    /** No escalation. */
    enum None implements Escalation {
        /** The only instance. */
        INSTANCE
    }

    /**
     * A fixed yearly rise.
     *
     * @param rate the yearly rise
     * @param notice the notice period
     */
    record Fixed(Percentage rate, Period notice) implements Escalation {
        /**
         * Creates the escalation.
         *
         * @throws IllegalArgumentException if {@code rate} is over 100 %, or {@code notice} is negative or a year or longer
         */
        public Fixed {
            requireRise("rate", rate);
            requireNotice(notice);
        }
    }

    /**
     * A yearly rise following an index, capped.
     *
     * @param index the index's name
     * @param cap the largest yearly rise
     * @param notice the notice period
     */
    record Indexed(String index, Percentage cap, Period notice) implements Escalation {
        /**
         * Creates the escalation.
         *
         * @throws IllegalArgumentException if {@code index} is blank, {@code cap} over 100 %, or {@code notice} negative or a
     *     year or longer
         */
        public Indexed {
            Checks.requireText("index", index);
            requireRise("cap", cap);
            requireNotice(notice);
        }
    }

    private static void requireRise(String field, Percentage rise) {
        Objects.requireNonNull(rise, field);
        if (rise.isGreaterThan(Percentage.ONE_HUNDRED)) {
            throw Checks.invalid(field, rise, "must be <= 100%: a yearly rise that more than doubles a price is no escalation");
        }
    }

    private static void requireNotice(Period notice) {
        Objects.requireNonNull(notice, "notice");
        if (notice.isNegative()) {
            throw Checks.invalid("notice", notice, "must not be negative");
        }
        if (!ContractTerms.isShorterThanAYear(notice)) {
            throw Checks.invalid("notice", notice, "must be shorter than a year, the time between two anniversaries");
        }
    }
}
