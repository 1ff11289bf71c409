package io.github.servicecontract.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Equality, hash codes, text forms and boundaries of the model's values. */
class ModelContractsTest {

    private static void assertValue(Object value, Object equal, Object different) {
        assertThat(value).isEqualTo(equal).hasSameHashCodeAs(equal).isNotEqualTo(different).isNotEqualTo("text");
        assertThat(value.hashCode()).as("a different value hashes differently here").isNotEqualTo(different.hashCode());
        assertThat(value.toString()).isEqualTo(equal.toString()).isNotBlank();
    }

    @Test
    void easterSunday_isRightAcrossCenturies() {
        // the earliest and latest possible dates, and years where a slip in one term of the algorithm moves Easter by a week
        // (2001, 2021, 2025: the century's correction) or by a month (1995, 2014: a golden number of 1)
        List<LocalDate> known = List.of(LocalDate.of(1818, 3, 22), LocalDate.of(1943, 4, 25), LocalDate.of(1961, 4, 2),
                LocalDate.of(1981, 4, 19), LocalDate.of(1995, 4, 16), LocalDate.of(2001, 4, 15), LocalDate.of(2008, 3, 23),
                LocalDate.of(2011, 4, 24), LocalDate.of(2014, 4, 20), LocalDate.of(2019, 4, 21), LocalDate.of(2021, 4, 4),
                LocalDate.of(2025, 4, 20), LocalDate.of(2038, 4, 25), LocalDate.of(2095, 4, 24), LocalDate.of(2285, 3, 22));
        known.forEach(easter -> assertThat(HolidayRule.easter(0).dateIn(easter.getYear())).as("Easter %d", easter.getYear())
                .contains(easter));
        // 100 days before Easter 2026 (5 April) is 26 December 2025: not a day of 2026
        assertThat(HolidayRule.easter(-100).dateIn(2026)).isEmpty();
        assertThat(HolidayRule.easter(-90).dateIn(2026)).contains(LocalDate.of(2026, 1, 5));
        assertThat(HolidayRule.easter(100).dateIn(2026)).isPresent();
        assertThatIllegalArgumentException().isThrownBy(() -> HolidayRule.easter(-101))
                .withMessage("daysFromEaster must be between -100 and 100, was -101");
        assertThatIllegalArgumentException().isThrownBy(() -> HolidayRule.nthWeekday(Month.MAY, 0, DayOfWeek.MONDAY))
                .withMessage("ordinal must be 1 to 4, or -1 for the last, was 0");
        assertThat(HolidayRule.nthWeekday(Month.MAY, 4, DayOfWeek.MONDAY).dateIn(2026)).contains(LocalDate.of(2026, 5, 25));
        assertThat(HolidayRule.nthWeekday(Month.MAY, 1, DayOfWeek.MONDAY).dateIn(2026)).contains(LocalDate.of(2026, 5, 4));
        assertThat(HolidayRule.nthWeekday(Month.MAY, -1, DayOfWeek.MONDAY).dateIn(2026)).contains(LocalDate.of(2026, 5, 25));
        assertThatIllegalArgumentException().isThrownBy(() -> HolidayRule.nthWeekday(Month.MAY, 5, DayOfWeek.MONDAY))
                .withMessage("ordinal must be 1 to 4, or -1 for the last, was 5");
        assertThatIllegalArgumentException().isThrownBy(() -> HolidayRule.nthWeekday(Month.MAY, -2, DayOfWeek.MONDAY))
                .withMessage("ordinal must be 1 to 4, or -1 for the last, was -2");
    }

    @Test
    void calendars() {
        HolidayCalendar france = HolidayCalendar.national(RegionCode.ofCountry("FR"));
        assertValue(france, HolidayCalendar.national(RegionCode.ofCountry("FR")), HolidayCalendar.national(RegionCode.ofCountry("IT")));
        assertThat(france).isNotEqualTo(HolidayCalendar.national(RegionCode.parse("FR-69")))
                .isNotEqualTo(france.plus(HolidayRule.fixed(MonthDay.of(3, 1))));
        assertThat(france).hasToString("HolidayCalendar[FR, 11 holidays]");
        HolidayCalendar own = HolidayCalendar.of(RegionCode.parse("FR-67"), List.of(HolidayRule.fixed(MonthDay.of(12, 26))));
        assertThat(own.region()).isEqualTo(RegionCode.parse("FR-67"));
        assertThat(own.rules()).hasSize(1);
        assertThat(own.isHoliday(LocalDate.of(2026, 12, 26))).isTrue();
        assertThat(own.isHoliday(LocalDate.of(2026, 12, 25))).isFalse();
    }

