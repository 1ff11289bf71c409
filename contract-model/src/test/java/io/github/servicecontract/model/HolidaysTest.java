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

    private static boolean holiday(String region, int year, int month, int day) {
        return HolidayCalendar.national(RegionCode.parse(region)).isHoliday(LocalDate.of(year, month, day));
    }

    @Test
    void theUnitedStates_observeAWeekendHolidayOnTheNearestWeekday_andJuneteenthFrom2021() {
        assertThat(holiday("US", 2026, 7, 3)).as("Independence Day 2026 falls on a Saturday").isTrue();
        assertThat(holiday("US", 2026, 7, 4)).isTrue();
        assertThat(holiday("US", 2027, 7, 5)).as("on a Sunday in 2027, observed on Monday").isTrue();
        assertThat(holiday("US", 2026, 7, 6)).isFalse();
        assertThat(holiday("US", 2021, 12, 31)).as("New Year's Day 2022 on a Saturday").isTrue();
        assertThat(holiday("US", 2020, 6, 19)).as("Juneteenth did not exist in 2020").isFalse();
        assertThat(holiday("US", 2021, 6, 18)).as("Juneteenth 2021 on a Saturday").isTrue();
        assertThat(holiday("US", 2022, 6, 20)).as("Juneteenth 2022 on a Sunday").isTrue();
        assertThat(holiday("US", 2020, 6, 18)).isFalse();
        assertThat(HolidayRule.observedOnNearestWeekday(MonthDay.of(1, 1)).dateIn(2021)).contains(LocalDate.of(2021, 12, 31));
        assertThat(HolidayRule.observedOnNearestWeekday(MonthDay.of(1, 1)).dateIn(2023)).contains(LocalDate.of(2023, 1, 2));
        assertThat(HolidayRule.observedOnNearestWeekday(MonthDay.of(7, 4)).dateIn(2025)).as("a Friday: no other day").isEmpty();
        assertThat(HolidayRule.since(2021, fixed(MonthDay.of(6, 19))).dateIn(2020)).isEmpty();
        assertThat(HolidayRule.since(2021, fixed(MonthDay.of(6, 19))).dateIn(2021)).contains(LocalDate.of(2021, 6, 19));
    }

    @Test
    void greatBritain_substitutesAWeekendHoliday_withTheNextFreeWeekday() {
        assertThat(holiday("GB", 2027, 12, 27)).as("Christmas Day 2027 on a Saturday").isTrue();
        assertThat(holiday("GB", 2027, 12, 28)).as("Boxing Day 2027 on a Sunday").isTrue();
        assertThat(holiday("GB", 2027, 12, 29)).isFalse();
        assertThat(holiday("GB", 2022, 12, 27)).as("Christmas Day 2022 on a Sunday, Boxing Day on Monday").isTrue();
        assertThat(holiday("GB", 2022, 12, 28)).isFalse();
        assertThat(holiday("GB", 2026, 12, 28)).as("Boxing Day 2026 on a Saturday").isTrue();
        assertThat(holiday("GB", 2022, 1, 3)).as("New Year's Day 2022 on a Saturday").isTrue();
        assertThat(holiday("GB", 2023, 1, 2)).as("New Year's Day 2023 on a Sunday").isTrue();
        assertThat(holiday("GB", 2024, 1, 2)).isFalse();
        assertThat(HolidayRule.substitutedOnNextWeekday(MonthDay.of(12, 26), List.of(MonthDay.of(12, 26), MonthDay.of(12, 25)))
                .dateIn(2025)).as("both on weekdays, the group in any order").isEmpty();
        assertThat(HolidayRule.substitutedOnNextWeekday(MonthDay.of(12, 26), List.of(MonthDay.of(12, 26), MonthDay.of(12, 25)))
                .dateIn(2027)).contains(LocalDate.of(2027, 12, 28));
        // across the new year: a substitute belongs to the year it falls in, as isOn says
        HolidayRule newYearsEve = HolidayRule.substitutedOnNextWeekday(MonthDay.of(12, 31), List.of(MonthDay.of(12, 31)));
        assertThat(newYearsEve.dateIn(2022)).as("31 December 2022, a Saturday").isEmpty();
        assertThat(newYearsEve.dateIn(2023)).contains(LocalDate.of(2023, 1, 2));
        assertThat(newYearsEve.isOn(LocalDate.of(2023, 1, 2))).isTrue();
        HolidayRule observedEve = HolidayRule.observedOnNearestWeekday(MonthDay.of(12, 31));
        assertThat(observedEve.dateIn(2024)).as("31 December 2023, a Sunday").contains(LocalDate.of(2024, 1, 1));
        assertThat(observedEve.isOn(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(HolidayCalendar.of(RegionCode.parse("GB"), List.of(observedEve)).holidaysIn(2024)).contains(LocalDate.of(2024, 1, 1));
    }

    @Test
    void aSubdivision_keepsItsOwnHolidays() {
        assertThat(holiday("DE-BY", 2026, 1, 6)).as("Epiphany in Bavaria").isTrue();
        assertThat(holiday("DE", 2026, 1, 6)).isFalse();
        assertThat(holiday("DE-BY", 2026, 6, 4)).as("Corpus Christi in Bavaria").isTrue();
        assertThat(holiday("FR-67", 2026, 4, 3)).as("Good Friday in Alsace").isTrue();
        assertThat(holiday("FR-57", 2026, 12, 26)).as("St Stephen's Day in Moselle").isTrue();
        assertThat(holiday("FR-69", 2026, 4, 3)).isFalse();
        assertThat(holiday("CH-ZH", 2026, 1, 2)).as("Berchtold's Day in Zurich").isTrue();
        assertThat(holiday("CH-GE", 2026, 1, 2)).isFalse();
        assertThat(holiday("CH-TI", 2026, 4, 3)).as("no Good Friday in Ticino").isFalse();
        assertThat(holiday("CH-BE", 2026, 4, 3)).isTrue();
        assertThat(holiday("CH-TI", 2026, 3, 19)).as("St Joseph in Ticino").isTrue();
    }

    @Test
    void aCalendarFromAnotherSource_isAskedForItsDays() {
        LocalDate fete = LocalDate.of(2026, 6, 24);
        HolidayCalendar vendors = HolidayCalendar.of(RegionCode.parse("CH-GE"), fete::equals);
        assertThat(vendors.isHoliday(fete)).isTrue();
        assertThat(vendors.isHoliday(fete.plusDays(1))).isFalse();
        assertThat(vendors.holidaysIn(2026)).containsExactly(fete);
        assertThat(vendors.rules()).isEmpty();
        assertThat(vendors).hasToString("HolidayCalendar[CH-GE, 0 holidays, 1 other source]");
        HolidayCalendar geneva = HolidayCalendar.national(RegionCode.parse("CH-GE")).plus(fete::equals);
        assertThat(geneva.isHoliday(fete)).isTrue();
        assertThat(geneva.isHoliday(LocalDate.of(2026, 8, 1))).isTrue();
        assertThat(geneva.holidaysIn(2026)).contains(fete, LocalDate.of(2026, 8, 1));
        assertThat(geneva).isNotEqualTo(HolidayCalendar.national(RegionCode.parse("CH-GE")));
        assertThat(geneva.plus(fixed(MonthDay.of(12, 31))).isHoliday(fete)).as("a rule added keeps the source").isTrue();
    }
}
