package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * How a public holiday falls in a given year: on a fixed day, relative to Easter Sunday, or on
 * the n-th (or last) weekday of a month.
 *
 * <p>For example, {@code HolidayRule.fixed(MonthDay.of(7, 14))} is Bastille Day,
 * {@code HolidayRule.easter(1)} Easter Monday and
 * {@code HolidayRule.nthWeekday(Month.NOVEMBER, 4, DayOfWeek.THURSDAY)} Thanksgiving.
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
}
