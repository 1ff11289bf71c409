package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A bank of prepaid labour hours (block hours), drawn down by the billed time of on-site and
 * remote labour; once it is empty, labour is billed at the overage rate when the bank has one,
 * else at the rate card's price.
 *
 * <p>For example, {@code HoursBank.of(Duration.ofHours(10), new DateWindow(LocalDate.of(2026, 1, 1),
 * LocalDate.of(2026, 12, 31))).withOverageRate(Money.of(110, "EUR"))}: ten hours to use in 2026,
 * then 110.00 an hour.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HoursBank implements Prepayment {

    private final Duration hours;
    /** The most hours a bank holds: a year of days and nights. */
    public static final Duration MAX_HOURS = Duration.ofHours(8784);

    private final DateWindow validity;
    private final MonetaryAmount overageRate;

    private HoursBank(Duration hours, DateWindow validity, MonetaryAmount overageRate) {
        this.hours = Checks.requirePositive("hours", hours);
        if (hours.toSeconds() % 60 != 0 || hours.toNanosPart() != 0) {
            throw Checks.invalid("hours", hours, "must be a whole number of minutes");
        }
        if (hours.compareTo(MAX_HOURS) > 0) {
            throw Checks.invalid("hours", hours, "must be at most " + MAX_HOURS);
        }
        this.validity = Objects.requireNonNull(validity, "validity");
        this.overageRate = overageRate;
    }

    /**
     * Obtains a bank of hours without an overage rate of its own.
     *
     * @param hours the hours bought, greater than zero and at most {@link #MAX_HOURS}, in whole minutes
     * @param validity the days whose work it covers
     * @return the bank
     * @throws IllegalArgumentException if {@code hours} is not greater than zero, too large or not whole minutes
     */
    public static HoursBank of(Duration hours, DateWindow validity) {
        return new HoursBank(hours, validity, null);
    }

    /**
     * Returns a copy whose time beyond the bank is billed at {@code perHour}.
     *
     * @param perHour the hourly rate once the bank is empty, at least zero
     * @return the changed copy
     * @throws IllegalArgumentException if {@code perHour} is negative
     */
    public HoursBank withOverageRate(MonetaryAmount perHour) {
        Objects.requireNonNull(perHour, "perHour");
        if (perHour.isNegative()) {
            throw Checks.invalid("overageRate", perHour, "must be >= 0");
        }
        return new HoursBank(hours, validity, perHour);
    }

    /** The hours bought. */
    public Duration hours() {
        return hours;
    }

    @Override
    public DateWindow validity() {
        return validity;
    }

    /**
     * The hourly rate of labour once the bank is empty, if it has one of its own.
     *
     * @return the overage rate, if any
     */
    public Optional<MonetaryAmount> overageRate() {
        return Optional.ofNullable(overageRate);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HoursBank that && hours.equals(that.hours) && validity.equals(that.validity)
                && Objects.equals(overageRate, that.overageRate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hours, validity, overageRate);
    }

    /** The hours, the validity and the overage rate written exactly. */
    @Override
    public String toString() {
        return "HoursBank[hours=" + hours + ", validity=" + validity
                + (overageRate == null ? "" : ", overageRate=" + Checks.describe(overageRate)) + "]";
    }
}