    @Test
    void smallValues() {
        assertValue(RegionCode.parse("FR-69"), RegionCode.of("FR", "69"), RegionCode.parse("FR-75"));
        assertThat(RegionCode.parse("FR")).isNotEqualTo(RegionCode.parse("FR-69")).doesNotHaveSameHashCodeAs(RegionCode.parse("FR-69"));
        assertThat(RegionCode.parse("FR-69").hashCode()).isNotEqualTo(RegionCode.parse("IT-69").hashCode());
        assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.parse("-FR"))
                .withMessage("country must be an upper-case ISO 3166-1 alpha-2 code, was \"\"");
        assertValue(Distance.ofKilometres(15), Distance.parse("15.0 km"), Distance.ofKilometres(16));
        assertThat(Distance.ofKilometres(15).beyond(Distance.ofKilometres(15))).isEqualTo(Distance.ZERO);
        assertThat(Distance.ofKilometres(15).isGreaterThan(Distance.ofKilometres(15))).isFalse();
        assertThat(Distance.ofKilometres(0)).isEqualTo(Distance.ZERO);
        assertValue(Percentage.of(5), Percentage.of("5.0"), Percentage.of(6));
        assertValue(Term.ofMonths(12), Term.parse("P12M"), Term.ofMonths(24));
        assertThat(Term.openEnded()).isNotEqualTo(Term.ofMonths(1));
        assertValue(ClauseId.of("power-surge"), ClauseId.parse("power-surge"), ClauseId.of("misuse"));
        assertValue(AddOnId.parse("loaner"), AddOnId.of("loaner"), AddOnId.of("warranty"));
        assertThat(TierId.of("a".repeat(64)).value()).hasSize(64);
        assertThatIllegalArgumentException().isThrownBy(() -> TierId.of("-gold")).withMessageStartingWith("tierId must be");
        assertThat(Client.of("Ada", Locale.UK).name()).isEqualTo("Ada");
        assertThat(RemoteHoursAllowance.of(Duration.ofHours(2), RemoteHoursAllowance.AllowancePeriod.YEAR,
                RemoteHoursAllowance.Rollover.NONE).perYear()).isEqualTo(Duration.ofHours(2));
        assertThat(ParameterValue.duration(Duration.ZERO).kind()).isEqualTo(ParameterValue.Kind.DURATION);
        assertThat(ParameterValue.distance(Distance.ZERO).kind()).isEqualTo(ParameterValue.Kind.DISTANCE);
        assertThat(ParameterValue.count(0).kind()).isEqualTo(ParameterValue.Kind.COUNT);
        assertThatIllegalArgumentException().isThrownBy(() -> Escalation.indexed("Syntec", Percentage.of(4), Period.ofDays(-1)))
                .withMessage("notice must not be negative, was P-1D");
        assertThat(Percentage.of(new BigDecimal("0.0")).value()).isEqualByComparingTo("0");
        assertThat(Percentage.of(new BigDecimal("1E+2"))).hasToString("100%");
    }

    @Test
    void derivedValues() {
        assertThat(Fixtures.LYON.deviceCount()).isEqualTo(45);
        assertThat(Fixtures.GOLD.quotas().onSiteVisitsPerYear()).isEqualTo(2);
        assertThat(Fixtures.ESSENTIALS.remoteResponseTime()).contains(Duration.ofHours(8));
        assertThat(Fixtures.ESSENTIALS.onSiteResponseTime()).isEmpty();
        assertThat(ServiceTier.builder().from(Fixtures.ESSENTIALS).remoteResponseTime(Duration.ofMinutes(1)).build()
                .remoteResponseTime()).contains(Duration.ofMinutes(1));
        assertThat(ClauseAudit.audit(List.of(Fixtures.TWO_VISITS), Fixtures.ON_REQUEST, java.util.EnumSet.of(
                ChargeableService.ON_SITE_VISIT, ChargeableService.REMOTE_SUPPORT, ChargeableService.SYSTEM_UPDATE,
                ChargeableService.TRAVEL))).as("included and billed beyond the quota").isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> Site.builder().from(Fixtures.LYON).name("   ").build())
                .withMessage("name must not be blank, was \"   \"");
        assertThatIllegalArgumentException().isThrownBy(() -> ServiceTier.builder().from(Fixtures.GOLD)
                .onSiteResponseTime(Duration.ofSeconds(-1)).build()).withMessage("onSiteResponseTime must be > 0, was PT-1S");
    }
}
