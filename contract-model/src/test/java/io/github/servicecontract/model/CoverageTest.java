package io.github.servicecontract.model;

import static io.github.servicecontract.model.Fixtures.BUSINESS_HOURS;
import static io.github.servicecontract.model.Fixtures.FRENCH_HOLIDAYS;
import static io.github.servicecontract.model.Fixtures.PARIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static ZonedDateTime paris(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, PARIS);
    }

    @Test
    void easter_isComputedForKnownYears() {
        assertThat(HolidayRule.easter(0).dateIn(2026)).contains(LocalDate.of(2026, 4, 5));
        assertThat(HolidayRule.easter(0).dateIn(2027)).contains(LocalDate.of(2027, 3, 28));
        assertThat(HolidayRule.easter(0).dateIn(2000)).contains(LocalDate.of(2000, 4, 23));
        assertThat(HolidayRule.easter(1).dateIn(2026)).contains(LocalDate.of(2026, 4, 6));
    }

    @Test
    void holidayRules_fixedAndNthWeekday() {
        assertThat(HolidayRule.fixed(MonthDay.of(2, 29)).dateIn(2026)).isEmpty();
        assertThat(HolidayRule.fixed(MonthDay.of(2, 29)).dateIn(2028)).contains(LocalDate.of(2028, 2, 29));
        assertThat(HolidayRule.nthWeekday(Month.NOVEMBER, 4, DayOfWeek.THURSDAY).dateIn(2026))
                .contains(LocalDate.of(2026, 11, 26));
        assertThat(HolidayRule.nthWeekday(Month.MAY, -1, DayOfWeek.MONDAY).dateIn(2026)).contains(LocalDate.of(2026, 5, 25));
    }

    @Test
    void holidayRules_invalidInput_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> HolidayRule.nthWeekday(Month.MAY, 5, DayOfWeek.MONDAY))
                .withMessage("ordinal must be 1 to 4, or -1 for the last, was 5");
        assertThatIllegalArgumentException().isThrownBy(() -> HolidayRule.easter(120))
                .withMessage("daysFromEaster must be between -100 and 100, was 120");
    }

    @Test
    void nationalCalendars_knowTheirHolidays() {
        assertThat(FRENCH_HOLIDAYS.isHoliday(LocalDate.of(2026, 7, 14))).isTrue();
        assertThat(FRENCH_HOLIDAYS.isHoliday(LocalDate.of(2026, 5, 14))).as("Ascension 2026").isTrue();
        assertThat(FRENCH_HOLIDAYS.isHoliday(LocalDate.of(2026, 7, 15))).isFalse();
        assertThat(FRENCH_HOLIDAYS.holidaysIn(2026)).hasSize(11).first().isEqualTo(LocalDate.of(2026, 1, 1));
        HolidayCalendar italy = HolidayCalendar.national(RegionCode.parse("IT-MI"));
        assertThat(italy.isHoliday(LocalDate.of(2026, 6, 2))).isTrue();
        assertThat(italy.plus(HolidayRule.fixed(MonthDay.of(12, 7))).isHoliday(LocalDate.of(2026, 12, 7)))
                .as("Sant'Ambrogio, Milan").isTrue();
        assertThat(HolidayCalendar.national(RegionCode.ofCountry("US")).isHoliday(LocalDate.of(2026, 11, 26))).isTrue();
        assertThat(HolidayCalendar.national(RegionCode.ofCountry("CH")).isHoliday(LocalDate.of(2026, 8, 1))).isTrue();
        assertThat(HolidayCalendar.national(RegionCode.ofCountry("DE")).isHoliday(LocalDate.of(2026, 10, 3))).isTrue();
        assertThat(HolidayCalendar.national(RegionCode.ofCountry("GB")).isHoliday(LocalDate.of(2026, 8, 31))).isTrue();
    }

    @Test
    void nationalCalendar_unknownCountry_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> HolidayCalendar.national(RegionCode.ofCountry("JP")))
                .withMessage("region must be in a country with a national calendar [CH, DE, FR, GB, IT, US]"
                        + " (use HolidayCalendar.of for others), was JP");
    }

    @Test
    void businessHours_coverWeekdaysEightToFiveExceptHolidays() {
        assertThat(BUSINESS_HOURS.covers(paris(2026, 11, 24, 8, 0))).isTrue();
        assertThat(BUSINESS_HOURS.covers(paris(2026, 11, 24, 16, 59))).isTrue();
        assertThat(BUSINESS_HOURS.covers(paris(2026, 11, 24, 17, 0))).isFalse();
        assertThat(BUSINESS_HOURS.covers(paris(2026, 11, 24, 7, 59))).isFalse();
        assertThat(BUSINESS_HOURS.covers(paris(2026, 11, 28, 10, 0))).as("Saturday").isFalse();
        assertThat(BUSINESS_HOURS.covers(paris(2026, 11, 11, 10, 0))).as("Armistice").isFalse();
        assertThat(BUSINESS_HOURS.covers(ZonedDateTime.of(2026, 11, 24, 16, 30, 0, 0, ZoneId.of("UTC"))))
                .as("17:30 in Paris").isFalse();
        assertThat(BUSINESS_HOURS.isAllHours()).isFalse();
    }

    @Test
    void extendedAndAllHours() {
        CoverageWindow extended = CoverageWindow.extendedHours(PARIS, FRENCH_HOLIDAYS);
        assertThat(extended.covers(paris(2026, 11, 24, 19, 59))).isTrue();
        assertThat(extended.covers(paris(2026, 11, 24, 20, 0))).isFalse();
        CoverageWindow always = CoverageWindow.allHours(PARIS, FRENCH_HOLIDAYS);
        assertThat(always.isAllHours()).isTrue();
        assertThat(always.covers(paris(2026, 12, 25, 23, 59))).isTrue();
        assertThat(always.covers(paris(2026, 11, 28, 0, 0))).isTrue();
    }

    @Test
    void coverageWindow_eachRuleIsEnforcedWithItsMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CoverageWindow.builder().from(BUSINESS_HOURS).opens(LocalTime.of(18, 0)).build())
                .withMessage("closes must be after opens 18:00 (or midnight for the end of the day), was 17:00");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CoverageWindow.builder().from(BUSINESS_HOURS).days(List.of()).build())
                .withMessage("days must contain at least one day, was []");
    }
}
