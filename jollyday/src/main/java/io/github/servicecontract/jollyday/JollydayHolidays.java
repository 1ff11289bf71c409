package io.github.servicecontract.jollyday;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.servicecontract.model.HolidayCalendar;
import io.github.servicecontract.model.HolidaySource;
import io.github.servicecontract.model.RegionCode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays of a region from Jollyday (de.focus-shift), the maintained holiday library,
 * as a {@link HolidayCalendar} that coverage windows and pricing use like the library's own.
 *
 * <p>For example, {@code CoverageWindow.businessHours(ZoneId.of("Europe/Berlin"),
 * JollydayHolidays.of(RegionCode.parse("DE-BY")))} closes on Bavaria's holidays, Epiphany and
 * Corpus Christi among them.
 *
 * <p>The country's public holidays apply, and the subdivision's where Jollyday has it (its
 * codes: {@code DE-BY} is Bavaria, {@code CH-TI} Ticino, {@code FR-67} Bas-Rhin, {@code GB-ENG}
 * England, {@code US-NY} New York); for a subdivision Jollyday does not know, the country's alone.
 * Each year's holidays are computed once and kept.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JollydayHolidays {

    private JollydayHolidays() {}

    /**
     * Obtains the calendar of {@code region}'s public holidays.
     *
     * @param region a country, or a subdivision of one
     * @return the calendar
     * @throws IllegalArgumentException if Jollyday has no calendar for the country
     */
    public static HolidayCalendar of(RegionCode region) {
        Objects.requireNonNull(region, "region");
        String country = region.country().toLowerCase(Locale.ROOT);
        if (HolidayManager.getSupportedCalendarCodes().stream().noneMatch(country::equalsIgnoreCase)) {
            throw new IllegalArgumentException("region must be in a country Jollyday has a calendar for, was " + region);
        }
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
        String subdivision = region.subdivision().map(code -> code.toLowerCase(Locale.ROOT))
                .filter(code -> manager.getCalendarHierarchy().getChildren().containsKey(code)).orElse(null);
        return HolidayCalendar.of(region, new Source(country, manager, subdivision == null ? List.of() : List.of(subdivision)));
    }

    /**
     * The public holidays Jollyday gives for a country and its subdivision, a year at a time; equal to another for the
     * same country and subdivision, so that calendars made twice for a region are equal.
     */
    private static final class Source implements HolidaySource {
        private final String country;
        private final HolidayManager manager;
        private final List<String> hierarchy;
        private final Map<Integer, Set<LocalDate>> years = new ConcurrentHashMap<>();

        Source(String country, HolidayManager manager, List<String> hierarchy) {
            this.country = country;
            this.manager = manager;
            this.hierarchy = hierarchy;
        }

        @Override
        public boolean isHoliday(LocalDate day) {
            Objects.requireNonNull(day, "day");
            return years.computeIfAbsent(day.getYear(), this::daysOf).contains(day);
        }

        /**
         * The days of {@code year} that are holidays: Jollyday files a holiday under its own year, observed on another
         * day (New Year's Day 2022 on 31 December 2021), so the years around are asked too.
         */
        private Set<LocalDate> daysOf(int year) {
            Set<LocalDate> days = new TreeSet<>();
            for (int asked = year - 1; asked <= year + 1; asked++) {
                manager.getHolidays(Year.of(asked), HolidayType.PUBLIC_HOLIDAY, hierarchy.toArray(String[]::new)).stream()
                        .map(Holiday::getDate).filter(date -> date.getYear() == year).forEach(days::add);
            }
            return days;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Source && country.equals(((Source) other).country) && hierarchy.equals(((Source) other).hierarchy);
        }

        @Override
        public int hashCode() {
            return Objects.hash(country, hierarchy);
        }

        @Override
        public String toString() {
            return "Jollyday[" + country + (hierarchy.isEmpty() ? "" : "/" + hierarchy.get(0)) + "]";
        }
    }
}
