package io.github.servicecontract.pricing;

/**
 * When work is done, which sets its labour rate: business hours, or a premium band.
 *
 * <p>A premium band is priced either by its own rate in the {@link RateTable} or by a
 * {@link Multiplier} of the business-hours rate (evening 1.5x, night 2x, Saturday 1.5x,
 * Sunday and holidays 2x are common).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TimeBand {
    /** Within the business hours of the coverage window. */
    BUSINESS_HOURS,
    /** A weekday evening. */
    EVENING,
    /** A weekday night. */
    NIGHT,
    /** Saturday. */
    SATURDAY,
    /** Sunday or a public holiday. */
    SUNDAY_HOLIDAY,
    /** An emergency call-out, within 24 hours. */
    EMERGENCY;

    /**
     * Checks if this is a premium band, priced above business hours.
     *
     * @return true for every band but business hours
     */
    public boolean isPremium() {
        return this != BUSINESS_HOURS;
    }
}
