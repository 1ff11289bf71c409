package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Remote support time included in a tier for each allowance period, and whether unused time
 * carries over to the next period, without limit or up to a cap.
 *
 * <p>For example, {@code RemoteHoursAllowance.of(Duration.ofHours(2), AllowancePeriod.QUARTER,
 * Rollover.NONE)} includes two hours per quarter, lost if unused; with
 * {@code Rollover.CARRY_OVER} and {@code withRolloverCap(Duration.ofHours(2))}, at most two unused
 * hours carry over, so that a quarter never starts with more than four.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RemoteHoursAllowance {

    /** The most time an allowance includes per period, or carries over: a year of days and nights. */
    public static final Duration MAX_HOURS = Duration.ofHours(8784);

    /** No remote time included. */
    public static final RemoteHoursAllowance NONE = new RemoteHoursAllowance(Duration.ZERO, AllowancePeriod.MONTH, Rollover.NONE, null);

    private final Duration hours;
    private final AllowancePeriod period;
    private final Rollover rollover;
    private final Duration rolloverCap;

    private RemoteHoursAllowance(Duration hours, AllowancePeriod period, Rollover rollover, Duration rolloverCap) {
        this.hours = Checks.requireNonNegative("remoteHours", hours);
        if (hours.compareTo(MAX_HOURS) > 0) {
            throw Checks.invalid("remoteHours", hours, "must be at most " + MAX_HOURS);
        }
        this.period = Objects.requireNonNull(period, "period");
        this.rollover = Objects.requireNonNull(rollover, "rollover");
        this.rolloverCap = rolloverCap;
    }

    /**
     * Obtains an allowance whose unused time is lost at the end of a period, or carries over
     * without limit.
     *
     * @param hours the time included per period, from zero to {@link #MAX_HOURS}
     * @param period the period the allowance renews over
     * @param rollover whether unused time carries over
     * @return the allowance
     * @throws IllegalArgumentException if {@code hours} is negative or above {@link #MAX_HOURS}
     */
    public static RemoteHoursAllowance of(Duration hours, AllowancePeriod period, Rollover rollover) {
        return new RemoteHoursAllowance(hours, period, rollover, null);
    }

    /** The time included per period, at least zero. */
    public Duration hours() {
        return hours;
    }

    /** The period the allowance renews over. */
    public AllowancePeriod period() {
        return period;
    }

    /** Whether unused time carries over. */
    public Rollover rollover() {
        return rollover;
    }

    /**
     * The most unused time that carries over to the next period, when unused time carries over
     * up to a cap; empty when it is lost or carries over without limit.
     *
     * @return the cap, if any
     */
    public Optional<Duration> rolloverCap() {
        return Optional.ofNullable(rolloverCap);
    }

    /**
     * Returns a copy whose unused time carries over up to {@code cap}: a period then starts with
     * its own hours and at most {@code cap} left from the one before (real contracts write "unused
     * hours roll over, up to 2 hours").
     *
     * @param cap the most time carried over, greater than zero
     * @return the changed copy
     * @throws IllegalArgumentException if {@code cap} is not greater than zero, or if unused time
     *     does not carry over
     */
    public RemoteHoursAllowance withRolloverCap(Duration cap) {
        Checks.requirePositive("rolloverCap", cap);
        if (cap.compareTo(MAX_HOURS) > 0) {
            throw Checks.invalid("rolloverCap", cap, "must be at most " + MAX_HOURS);
        }
        if (rollover != Rollover.CARRY_OVER) {
            throw Checks.invalid("rolloverCap", cap, "needs rollover " + Rollover.CARRY_OVER + ", was " + rollover);
        }
        return new RemoteHoursAllowance(hours, period, rollover, cap);
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

    @Override
    public boolean equals(Object other) {
        return other instanceof RemoteHoursAllowance that && hours.equals(that.hours) && period == that.period
                && rollover == that.rollover && Objects.equals(rolloverCap, that.rolloverCap);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hours, period, rollover, rolloverCap);
    }

    /** The hours, period, rollover and its cap when there is one. */
    @Override
    public String toString() {
        return "RemoteHoursAllowance[hours=" + hours + ", period=" + period + ", rollover=" + rollover
                + (rolloverCap == null ? "" : ", rolloverCap=" + rolloverCap) + "]";
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

        /**
         * Returns the length of such a period in months.
         *
         * @return 1, 3 or 12
         */
        public int months() {
            return 12 / periodsPerYear;
        }
    }

    /** Whether unused remote time carries over to the next period. */
    public enum Rollover {
        /** Unused time is lost at the end of the period. */
        NONE,
        /** Unused time carries over to the next period, without limit unless a cap is set. */
        CARRY_OVER
    }
}
