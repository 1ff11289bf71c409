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
     * @throws IllegalArgumentException if {@code notice} is negative
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
     * @throws IllegalArgumentException if {@code index} is blank or {@code notice} is negative
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
         * @throws IllegalArgumentException if {@code notice} is negative
         */
        public Fixed {
            Objects.requireNonNull(rate, "rate");
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
         * @throws IllegalArgumentException if {@code index} is blank or {@code notice} is negative
         */
        public Indexed {
            Checks.requireText("index", index);
            Objects.requireNonNull(cap, "cap");
            requireNotice(notice);
        }
    }

    private static void requireNotice(Period notice) {
        Objects.requireNonNull(notice, "notice");
        if (notice.isNegative()) {
            throw Checks.invalid("notice", notice, "must not be negative");
        }
    }
}
