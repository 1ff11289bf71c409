package io.github.servicecontract.model;

import static io.github.servicecontract.model.HolidayRule.easter;
import static io.github.servicecontract.model.HolidayRule.fixed;
import static io.github.servicecontract.model.HolidayRule.nthWeekday;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a holiday falls on a day, asked of a rule and of a calendar, at the edges of each kind of rule. */
class HolidaysTest {

    @Test
    void aFixedHoliday_isOnItsMonthAndDay_only() {
        assertThat(fixed(MonthDay.of(2, 29)).isOn(LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(fixed(MonthDay.of(2, 29)).isOn(LocalDate.of(2025, 2, 28))).isFalse();
        assertThat(fixed(MonthDay.of(12, 25)).isOn(LocalDate.of(2026, 11, 25))).isFalse();
        assertThat(fixed(MonthDay.of(12, 25)).isOn(LocalDate.of(2026, 12, 24))).isFalse();
    }

    @Test
    void anEasterHoliday_isOnItsDayFromThatYearsEaster_fromTheEarliestToTheLatestEaster() {
        assertThat(easter(1).isOn(LocalDate.of(2026, 4, 6))).isTrue();
        assertThat(easter(1).isOn(LocalDate.of(2026, 4, 5))).isFalse();
        assertThat(easter(-2).isOn(LocalDate.of(2026, 4, 3))).isTrue();
        assertThat(easter(0).isOn(LocalDate.of(2285, 3, 22))).as("the earliest Easter").isTrue();
        assertThat(easter(0).isOn(LocalDate.of(2038, 4, 25))).as("the latest Easter").isTrue();
        assertThat(easter(0).isOn(LocalDate.of(2026, 3, 21))).isFalse();
        assertThat(easter(0).isOn(LocalDate.of(2026, 4, 26))).isFalse();
        assertThat(easter(39).isOn(LocalDate.of(2026, 5, 14))).as("Ascension 2026").isTrue();
        // far from Easter, the day falls in the year before: it is no holiday of either year
        assertThat(easter(-100).isOn(LocalDate.of(2025, 12, 26))).isFalse();
        assertThat(easter(-100).dateIn(2026)).isEmpty();
    }

    @Test
    void anNthWeekday_isOnThatWeekdayOfItsMonth_theLastOneIncluded() {
        HolidayRule lastMondayOfAugust = nthWeekday(Month.AUGUST, -1, DayOfWeek.MONDAY);
        assertThat(lastMondayOfAugust.isOn(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(lastMondayOfAugust.isOn(LocalDate.of(2026, 8, 24))).as("a Monday, not the last").isFalse();
        assertThat(nthWeekday(Month.MAY, -1, DayOfWeek.MONDAY).isOn(LocalDate.of(2026, 5, 25))).isTrue();
        assertThat(nthWeekday(Month.MAY, 4, DayOfWeek.MONDAY).isOn(LocalDate.of(2026, 5, 25))).isTrue();
        assertThat(nthWeekday(Month.MAY, 3, DayOfWeek.MONDAY).isOn(LocalDate.of(2026, 5, 18))).isTrue();
        assertThat(nthWeekday(Month.MAY, 3, DayOfWeek.MONDAY).isOn(LocalDate.of(2026, 5, 25))).isFalse();
        assertThat(nthWeekday(Month.MAY, 1, DayOfWeek.MONDAY).isOn(LocalDate.of(2026, 5, 4))).isTrue();
        assertThat(nthWeekday(Month.MAY, 1, DayOfWeek.MONDAY).isOn(LocalDate.of(2026, 5, 5))).as("a Tuesday").isFalse();
        assertThat(nthWeekday(Month.MAY, 1, DayOfWeek.MONDAY).isOn(LocalDate.of(2026, 6, 1))).as("in June").isFalse();
    }

    @Test
    void aCalendar_findsEachKindOfHoliday_inWhateverOrderItsRulesCome() {
        HolidayCalendar calendar = HolidayCalendar.of(RegionCode.ofCountry("GB"), List.of(easter(50), fixed(MonthDay.of(12, 26)),
                easter(1), nthWeekday(Month.AUGUST, -1, DayOfWeek.MONDAY), easter(-2), easter(39)));
        for (LocalDate day : List.of(LocalDate.of(2026, 5, 25), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 5, 14), LocalDate.of(2026, 12, 26), LocalDate.of(2026, 8, 31))) {
            assertThat(calendar.isHoliday(day)).as(day.toString()).isTrue();
        }
        for (LocalDate day : List.of(LocalDate.of(2026, 5, 26), LocalDate.of(2026, 8, 24), LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 4, 5))) {
            assertThat(calendar.isHoliday(day)).as(day.toString()).isFalse();
        }
        assertThat(HolidayCalendar.of(RegionCode.ofCountry("GB"), List.of()).isHoliday(LocalDate.of(2026, 12, 25))).isFalse();
    }
}
