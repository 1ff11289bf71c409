package io.github.servicecontract.pricing.billing;

import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a billing period that is only partly covered costs: its share by day, nothing, or the
 * full period.
 *
 * <p>For example, a 56.00-a-month plan starting on March 10 covers 22 of March's 31 days: by
 * day it costs 22/31 x 56.00 = 39.74 for March.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Proration {
    /** The period price times the days covered over the days of the period. */
    BY_DAY,
    /** A partly covered period is not charged. */
    NONE,
    /** A partly covered period is charged in full. */
    FULL_PERIOD;

    /**
     * Returns the price of a period of which {@code coveredDays} of {@code periodDays} are
     * covered, rounded with {@code rounding}'s increment and mode.
     *
     * @param periodPrice the price of the whole period
     * @param coveredDays the days covered, 0 to {@code periodDays}
     * @param periodDays the days of the whole period, at least one
     * @param rounding how the result is rounded
     * @return the price of the covered part
     * @throws IllegalArgumentException if the day counts are out of range
     */
    public BigDecimal apply(BigDecimal periodPrice, long coveredDays, long periodDays, Rounding rounding) {
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(periodPrice, "periodPrice");
        if (periodDays < 1) {
            throw Checks.invalid("periodDays", periodDays, "must be >= 1");
        }
        if (coveredDays < 0 || coveredDays > periodDays) {
            throw Checks.invalid("coveredDays", coveredDays, "must be between 0 and periodDays " + periodDays);
        }
        if (coveredDays == periodDays) {
            return periodPrice;
        }
        switch (this) {
            case NONE:
                return BigDecimal.ZERO;
            case FULL_PERIOD:
                return periodPrice;
            default:
                return rounding.apply(periodPrice.multiply(BigDecimal.valueOf(coveredDays))
                        .divide(BigDecimal.valueOf(periodDays), periodPrice.scale() + 12, RoundingMode.HALF_EVEN));
        }
    }
}
