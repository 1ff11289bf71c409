package io.github.servicecontract.jollyday;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.HolidayCalendar;
import io.github.servicecontract.model.RegionCode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The library's own calendars, checked against Jollyday day by day from 2020 to 2035, for every
 * region they claim: they agree but where a difference is deliberate and listed here with its
 * reason (the same list as {@link HolidayCalendar}'s description).
 */
class BuiltInCalendarsTest {

    private static final List<String> CLAIMED = List.of("FR", "FR-69", "FR-57", "FR-67", "FR-68", "IT", "DE", "DE-BY", "CH-ZH",
            "CH-TI", "GB-ENG", "US");

    /** A difference kept on purpose: in a region, on days that match, the library says holiday and Jollyday not, or the reverse. */
    private record Deliberate(String region, boolean ours, Predicate<LocalDate> days, String why) {}

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static boolean on(LocalDate day, int month, int dayOfMonth) {
        return day.getMonthValue() == month && day.getDayOfMonth() == dayOfMonth;
    }

    private static final List<Deliberate> DELIBERATE = List.of(
            new Deliberate("US", true, day -> weekend(day) && (on(day, 1, 1) || on(day, 6, 19) || on(day, 7, 4) || on(day, 11, 11)
                    || on(day, 12, 25)), "a federal holiday on a weekend stays one beside the weekday observed"),
            new Deliberate("US", true, day -> day.getMonth() == Month.OCTOBER && day.getDayOfWeek() == DayOfWeek.MONDAY
                    && (day.getDayOfMonth() - 1) / 7 == 1, "Columbus Day is a federal holiday (5 U.S.C. 6103)"),
            new Deliberate("GB-ENG", true, day -> weekend(day) && (on(day, 1, 1) || on(day, 12, 25) || on(day, 12, 26)),
                    "a holiday on a weekend stays one beside its substitute day"),
            new Deliberate("GB-ENG", true, day -> Set.of(LocalDate.of(2020, 5, 4), LocalDate.of(2022, 5, 30)).contains(day),
                    "a bank holiday moved by proclamation, before any contract this library prices"),
            new Deliberate("GB-ENG", false, day -> Set.of(LocalDate.of(2020, 5, 8), LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
                    LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8)).contains(day), "one-off bank holidays of 2020 to 2023"),
            new Deliberate("CH-ZH", true, day -> on(day, 1, 2), "Berchtold's Day, kept in Zurich"),
            new Deliberate("CH-TI", true, day -> on(day, 3, 19) || on(day, 5, 1) || on(day, 6, 29)
                    || day.equals(easterSunday(day.getYear()).plusDays(50)) || day.equals(easterSunday(day.getYear()).plusDays(60)),
                    "St Joseph, Labour Day, Whit Monday, Corpus Christi and Sts Peter and Paul in Ticino's law"));

    private static LocalDate easterSunday(int year) {
        return HolidayCalendar.of(RegionCode.ofCountry("VA"), List.of(io.github.servicecontract.model.HolidayRule.easter(0)))
                .holidaysIn(year).first();
    }

    @Test
    void everyClaimedRegion_hasJollydaysHolidays_from2020To2035_butForTheDeliberateDifferences() {
        List<String> differences = new ArrayList<>();
        for (String code : CLAIMED) {
            RegionCode region = RegionCode.parse(code);
            HolidayCalendar ours = HolidayCalendar.national(region);
            HolidayCalendar jollyday = JollydayHolidays.of(region);
            for (LocalDate day = LocalDate.of(2020, 1, 1); day.getYear() <= 2035; day = day.plusDays(1)) {
                boolean mine = ours.isHoliday(day);
                LocalDate checked = day;
                if (mine != jollyday.isHoliday(day) && DELIBERATE.stream().noneMatch(kept -> kept.region().equals(code)
                        && kept.ours() == mine && kept.days().test(checked))) {
                    differences.add(code + " " + day + " " + day.getDayOfWeek() + (mine ? " only ours" : " only Jollyday's"));
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void theDaysTheIssueNamed_areHolidaysInBoth() {
        for (String[] named : new String[][] {{"GB-ENG", "2027-12-27"}, {"GB-ENG", "2027-12-28"}, {"US", "2026-07-03"},
                {"DE-BY", "2026-01-06"}, {"FR-67", "2026-04-03"}}) {
            RegionCode region = RegionCode.parse(named[0]);
            LocalDate day = LocalDate.parse(named[1]);
            assertThat(HolidayCalendar.national(region).isHoliday(day)).as("ours, %s %s", region, day).isTrue();
            assertThat(JollydayHolidays.of(region).isHoliday(day)).as("Jollyday's, %s %s", region, day).isTrue();
        }
        assertThat(HolidayCalendar.national(RegionCode.ofCountry("US")).isHoliday(LocalDate.of(2020, 6, 19))).isFalse();
        assertThat(HolidayCalendar.national(RegionCode.parse("CH-TI")).isHoliday(LocalDate.of(2026, 4, 3))).isFalse();
    }

    @Test
    void calendarsOfTheSameRegion_areEqual_soThatTiersBuiltTwiceAreEqual() {
        assertThat(JollydayHolidays.of(RegionCode.parse("DE-BY"))).isEqualTo(JollydayHolidays.of(RegionCode.parse("DE-BY")))
                .hasSameHashCodeAs(JollydayHolidays.of(RegionCode.parse("DE-BY")))
                .isNotEqualTo(JollydayHolidays.of(RegionCode.parse("DE-BE")));
        assertThat(JollydayHolidays.of(RegionCode.ofCountry("US")).isHoliday(LocalDate.of(2021, 12, 31)))
                .as("New Year's Day 2022, observed on the Friday before").isTrue();
    }

    @Test
    void aCountryJollydayDoesNotKnow_isRefused_andAnUnknownSubdivisionHasItsCountrysHolidays() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> JollydayHolidays.of(RegionCode.ofCountry("KP")))
                .withMessage("region must be in a country Jollyday has a calendar for, was KP");
        HolidayCalendar milan = JollydayHolidays.of(RegionCode.parse("IT-MI"));
        assertThat(milan.isHoliday(LocalDate.of(2026, 6, 2))).isTrue();
        assertThat(milan.region()).isEqualTo(RegionCode.parse("IT-MI"));
    }
}
