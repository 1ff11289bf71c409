package io.github.servicecontract.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ModelProperties {

    private static final List<String> COUNTRIES = List.of(Locale.getISOCountries());

    private static Gen<BigDecimal> nonNegativeDecimals() {
        return longs().between(0, 10_000_000L).zip(integers().between(0, 6), BigDecimal::valueOf);
    }

    private static Gen<LocalDate> days() {
        return longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** Every kind of holiday rule, with its parameters drawn across their range. */
    private static Gen<HolidayRule> holidayRules() {
        Gen<HolidayRule> fixed = integers().between(1, 366).map(d -> HolidayRule.fixed(
                java.time.MonthDay.from(LocalDate.ofYearDay(2024, d))));
        Gen<HolidayRule> easter = integers().between(-100, 100).map(HolidayRule::easter);
        Gen<HolidayRule> nth = integers().between(1, 12).zip(integers().between(-1, 4).map(n -> n == 0 ? -1 : n),
                integers().between(1, 7), (m, n, w) -> HolidayRule.nthWeekday(Month.of(m), n, DayOfWeek.of(w)));
        return fixed.mix(easter).mix(nth);
    }

    @Test
    void aHolidayIsOnADayExactlyWhenItsDateThatYearIsThatDay() {
        qt().forAll(holidayRules(), days()).checkAssert((rule, day) -> {
            assertThat(rule.isOn(day)).isEqualTo(rule.dateIn(day.getYear()).filter(day::equals).isPresent());
            rule.dateIn(day.getYear()).ifPresent(date -> assertThat(rule.isOn(date)).isTrue());
        });
    }

    @Test
    void aCalendarHasAHolidayOnADayExactlyWhenOneOfItsRulesFallsOnIt_andItIsAmongTheYearsHolidays() {
        qt().forAll(org.quicktheories.generators.SourceDSL.lists().of(holidayRules()).ofSizeBetween(0, 12), days())
                .checkAssert((rules, day) -> {
                    HolidayCalendar calendar = HolidayCalendar.of(RegionCode.ofCountry("FR"), rules);
                    boolean expected = rules.stream().anyMatch(rule -> rule.isOn(day));
                    assertThat(calendar.isHoliday(day)).isEqualTo(expected)
                            .isEqualTo(calendar.holidaysIn(day.getYear()).contains(day));
                });
    }

    @Test
    void everyDecimalWithinTheBoundsIsReadExactlyAsWritten() {
        qt().forAll(longs().between(-999_999_999_999L, 999_999_999_999L), integers().between(0, Decimals.MAX_DECIMALS))
                .checkAssert((unscaled, scale) -> {
                    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
                    BigDecimal read = Decimals.parse("value", value.toPlainString());
                    assertThat(read).isEqualTo(value);
                    assertThat(read.scale()).isEqualTo(value.scale());
                });
    }

    private static Gen<String> slugs() {
        Gen<String> word = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8);
        return word.zip(word, integers().between(0, 2), (a, b, n) -> n == 0 ? a : n == 1 ? a + "-" + b : a + "-" + b + "-" + n);
    }

    @Test
    void percentageSurvivesItsTextRoundTrip() {
        qt().forAll(nonNegativeDecimals()).checkAssert(value -> {
            Percentage percentage = Percentage.of(value);
            assertThat(Percentage.parse(percentage.toString())).isEqualTo(percentage);
            assertThat(percentage.value()).isEqualByComparingTo(value);
            assertThat(percentage.fraction().movePointRight(2)).isEqualByComparingTo(value);
        });
    }

    @Test
    void distanceSurvivesItsTextRoundTrip() {
        qt().forAll(nonNegativeDecimals(), Generate.enumValues(DistanceUnit.class)).checkAssert((value, unit) -> {
            // miles have at most four decimals, so that their kilometres keep ten
            BigDecimal written = unit == DistanceUnit.MILE ? value.setScale(Math.min(value.scale(), 4), java.math.RoundingMode.DOWN) : value;
            Distance distance = Distance.of(written, unit);
            assertThat(Distance.parse(distance.toString())).isEqualTo(distance);
        });
    }

    @Test
    void milesConvertToKilometresAndBackExactlyAndKeepTheirOrder() {
        // a mile is 1.609344 km: miles to four decimals stay within a distance's ten decimals in km
        Gen<BigDecimal> fourDecimals = longs().between(0, 10_000_000L).zip(integers().between(0, 4), BigDecimal::valueOf);
        qt().forAll(fourDecimals, fourDecimals).checkAssert((a, b) -> {
            Distance miles = Distance.ofMiles(a);
            Distance kilometres = miles.in(DistanceUnit.KILOMETRE);
            assertThat(kilometres.in(DistanceUnit.MILE)).isEqualTo(miles);
            assertThat(kilometres.kilometres()).isEqualByComparingTo(a.multiply(new BigDecimal("1.609344")));
            Distance other = Distance.ofMiles(b);
            assertThat(Integer.signum(miles.compareTo(other))).isEqualTo(Integer.signum(a.compareTo(b)));
            assertThat(miles.isGreaterThan(other.in(DistanceUnit.KILOMETRE))).isEqualTo(a.compareTo(b) > 0);
        });
    }

    @Test
    void aNegativeNumberNeverProducesAPercentageOrADistance() {
        qt().forAll(longs().between(-10_000_000L, -1), integers().between(0, 6)).checkAssert((unscaled, scale) -> {
            BigDecimal negative = BigDecimal.valueOf(unscaled, scale);
            assertThatIllegalArgumentException().isThrownBy(() -> Percentage.of(negative));
            assertThatIllegalArgumentException().isThrownBy(() -> Distance.ofKilometres(negative));
        });
    }

    @Test
    void distanceBeyondARadiusIsNeverNegativeAndAddsBackUp() {
        qt().forAll(nonNegativeDecimals(), nonNegativeDecimals()).checkAssert((d, r) -> {
            Distance distance = Distance.ofKilometres(d);
            Distance radius = Distance.ofKilometres(r);
            Distance beyond = distance.beyond(radius);
            assertThat(beyond.kilometres().signum()).isGreaterThanOrEqualTo(0);
            if (distance.isGreaterThan(radius)) {
                assertThat(beyond.plus(radius)).isEqualTo(distance);
            } else {
                assertThat(beyond).isEqualTo(Distance.ZERO);
            }
        });
    }

    @Test
    void regionCodeSurvivesItsTextRoundTrip() {
        Gen<String> subdivisions = strings().betweenCodePoints('A', 'Z').ofLengthBetween(0, 3);
        qt().forAll(Generate.pick(COUNTRIES), subdivisions).checkAssert((country, subdivision) -> {
            RegionCode region = subdivision.isEmpty() ? RegionCode.ofCountry(country) : RegionCode.of(country, subdivision);
            assertThat(RegionCode.parse(region.toString())).isEqualTo(region);
            assertThat(region.isWithin(region.toCountry())).isTrue();
        });
    }

    @Test
    void identifiersSurviveTheirTextRoundTrip() {
        qt().forAll(slugs()).checkAssert(text -> {
            assertThat(TierId.parse(TierId.of(text).toString())).isEqualTo(TierId.of(text));
            assertThat(ClauseId.parse(text).value()).isEqualTo(text);
            assertThat(Subsystem.of(text).id()).isEqualTo(text);
        });
    }

    @Test
    void textWithUpperCaseOrSpacesNeverProducesAnIdentifier() {
        Gen<String> bad = strings().basicLatinAlphabet().ofLengthBetween(0, 20)
                .assuming(s -> !s.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        qt().forAll(bad).checkAssert(text -> {
            assertThatIllegalArgumentException().isThrownBy(() -> TierId.of(text));
            assertThatIllegalArgumentException().isThrownBy(() -> AddOnId.of(text));
        });
    }

    @Test
    void everyValidEquipmentLineSurvivesABuilderRoundTrip() {
        qt().forAll(integers().between(1, 500), nonNegativeDecimals(), days(), integers().between(0, 3650))
                .checkAssert((quantity, value, installed, warrantyDays) -> {
                    Equipment line = Equipment.builder().brand("Lutron").model("RA3").subsystem(Subsystem.LIGHTING)
                            .quantity(quantity).unitValue(Fixtures.eur("0").add(Fixtures.eur(value.toPlainString())))
                            .installDate(installed).warrantyEnd(installed.plusDays(warrantyDays)).build();
                    assertThat(Equipment.builder().from(line).build()).isEqualTo(line).hasSameHashCodeAs(line);
                    assertThat(line.warrantyStatusOn(installed)).isEqualTo(WarrantyStatus.IN_WARRANTY);
                    assertThat(line.warrantyStatusOn(line.warrantyEnd().plusDays(1))).isEqualTo(WarrantyStatus.OUT_OF_WARRANTY);
                });
    }

    @Test
    void anInvalidQuantityOrWarrantyNeverProducesEquipment() {
        qt().forAll(integers().between(-1000, 0), days(), integers().between(1, 3650)).checkAssert((quantity, installed, gap) -> {
            Equipment.Builder valid = Equipment.builder().brand("Sonos").model("Port").subsystem(Subsystem.AUDIO_VIDEO)
                    .unitValue(Fixtures.eur("449.00")).installDate(installed).warrantyEnd(installed);
            assertThatIllegalArgumentException().isThrownBy(() -> valid.quantity(quantity).build());
            Equipment.Builder backwards = Equipment.builder().brand("Sonos").model("Port").subsystem(Subsystem.AUDIO_VIDEO)
                    .unitValue(Fixtures.eur("449.00")).installDate(installed).warrantyEnd(installed.minusDays(gap));
            assertThatIllegalArgumentException().isThrownBy(backwards::build);
        });
    }

    @Test
    void everyValidTierSurvivesABuilderRoundTrip() {
        qt().forAll(integers().between(0, 12), integers().between(0, 40), integers().between(0, 24), integers().between(1, 72))
                .checkAssert((visits, remoteHours, updates, responseHours) -> {
                    // the clauses state the quotas, as a valid tier's must
                    java.util.List<Clause> clauses = new java.util.ArrayList<>(Fixtures.GOLD.clauses().stream()
                            .filter(clause -> clause.requiredParameters().isEmpty()).toList());
                    clauses.add(Clause.of(StandardClause.ON_SITE_VISITS, ClauseParameter.VISITS, ParameterValue.count(visits)));
                    clauses.add(Clause.of(StandardClause.SYSTEM_UPDATES, ClauseParameter.UPDATES, ParameterValue.count(updates)));
                    clauses.add(Clause.of(StandardClause.REMOTE_SUPPORT, ClauseParameter.HOURS,
                            ParameterValue.duration(Duration.ofHours(remoteHours))));
                    ServiceTier tier = ServiceTier.builder().from(Fixtures.GOLD)
                            .quotas(IncludedQuotas.builder().onSiteVisitsPerYear(visits).systemUpdatesPerYear(updates)
                                    .remoteHours(RemoteHoursAllowance.of(Duration.ofHours(remoteHours),
                                            RemoteHoursAllowance.AllowancePeriod.MONTH, RemoteHoursAllowance.Rollover.CARRY_OVER))
                                    .build())
                            .clauses(clauses).onSiteResponseTime(Duration.ofHours(responseHours)).build();
                    assertThat(ServiceTier.builder().from(tier).build()).isEqualTo(tier);
                    assertThat(tier.quotas().remoteHours().perYear()).isEqualTo(Duration.ofHours(12L * remoteHours));
                });
    }

    @Test
    void termSurvivesItsTextRoundTrip() {
        qt().forAll(integers().between(0, Term.MAX_MONTHS)).checkAssert(months -> {
            Term term = months == 0 ? Term.openEnded() : Term.ofMonths(months);
            assertThat(Term.parse(term.toString())).isEqualTo(term);
        });
    }

    @Test
    void easterIsAlwaysASundayBetweenMarch22AndApril25() {
        qt().forAll(integers().between(1583, 4099)).checkAssert(year -> {
            LocalDate easter = HolidayRule.easter(0).dateIn(year).orElseThrow();
            assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).isBetween(LocalDate.of(year, Month.MARCH, 22), LocalDate.of(year, Month.APRIL, 25));
        });
    }

    @Test
    void businessHoursNeverCoverAWeekendOrAHoliday() {
        qt().forAll(days(), integers().between(0, 24 * 60 - 1)).checkAssert((day, minute) -> {
            ZonedDateTime when = day.atStartOfDay(Fixtures.PARIS).plusMinutes(minute);
            LocalDate local = when.toLocalDate();
            boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend || Fixtures.FRENCH_HOLIDAYS.isHoliday(local)) {
                assertThat(Fixtures.BUSINESS_HOURS.covers(when)).isFalse();
            }
            assertThat(CoverageWindow.allHours(Fixtures.PARIS, Fixtures.FRENCH_HOLIDAYS).covers(when)).isTrue();
        });
    }
}
