package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.time.Duration;
import java.util.Objects;

/**
 * Remote support time included in a tier for each allowance period, and whether unused time
 * carries over to the next period.
 *
 * <p>For example, {@code RemoteHoursAllowance.of(Duration.ofHours(2), AllowancePeriod.QUARTER,
 * Rollover.NONE)} includes two hours per quarter, lost if unused.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param hours the time included per period, at least zero
 * @param period the period the allowance renews over
 * @param rollover whether unused time carries over
 */
public record RemoteHoursAllowance(Duration hours, AllowancePeriod period, Rollover rollover) {

    /** No remote time included. */
    public static final RemoteHoursAllowance NONE =
            new RemoteHoursAllowance(Duration.ZERO, AllowancePeriod.MONTH, Rollover.NONE);

    /**
     * Creates an allowance.
     *
     * @throws IllegalArgumentException if {@code hours} is negative
     */
    public RemoteHoursAllowance {
        Checks.requireNonNegative("remoteHours", hours);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(rollover, "rollover");
    }

    /**
     * Obtains an allowance.
     *
     * @param hours the time included per period, at least zero
     * @param period the period the allowance renews over
     * @param rollover whether unused time carries over
     * @return the allowance
     * @throws IllegalArgumentException if {@code hours} is negative
     */
    public static RemoteHoursAllowance of(Duration hours, AllowancePeriod period, Rollover rollover) {
        return new RemoteHoursAllowance(hours, period, rollover);
    }

    /**
     * Returns the remote time included over a year: the time per period times the periods in a
     * year. For example, 2 hours a quarter is 8 hours a year.
     *
     * @return the yearly time
     */
    public Duration perYear() {
        return hours.multipliedBy(period.periodsPerYear());
    }

    /** The period over which remote time is included. */
    public enum AllowancePeriod {
        /** Renewed every month. */
        MONTH(12),
        /** Renewed every quarter. */
        QUARTER(4),
        /** Renewed every year. */
        YEAR(1);

        private final int periodsPerYear;

        AllowancePeriod(int periodsPerYear) {
            this.periodsPerYear = periodsPerYear;
        }

        /**
         * Returns the number of such periods in a year.
         *
         * @return 12, 4 or 1
         */
        public int periodsPerYear() {
            return periodsPerYear;
        }
    }

    /** Whether unused remote time carries over to the next period. */
    public enum Rollover {
        /** Unused time is lost at the end of the period. */
        NONE,
        /** Unused time carries over to the next period. */
        CARRY_OVER
    }
}
