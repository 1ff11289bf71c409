/**
 * Holiday calendars from Jollyday: {@link io.github.servicecontract.jollyday.JollydayHolidays}
 * gives the public holidays of a country and its subdivision as a
 * {@link io.github.servicecontract.model.HolidayCalendar}.
 *
 * <p>Unless otherwise stated, every method in this package throws {@link NullPointerException}
 * when given a {@code null} argument.
 */
package io.github.servicecontract.jollyday;
