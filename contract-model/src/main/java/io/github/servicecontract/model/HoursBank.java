package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A bank of prepaid labour hours (block hours), drawn down by the billed time of on-site and
 * remote labour; once it is empty, labour is billed at the overage rate when the bank has one,
 * else at the rate card's price.
 *
 * <p>For example, {@code HoursBank.of(Duration.ofHours(10), LocalDate.of(2026, 12, 31))
 * .withOverageRate(Money.of(110, "EUR"))}: ten hours to use in 2026, then 110.00 an hour.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HoursBank implements Prepayment {

    private final Duration hours;
    private final LocalDate lastDay;
    private final MonetaryAmount overageRate;

    private HoursBank(Duration hours, LocalDate lastDay, MonetaryAmount overageRate) {
        this.hours = Checks.requirePositive("hours", hours);
        if (hours.toSeconds() % 60 != 0 || hours.toNanosPart() != 0) {
            throw Checks.invalid("hours", hours, "must be a whole number of minutes");
        }
        this.lastDay = Objects.requireNonNull(lastDay, "lastDay");
        this.overageRate = overageRate;
    }

    /**
     * Obtains a bank of hours without an overage rate of its own.
     *
     * @param hours the hours bought, greater than zero, in whole minutes
     * @param lastDay the last day whose work it covers
     * @return the bank
     * @throws IllegalArgumentException if {@code hours} is not greater than zero or not whole minutes
     */
    public static HoursBank of(Duration hours, LocalDate lastDay) {
        return new HoursBank(hours, lastDay, null);
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
        return new HoursBank(hours, lastDay, perHour);
    }

    /** The hours bought. */
    public Duration hours() {
        return hours;
    }

    @Override
    public LocalDate lastDay() {
        return lastDay;
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
        return other instanceof HoursBank that && hours.equals(that.hours) && lastDay.equals(that.lastDay)
                && Objects.equals(overageRate, that.overageRate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hours, lastDay, overageRate);
    }

    /** The hours, the last day and the overage rate written exactly. */
    @Override
    public String toString() {
        return "HoursBank[hours=" + hours + ", lastDay=" + lastDay
                + (overageRate == null ? "" : ", overageRate=" + Checks.describe(overageRate)) + "]";
    }
}
