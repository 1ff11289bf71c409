package io.github.servicecontract.model;

import static io.github.servicecontract.model.HolidayRule.easter;
import static io.github.servicecontract.model.HolidayRule.fixed;
import static io.github.servicecontract.model.HolidayRule.nthWeekday;
import static io.github.servicecontract.model.HolidayRule.observedOnNearestWeekday;
import static io.github.servicecontract.model.HolidayRule.since;
import static io.github.servicecontract.model.HolidayRule.substitutedOnNextWeekday;

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
 * (England and Wales, with the substitute days of holidays falling on a weekend) and the United
 * States (federal holidays, with the weekday on which a holiday falling on a weekend is observed;
 * Juneteenth from 2021). A subdivision's own holidays are added for Bavaria ({@code DE-BY}:
 * Epiphany, Corpus Christi, All Saints), Alsace and Moselle ({@code FR-57}, {@code FR-67},
 * {@code FR-68}: Good Friday, St Stephen's Day), Zurich ({@code CH-ZH}: Berchtold's Day, Labour Day) and
 * Ticino ({@code CH-TI}: its own holidays, without Good Friday). Other regional holidays are
 * added with {@link #plus(HolidayRule)}, and a calendar from another source is made with
 * {@link #of(RegionCode, HolidaySource)}.
 *
 * <p>These calendars are checked against Jollyday day by day from 2020 to 2035 (the
 * {@code servicecontract-jollyday} module's tests). They differ from it where it is deliberate:
 * a fixed holiday falling on a weekend stays a holiday beside the weekday that stands for it (work
 * on Christmas Day is holiday work, whichever day employees are given off); Columbus Day is a
 * United States federal holiday (5 U.S.C. 6103); Berchtold's Day in Zurich, and St Joseph,
 * Labour Day, Whit Monday, Corpus Christi and Sts Peter and Paul in Ticino (its law on public
 * holidays), which Jollyday lacks; and the United Kingdom's one-off bank holidays of 2020 to 2023,
 * which it has, with the two bank holidays they moved (4 May 2020 and 30 May 2022), which the
 * library keeps on their usual days.
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
            "IT", List.of(fixed(MonthDay.of(1, 1)), fixed(MonthDay.of(1, 6)), easter(0), easter(1), fixed(MonthDay.of(4, 25)),
                    fixed(MonthDay.of(5, 1)), fixed(MonthDay.of(6, 2)), fixed(MonthDay.of(8, 15)),
                    // San Francesco d'Assisi, a national holiday again from 2026 (legge 151/2025)
                    since(2026, fixed(MonthDay.of(10, 4))),
                    fixed(MonthDay.of(11, 1)), fixed(MonthDay.of(12, 8)), fixed(MonthDay.of(12, 25)),
                    fixed(MonthDay.of(12, 26))),
            "DE", List.of(fixed(MonthDay.of(1, 1)), easter(-2), easter(1), fixed(MonthDay.of(5, 1)), easter(39),
                    easter(50), fixed(MonthDay.of(10, 3)), fixed(MonthDay.of(12, 25)), fixed(MonthDay.of(12, 26))),
            "CH", List.of(fixed(MonthDay.of(1, 1)), easter(-2), easter(0), easter(1), easter(39), easter(50),
                    fixed(MonthDay.of(8, 1)), fixed(MonthDay.of(12, 25)), fixed(MonthDay.of(12, 26))),
            "GB", List.of(fixed(MonthDay.of(1, 1)), easter(-2), easter(1), nthWeekday(Month.MAY, 1, DayOfWeek.MONDAY),
                    nthWeekday(Month.MAY, -1, DayOfWeek.MONDAY), nthWeekday(Month.AUGUST, -1, DayOfWeek.MONDAY),
                    fixed(MonthDay.of(12, 25)), fixed(MonthDay.of(12, 26)),
                    substitutedOnNextWeekday(MonthDay.of(1, 1), List.of(MonthDay.of(1, 1))),
                    substitutedOnNextWeekday(MonthDay.of(12, 25), List.of(MonthDay.of(12, 25), MonthDay.of(12, 26))),
                    substitutedOnNextWeekday(MonthDay.of(12, 26), List.of(MonthDay.of(12, 25), MonthDay.of(12, 26)))),
            "US", List.of(fixed(MonthDay.of(1, 1)), observedOnNearestWeekday(MonthDay.of(1, 1)),
                    nthWeekday(Month.JANUARY, 3, DayOfWeek.MONDAY),
                    nthWeekday(Month.FEBRUARY, 3, DayOfWeek.MONDAY), nthWeekday(Month.MAY, -1, DayOfWeek.MONDAY),
                    // Juneteenth National Independence Day Act, 17 June 2021
                    since(2021, fixed(MonthDay.of(6, 19))), since(2021, observedOnNearestWeekday(MonthDay.of(6, 19))),
                    fixed(MonthDay.of(7, 4)), observedOnNearestWeekday(MonthDay.of(7, 4)),
                    nthWeekday(Month.SEPTEMBER, 1, DayOfWeek.MONDAY), nthWeekday(Month.OCTOBER, 2, DayOfWeek.MONDAY),
                    fixed(MonthDay.of(11, 11)), observedOnNearestWeekday(MonthDay.of(11, 11)),
                    nthWeekday(Month.NOVEMBER, 4, DayOfWeek.THURSDAY),
                    fixed(MonthDay.of(12, 25)), observedOnNearestWeekday(MonthDay.of(12, 25))));

    /** A subdivision's holidays beyond its country's. */
    private static final Map<String, List<HolidayRule>> REGIONAL = Map.of(
            "DE-BY", List.of(fixed(MonthDay.of(1, 6)), easter(60), fixed(MonthDay.of(11, 1))),
            "FR-57", List.of(easter(-2), fixed(MonthDay.of(12, 26))),
            "FR-67", List.of(easter(-2), fixed(MonthDay.of(12, 26))),
            "FR-68", List.of(easter(-2), fixed(MonthDay.of(12, 26))),
            "CH-ZH", List.of(fixed(MonthDay.of(1, 2)), fixed(MonthDay.of(5, 1))),
            "CH-TI", List.of(fixed(MonthDay.of(1, 6)), fixed(MonthDay.of(3, 19)), fixed(MonthDay.of(5, 1)), easter(60),
                    fixed(MonthDay.of(6, 29)), fixed(MonthDay.of(8, 15)), fixed(MonthDay.of(11, 1)), fixed(MonthDay.of(12, 8))));

    /** A country's holidays that a subdivision does not keep: Good Friday is no holiday in Ticino. */
    private static final Map<String, List<HolidayRule>> NOT_KEPT = Map.of("CH-TI", List.of(easter(-2)));

    private final RegionCode region;
    private final List<HolidayRule> rules;
    /** The sources of holidays beyond the rules, asked in order. */
    private final List<HolidaySource> sources;
    /** The fixed holidays, one bit for each month and day ({@code month * 32 + day}): a day is looked up, not computed. */
    private final long[] fixedDays = new long[7];
    /** The days from Easter Sunday of the Easter holidays, sorted. */
    private final int[] easterOffsets;
    /** The other rules, asked one by one. */
    private final List<HolidayRule> others;

    private HolidayCalendar(RegionCode region, List<HolidayRule> rules) {
        this(region, rules, List.of());
    }

    private HolidayCalendar(RegionCode region, List<HolidayRule> rules, List<HolidaySource> sources) {
        this.region = region;
        this.rules = rules;
        this.sources = sources;
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
     * Obtains a calendar whose holidays come from another source than the library's rules.
     *
     * <p>For example, {@code HolidayCalendar.of(RegionCode.parse("DE-BY"), day ->
     * bavaria.isHoliday(day, HolidayType.PUBLIC_HOLIDAY, "by"))} with Jollyday's manager.
     *
     * @param region the region the calendar applies to
     * @param source where its holidays come from
     * @return the calendar
     */
    public static HolidayCalendar of(RegionCode region, HolidaySource source) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(source, "source");
        return new HolidayCalendar(region, List.of(), List.of(source));
    }

    /**
     * Obtains the national calendar of the country of {@code region}, with the holidays of the
     * subdivision where the library knows them (see the class's description).
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
        List<HolidayRule> kept = new ArrayList<>(rules);
        kept.removeAll(NOT_KEPT.getOrDefault(region.toString(), List.of()));
        kept.addAll(REGIONAL.getOrDefault(region.toString(), List.of()));
        return new HolidayCalendar(region, List.copyOf(kept));
    }

    /**
     * Returns a copy of this calendar with one more holiday.
     *
     * @param rule the extra holiday, for example a regional one
     * @return the extended calendar
     */
    public HolidayCalendar plus(HolidayRule rule) {
        Objects.requireNonNull(rule, "rule");
        return new HolidayCalendar(region, Stream.concat(rules.stream(), Stream.of(rule)).toList(), sources);
    }

    /**
     * Returns a copy of this calendar whose holidays are also those of {@code source}.
     *
     * @param source another source of holidays, for example a vendor's list of the region's days
     * @return the extended calendar
     */
    public HolidayCalendar plus(HolidaySource source) {
        Objects.requireNonNull(source, "source");
        return new HolidayCalendar(region, rules, Stream.concat(sources.stream(), Stream.of(source)).toList());
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
        for (HolidaySource source : sources) {
            if (source.isHoliday(day)) {
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
        if (!sources.isEmpty()) {
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                if (isHoliday(day)) {
                    days.add(day);
                }
            }
        }
        return Collections.unmodifiableSortedSet(days);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HolidayCalendar
                && region.equals(((HolidayCalendar) other).region)
                && rules.equals(((HolidayCalendar) other).rules)
                && sources.equals(((HolidayCalendar) other).sources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, rules, sources);
    }

    @Override
    public String toString() {
        return "HolidayCalendar[" + region + ", " + rules.size() + " holidays" + (sources.isEmpty() ? ""
                : ", " + sources.size() + (sources.size() == 1 ? " other source" : " other sources")) + "]";
    }
}
