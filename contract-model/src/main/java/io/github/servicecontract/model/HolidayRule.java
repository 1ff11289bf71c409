package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a public holiday falls in a given year: on a fixed day, relative to Easter Sunday, on the
 * n-th (or last) weekday of a month, on the weekday that stands for a fixed holiday falling on a
 * weekend, or any of these from a year on.
 *
 * <p>For example, {@code HolidayRule.fixed(MonthDay.of(7, 14))} is Bastille Day,
 * {@code HolidayRule.easter(1)} Easter Monday,
 * {@code HolidayRule.nthWeekday(Month.NOVEMBER, 4, DayOfWeek.THURSDAY)} Thanksgiving,
 * {@code HolidayRule.observedOnNearestWeekday(MonthDay.of(7, 4))} the Friday 3 July 2026 on which
 * the United States observe Independence Day, and
 * {@code HolidayRule.since(2021, HolidayRule.fixed(MonthDay.of(6, 19)))} Juneteenth.
 *
 * <p>The rules are the library's own; a source of holidays of another kind (a maintained holiday
 * library, a vendor's database) is a {@link HolidaySource}, which a {@link HolidayCalendar} takes
 * as well.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface HolidayRule {

    /**
     * Returns the day this holiday falls on in {@code year}, if it falls in that year at all
     * (a fixed 29 February does not in common years).
     *
     * @param year the year
     * @return the holiday's date, or empty
     */
    Optional<LocalDate> dateIn(int year);

    /**
     * Checks if this holiday falls on {@code day}: the same as {@code dateIn(day.getYear())}
     * holding {@code day}, without making the year's date.
     *
     * <p>For example, {@code HolidayRule.fixed(MonthDay.of(7, 14)).isOn(LocalDate.of(2026, 7, 14))}
     * is true.
     *
     * @param day the day
     * @return true if the holiday falls on it
     */
    boolean isOn(LocalDate day);

    /**
     * Obtains the weekday on which a fixed holiday falling on a weekend is observed, as in the
     * United States: the Friday before a Saturday, the Monday after a Sunday (New Year's Day on a
     * Saturday is observed on 31 December of the year before). The holiday itself is
     * {@link #fixed}: a calendar lists both.
     *
     * @param day the holiday, for example {@code MonthDay.of(7, 4)}
     * @return the rule
     */
    static HolidayRule observedOnNearestWeekday(MonthDay day) {
        return new NearestWeekday(day);
    }

    /**
     * Obtains the substitute day of a fixed holiday falling on a weekend, as in the United
     * Kingdom: the first weekday after it that is neither one of the holidays it is grouped with
     * nor the substitute of an earlier one. Christmas Day and Boxing Day on a Saturday and a
     * Sunday (2027) are substituted by Monday 27 and Tuesday 28 December.
     *
     * @param day the holiday, one of {@code group}
     * @param group the fixed holidays that follow each other and share substitutes
     * @return the rule
     * @throws IllegalArgumentException if {@code day} is not in {@code group}
     */
    static HolidayRule substitutedOnNextWeekday(MonthDay day, List<MonthDay> group) {
        return new NextWeekday(day, group);
    }

    /**
     * Obtains a holiday that exists from a year on: Juneteenth in the United States from 2021.
     *
     * @param firstYear the first year the holiday is kept
     * @param rule the holiday
     * @return the rule
     */
    static HolidayRule since(int firstYear, HolidayRule rule) {
        return new Since(firstYear, rule);
    }

    /**
     * Obtains a holiday on the same day every year.
     *
     * @param day the month and day, for example {@code MonthDay.of(12, 25)}
     * @return the rule
     */
    static HolidayRule fixed(MonthDay day) {
        return new Fixed(day);
    }

    /**
     * Obtains a holiday a number of days from Western (Gregorian) Easter Sunday.
     *
     * <p>For example, -2 is Good Friday, 1 Easter Monday, 39 Ascension Day and 50 Whit Monday.
     *
     * @param daysFromEaster days after Easter Sunday, negative for days before
     * @return the rule
     * @throws IllegalArgumentException if {@code daysFromEaster} is beyond 100 days either way
     */
    static HolidayRule easter(int daysFromEaster) {
        return new EasterRelative(daysFromEaster);
    }

    /**
     * Obtains a holiday on the n-th given weekday of a month, for example the third Monday of
     * January.
     *
     * @param month the month
     * @param ordinal 1 to 4 for the first to fourth such weekday, -1 for the last
     * @param weekday the weekday
     * @return the rule
     * @throws IllegalArgumentException if {@code ordinal} is not 1 to 4 or -1
     */
    static HolidayRule nthWeekday(Month month, int ordinal, DayOfWeek weekday) {
        return new NthWeekday(month, ordinal, weekday);
    }

    /**
     * A holiday on the same day every year.
     *
     * @param day the month and day
     */
    record Fixed(MonthDay day) implements HolidayRule {
        /** Creates the rule. */
        public Fixed {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public Optional<LocalDate> dateIn(int year) {
            return day.isValidYear(year) ? Optional.of(day.atYear(year)) : Optional.empty();
        }

        @Override
        public boolean isOn(LocalDate date) {
            Objects.requireNonNull(date, "day");
            return date.getDayOfMonth() == day.getDayOfMonth() && date.getMonthValue() == day.getMonthValue();
        }
    }

    /**
     * A holiday a number of days from Easter Sunday.
     *
     * @param daysFromEaster days after Easter Sunday, negative for days before
     */
    record EasterRelative(int daysFromEaster) implements HolidayRule {
        /**
         * Creates the rule.
         *
         * @throws IllegalArgumentException if {@code daysFromEaster} is beyond 100 days either way
         */
        public EasterRelative {
            if (Math.abs(daysFromEaster) > 100) {
                throw Checks.invalid("daysFromEaster", daysFromEaster, "must be between -100 and 100");
            }
        }

        /** The day {@code daysFromEaster} from that year's Easter, when it falls in the same year (far from Easter it may not). */
        @Override
        public Optional<LocalDate> dateIn(int year) {
            LocalDate date = easterSunday(year).plusDays(daysFromEaster);
            return date.getYear() == year ? Optional.of(date) : Optional.empty();
        }

        @Override
        public boolean isOn(LocalDate date) {
            Objects.requireNonNull(date, "day");
            // Easter falls from 22 March to 25 April: a day outside that window moved by the offset is not this holiday
            LocalDate asEaster = date.minusDays(daysFromEaster);
            int month = asEaster.getMonthValue();
            int day = asEaster.getDayOfMonth();
            if (month < 3 || month > 4 || month == 3 && day < 22 || month == 4 && day > 25) {
                return false;
            }
            return asEaster.getYear() == date.getYear() && easterEpochDay(asEaster.getYear()) == asEaster.toEpochDay();
        }

        /** The first and last years whose Easter is looked up rather than computed. */
        private static final int FIRST_YEAR = 1900;
        private static final int LAST_YEAR = 2299;
        /** Easter Sunday of each year from {@link #FIRST_YEAR}, as an epoch day: computed once. */
        private static final long[] EASTER_EPOCH_DAYS = new long[LAST_YEAR - FIRST_YEAR + 1];

        static {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                EASTER_EPOCH_DAYS[year - FIRST_YEAR] = easterSunday(year).toEpochDay();
            }
        }

        /** Easter Sunday of {@code year} as an epoch day: looked up for the years most contracts run in. */
        static long easterEpochDay(int year) {
            return year >= FIRST_YEAR && year <= LAST_YEAR ? EASTER_EPOCH_DAYS[year - FIRST_YEAR] : easterSunday(year).toEpochDay();
        }

        /** Computes Western Easter Sunday (anonymous Gregorian algorithm). */
        static LocalDate easterSunday(int year) {
            int a = year % 19;
            int b = year / 100;
            int c = year % 100;
            int d = b / 4;
            int e = b % 4;
            int f = (b + 8) / 25;
            int g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30;
            int i = c / 4;
            int k = c % 4;
            int l = (32 + 2 * e + 2 * i - h - k) % 7;
            int m = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * m + 114) / 31;
            int day = ((h + l - 7 * m + 114) % 31) + 1;
            return LocalDate.of(year, month, day);
        }
    }

    /**
     * A holiday on the n-th (or last) given weekday of a month.
     *
     * @param month the month
     * @param ordinal 1 to 4, or -1 for the last
     * @param weekday the weekday
     */
    record NthWeekday(Month month, int ordinal, DayOfWeek weekday) implements HolidayRule {
        /**
         * Creates the rule.
         *
         * @throws IllegalArgumentException if {@code ordinal} is not 1 to 4 or -1
         */
        public NthWeekday {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(weekday, "weekday");
            if (ordinal != -1 && (ordinal < 1 || ordinal > 4)) {
                throw Checks.invalid("ordinal", ordinal, "must be 1 to 4, or -1 for the last");
            }
        }

        @Override
        public Optional<LocalDate> dateIn(int year) {
            return Optional.of(LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday)));
        }

        @Override
        public boolean isOn(LocalDate date) {
            Objects.requireNonNull(date, "day");
            if (date.getMonth() != month || date.getDayOfWeek() != weekday) {
                return false;
            }
            return ordinal == -1 ? date.getDayOfMonth() + 7 > date.lengthOfMonth() : (date.getDayOfMonth() - 1) / 7 + 1 == ordinal;
        }
    }

    /**
     * The weekday on which a fixed holiday falling on a weekend is observed: the Friday before a
     * Saturday, the Monday after a Sunday.
     *
     * @param day the holiday
     */
    record NearestWeekday(MonthDay day) implements HolidayRule {
        /** Creates the rule. */
        public NearestWeekday {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public Optional<LocalDate> dateIn(int year) {
            // the holiday of the year after may be observed on the last day of this one, that of the year before on the first
            for (int holidayYear = year - 1; holidayYear <= year + 1; holidayYear++) {
                Optional<LocalDate> observed = observedOf(holidayYear).filter(date -> date.getYear() == year);
                if (observed.isPresent()) {
                    return observed;
                }
            }
            return Optional.empty();
        }

        private Optional<LocalDate> observedOf(int year) {
            if (!day.isValidYear(year)) {
                return Optional.empty();
            }
            LocalDate holiday = day.atYear(year);
            switch (holiday.getDayOfWeek()) {
                case SATURDAY:
                    return Optional.of(holiday.minusDays(1));
                case SUNDAY:
                    return Optional.of(holiday.plusDays(1));
                default:
                    return Optional.empty();
            }
        }

        @Override
        public boolean isOn(LocalDate date) {
            Objects.requireNonNull(date, "day");
            DayOfWeek weekday = date.getDayOfWeek();
            LocalDate holiday = weekday == DayOfWeek.FRIDAY ? date.plusDays(1) : weekday == DayOfWeek.MONDAY ? date.minusDays(1) : null;
            return holiday != null && holiday.getMonthValue() == day.getMonthValue() && holiday.getDayOfMonth() == day.getDayOfMonth();
        }
    }

    /**
     * The substitute day of a fixed holiday falling on a weekend: the first weekday after it that
     * is neither a holiday of its group nor the substitute of an earlier one.
     *
     * @param day the holiday
     * @param group the holidays sharing substitutes, {@code day} among them (kept in date order)
     */
    record NextWeekday(MonthDay day, List<MonthDay> group) implements HolidayRule {
        /**
         * Creates the rule.
         *
         * @throws IllegalArgumentException if {@code day} is not in {@code group}
         */
        public NextWeekday {
            Objects.requireNonNull(day, "day");
            group = Objects.requireNonNull(group, "group").stream().sorted().toList();
            if (!group.contains(day)) {
                throw Checks.invalid("group", group, "must hold the day " + day);
            }
        }

        @Override
        public Optional<LocalDate> dateIn(int year) {
            // the holiday of the year before may be substituted early in this one; a substitute past the year is the next's
            for (int holidayYear = year - 1; holidayYear <= year; holidayYear++) {
                Optional<LocalDate> substitute = substituteIn(holidayYear).filter(date -> date.getYear() == year);
                if (substitute.isPresent()) {
                    return substitute;
                }
            }
            return Optional.empty();
        }

        private Optional<LocalDate> substituteIn(int year) {
            List<LocalDate> holidays = new ArrayList<>();
            for (MonthDay member : group) {
                if (member.isValidYear(year)) {
                    holidays.add(member.atYear(year));
                }
            }
            List<LocalDate> taken = new ArrayList<>();
            for (LocalDate holiday : holidays) {
                if (!isWeekend(holiday)) {
                    continue;
                }
                LocalDate substitute = holiday.plusDays(1);
                while (isWeekend(substitute) || holidays.contains(substitute) || taken.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                taken.add(substitute);
                if (holiday.getMonthValue() == day.getMonthValue() && holiday.getDayOfMonth() == day.getDayOfMonth()) {
                    return Optional.of(substitute);
                }
            }
            return Optional.empty();
        }

        private static boolean isWeekend(LocalDate date) {
            return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        }

        @Override
        public boolean isOn(LocalDate date) {
            Objects.requireNonNull(date, "day");
            // a substitute follows its holiday within a few days: only a weekday can be one
            return !isWeekend(date) && dateIn(date.getYear()).filter(date::equals).isPresent();
        }
    }

    /**
     * A holiday kept from a year on.
     *
     * @param firstYear the first year it is kept
     * @param rule the holiday
     */
    record Since(int firstYear, HolidayRule rule) implements HolidayRule {
        /** Creates the rule. */
        public Since {
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public Optional<LocalDate> dateIn(int year) {
            return year < firstYear ? Optional.empty() : rule.dateIn(year).filter(date -> date.getYear() >= firstYear);
        }

        @Override
        public boolean isOn(LocalDate date) {
            Objects.requireNonNull(date, "day");
            return date.getYear() >= firstYear && rule.isOn(date);
        }
    }
}
