package io.github.servicecontract.model;

import java.time.LocalDate;

/**
 * Where a calendar's holidays come from when its rules are not the library's own: a maintained
 * holiday library (Jollyday, for example), a vendor's database, a list an integrator keeps.
 *
 * <p>For example, with Jollyday:
 * <pre>{@code
 * HolidayManager bavaria = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
 * HolidayCalendar calendar = HolidayCalendar.of(RegionCode.parse("DE-BY"),
 *         day -> bavaria.isHoliday(day, HolidayType.PUBLIC_HOLIDAY, "by"));
 * }</pre>
 *
 * <p>Implementations must be thread-safe and answer the same for the same day: a quote is priced
 * from them, and priced again must give the same figures.
 */
@FunctionalInterface
public interface HolidaySource {

    /**
     * Checks if {@code day} is a public holiday.
     *
     * @param day the day
     * @return true if a holiday
     */
    boolean isHoliday(LocalDate day);
}
