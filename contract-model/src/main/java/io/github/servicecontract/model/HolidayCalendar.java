package io.github.servicecontract.model;

import static io.github.servicecontract.model.HolidayRule.easter;
import static io.github.servicecontract.model.HolidayRule.fixed;
import static io.github.servicecontract.model.HolidayRule.nthWeekday;

import io.github.servicecontract.model.internal.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public holidays of a region, when a coverage window that closes on holidays is closed.
 *
 * <p>National calendars are offered for France, Italy, Germany, Switzerland, the United Kingdom
 * (England and Wales) and the United States (federal holidays, without the weekday on which a
 * weekend holiday is observed). Regional holidays are added with {@link #of}.
 *
 * <p>For example, {@code HolidayCalendar.national(RegionCode.ofCountry("FR")).isHoliday(
 * LocalDate.of(2026, 7, 14))} is true.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HolidayCalendar {

    private static final Map<String, List<HolidayRule>> NATIONAL = Map.of(
            "FR", List.of(fixed(MonthDay.of(1, 1)), easter(1), fixed(MonthDay.of(5, 1)), fixed(MonthDay.of(5, 8)),
                    easter(39), easter(50), fixed(MonthDay.of(7, 14)), fixed(MonthDay.of(8, 15)),
                    fixed(MonthDay.of(11, 1)), fixed(MonthDay.of(11, 11)), fixed(MonthDay.of(12, 25))),
            "IT", List.of(fixed(MonthDay.of(1, 1)), fixed(MonthDay.of(1, 6)), easter(1), fixed(MonthDay.of(4, 25)),
                    fixed(MonthDay.of(5, 1)), fixed(MonthDay.of(6, 2)), fixed(MonthDay.of(8, 15)),
                    fixed(MonthDay.of(11, 1)), fixed(MonthDay.of(12, 8)), fixed(MonthDay.of(12, 25)),
                    fixed(MonthDay.of(12, 26))),
            "DE", List.of(fixed(MonthDay.of(1, 1)), easter(-2), easter(1), fixed(MonthDay.of(5, 1)), easter(39),
                    easter(50), fixed(MonthDay.of(10, 3)), fixed(MonthDay.of(12, 25)), fixed(MonthDay.of(12, 26))),
            "CH", List.of(fixed(MonthDay.of(1, 1)), easter(-2), easter(1), easter(39), easter(50),
                    fixed(MonthDay.of(8, 1)), fixed(MonthDay.of(12, 25)), fixed(MonthDay.of(12, 26))),
            "GB", List.of(fixed(MonthDay.of(1, 1)), easter(-2), easter(1), nthWeekday(Month.MAY, 1, DayOfWeek.MONDAY),
                    nthWeekday(Month.MAY, -1, DayOfWeek.MONDAY), nthWeekday(Month.AUGUST, -1, DayOfWeek.MONDAY),
                    fixed(MonthDay.of(12, 25)), fixed(MonthDay.of(12, 26))),
            "US", List.of(fixed(MonthDay.of(1, 1)), nthWeekday(Month.JANUARY, 3, DayOfWeek.MONDAY),
                    nthWeekday(Month.FEBRUARY, 3, DayOfWeek.MONDAY), nthWeekday(Month.MAY, -1, DayOfWeek.MONDAY),
                    fixed(MonthDay.of(6, 19)), fixed(MonthDay.of(7, 4)),
                    nthWeekday(Month.SEPTEMBER, 1, DayOfWeek.MONDAY), nthWeekday(Month.OCTOBER, 2, DayOfWeek.MONDAY),
                    fixed(MonthDay.of(11, 11)), nthWeekday(Month.NOVEMBER, 4, DayOfWeek.THURSDAY),
                    fixed(MonthDay.of(12, 25))));

    private final RegionCode region;
    private final List<HolidayRule> rules;
    /** The fixed holidays, one bit for each month and day ({@code month * 32 + day}): a day is looked up, not computed. */
    private final long[] fixedDays = new long[7];
    /** The days from Easter Sunday of the Easter holidays, sorted. */
    private final int[] easterOffsets;
    /** The other rules, asked one by one. */
    private final List<HolidayRule> others;

    private HolidayCalendar(RegionCode region, List<HolidayRule> rules) {
        this.region = region;
        this.rules = rules;
        List<HolidayRule> rest = new ArrayList<>();
        int[] offsets = new int[rules.size()];
        int easterRules = 0;
        for (HolidayRule rule : rules) {
            if (rule instanceof HolidayRule.Fixed) {
                MonthDay day = ((HolidayRule.Fixed) rule).day();
                int key = day.getMonthValue() * 32 + day.getDayOfMonth();
                fixedDays[key >>> 6] |= 1L << key;
            } else if (rule instanceof HolidayRule.EasterRelative) {
                offsets[easterRules++] = ((HolidayRule.EasterRelative) rule).daysFromEaster();
            } else {
                rest.add(rule);
            }
        }
        this.easterOffsets = Arrays.copyOf(offsets, easterRules);
        Arrays.sort(easterOffsets);
        this.others = List.copyOf(rest);
    }

    /**
     * Obtains a calendar from explicit rules.
     *
     * @param region the region the calendar applies to
     * @param rules the holidays, possibly none
     * @return the calendar
     */
    public static HolidayCalendar of(RegionCode region, List<HolidayRule> rules) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(region, "region");
        return new HolidayCalendar(region, List.copyOf(rules));
    }

    /**
     * Obtains the national calendar of the country of {@code region}.
     *
     * @param region a country or a subdivision of one; the country's national holidays apply
     * @return the calendar
     * @throws IllegalArgumentException if no national calendar is known for the country
     */
    public static HolidayCalendar national(RegionCode region) {
        Objects.requireNonNull(region, "region");
        List<HolidayRule> rules = NATIONAL.get(region.country());
        if (rules == null) {
            throw Checks.invalid("region", region, "must be in a country with a national calendar " + new TreeSet<>(NATIONAL.keySet())
                    + " (use HolidayCalendar.of for others)");
        }
        return new HolidayCalendar(region, rules);
    }

    /**
     * Returns a copy of this calendar with one more holiday.
     *
     * @param rule the extra holiday, for example a regional one
     * @return the extended calendar
     */
    public HolidayCalendar plus(HolidayRule rule) {
        Objects.requireNonNull(rule, "rule");
        return new HolidayCalendar(region, Stream.concat(rules.stream(), Stream.of(rule)).toList());
    }

    /** Returns the region this calendar applies to. */
    public RegionCode region() {
        return region;
    }

    /** Returns the holiday rules, in the order given. */
    public List<HolidayRule> rules() {
        return rules;
    }

    /**
     * Checks if {@code day} is a public holiday.
     *
     * @param day the day
     * @return true if a holiday
     */
    public boolean isHoliday(LocalDate day) {
        Objects.requireNonNull(day, "day");
        int key = day.getMonthValue() * 32 + day.getDayOfMonth();
        if ((fixedDays[key >>> 6] & 1L << key) != 0) {
            return true;
        }
        if (easterOffsets.length > 0) {
            // an Easter holiday belongs to the year of its Easter, and counts only within that year
            long fromEaster = day.toEpochDay() - HolidayRule.EasterRelative.easterEpochDay(day.getYear());
            if (Arrays.binarySearch(easterOffsets, (int) fromEaster) >= 0) { // within a year: an int
                return true;
            }
        }
        for (HolidayRule rule : others) {
            if (rule.isOn(day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the holidays of {@code year}, in date order.
     *
     * @param year the year
     * @return the holiday dates
     */
    public SortedSet<LocalDate> holidaysIn(int year) {
        SortedSet<LocalDate> days = new TreeSet<>();
        rules.forEach(rule -> rule.dateIn(year).ifPresent(days::add));
        return Collections.unmodifiableSortedSet(days);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HolidayCalendar
                && region.equals(((HolidayCalendar) other).region)
                && rules.equals(((HolidayCalendar) other).rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, rules);
    }

    @Override
    public String toString() {
        return "HolidayCalendar[" + region + ", " + rules.size() + " holidays]";
    }
}
