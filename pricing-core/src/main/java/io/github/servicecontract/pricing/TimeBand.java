package io.github.servicecontract.pricing;

import io.github.servicecontract.model.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

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
     * Obtains the band of work done in business hours on {@code day}: Sunday or a holiday of
     * the calendar, Saturday, or business hours. Evenings, nights and emergencies depend on
     * more than the day, and are never returned.
     *
     * <p>For example, in France, 2026-07-14 (a Tuesday, the national holiday) is
     * {@link #SUNDAY_HOLIDAY} and 2026-07-18 {@link #SATURDAY}.
     *
     * @param day the day of the work
     * @param holidays the public holidays where the work is done
     * @return the band
     */
    public static TimeBand ofDay(LocalDate day, HolidayCalendar holidays) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(holidays, "holidays");
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.isHoliday(day)) {
            return SUNDAY_HOLIDAY;
        }
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? SATURDAY : BUSINESS_HOURS;
    }

    /**
     * Checks if this is a premium band, priced above business hours.
     *
     * @return true for every band but business hours
     */
    public boolean isPremium() {
        return this != BUSINESS_HOURS;
    }
}
