package io.github.servicecontract.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void percentage_ofDecimalText_keepsExactValueAndFraction() {
        Percentage vat = Percentage.of("8.1");
        assertThat(vat.value()).isEqualByComparingTo("8.1");
        assertThat(vat.fraction()).isEqualByComparingTo("0.081");
        assertThat(vat).hasToString("8.1%");
    }

    @Test
    void percentage_equalityIgnoresScale() {
        assertThat(Percentage.of(new BigDecimal("5.00"))).isEqualTo(Percentage.of(5)).hasSameHashCodeAs(Percentage.of(5));
        assertThat(Percentage.of(new BigDecimal("100"))).isEqualTo(Percentage.ONE_HUNDRED);
        assertThat(Percentage.of(new BigDecimal("0.000"))).isEqualTo(Percentage.ZERO);
    }

    @Test
    void percentage_parse_readsToStringAndSpaceBeforeSign() {
        assertThat(Percentage.parse("12.5%")).isEqualTo(Percentage.of("12.5"));
        assertThat(Percentage.parse(" 20 % ")).isEqualTo(Percentage.of(20));
    }

    @Test
    void percentage_negative_isRejectedWithFieldValueAndRule() {
        assertThatIllegalArgumentException().isThrownBy(() -> Percentage.of(-1))
                .withMessage("percentage must be >= 0, was -1");
    }

    @Test
    void percentage_parseWithoutSign_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Percentage.parse("12"))
                .withMessage("percentage must end with '%', was \"12\"");
        assertThatIllegalArgumentException().isThrownBy(() -> Percentage.of("ten"))
                .withMessage("percentage must be a decimal number such as 1234.56: digits, an optional minus sign and dot, at most 12 digits before the dot and 10 after it, no exponent or grouping, was \"ten\"");
    }

    @Test
    void percentage_comparesByValue() {
        assertThat(Percentage.of(10).isGreaterThan(Percentage.of("9.99"))).isTrue();
        assertThat(Percentage.of(10).isGreaterThan(Percentage.of(10))).isFalse();
        assertThat(Percentage.ZERO.isZero()).isTrue();
        assertThat(Percentage.of("0.01").isZero()).isFalse();
    }

    @Test
    void distance_beyondRadius_isTheExcessOrZero() {
        assertThat(Distance.ofKilometres(42).beyond(Distance.ofKilometres(15))).isEqualTo(Distance.ofKilometres(27));
        assertThat(Distance.ofKilometres(10).beyond(Distance.ofKilometres(15))).isEqualTo(Distance.ZERO);
    }

    @Test
    void distance_arithmeticAndComparison() {
        assertThat(Distance.ofKilometres(27).multipliedBy(2)).isEqualTo(Distance.ofKilometres(54));
        assertThat(Distance.ofKilometres(new BigDecimal("2.5")).plus(Distance.ofKilometres(1)))
                .isEqualTo(Distance.parse("3.5 km"));
        assertThat(Distance.ofKilometres(3).isGreaterThan(Distance.ofKilometres(2))).isTrue();
        assertThat(Distance.ofKilometres(new BigDecimal("15.0"))).hasToString("15 km");
        assertThat(Distance.parse("42.5km").kilometres()).isEqualByComparingTo("42.5");
    }

    @Test
    void distance_inMiles_keepsItsUnitAndConvertsExactly() {
        Distance site = Distance.parse("26 mi");
        assertThat(site).isEqualTo(Distance.ofMiles(26)).hasToString("26 mi");
        assertThat(site.unit()).isEqualTo(DistanceUnit.MILE);
        assertThat(site.value()).isEqualByComparingTo("26");
        assertThat(site.kilometres()).isEqualByComparingTo("41.842944");
        assertThat(site.in(DistanceUnit.KILOMETRE)).isEqualTo(Distance.parse("41.842944 km"));
        assertThat(Distance.parse("16.09344 km").in(DistanceUnit.MILE)).isEqualTo(Distance.ofMiles(10));
        assertThat(site.in(DistanceUnit.MILE)).isSameAs(site);
        assertThat(site.beyond(Distance.ofMiles(10)).multipliedBy(2)).isEqualTo(Distance.ofMiles(32));
        assertThat(Distance.ofMiles(3).beyond(Distance.ofMiles(10))).isEqualTo(Distance.ofMiles(0)).matches(Distance::isZero);
        assertThat(Distance.ofMiles(new BigDecimal("0.5")).plus(Distance.ofMiles(1))).hasToString("1.5 mi");
    }

    @Test
    void distance_ofTwoUnits_comparesByLengthAndNeverMixesSilently() {
        assertThat(Distance.ofMiles(1).isGreaterThan(Distance.ofKilometres(1))).isTrue();
        assertThat(Distance.ofKilometres(2).isGreaterThan(Distance.ofMiles(1))).isTrue();
        assertThat(Distance.ofMiles(1)).isNotEqualTo(Distance.parse("1.609344 km"));
        assertThat(Distance.parse("1.609344 km")).isLessThan(Distance.ofMiles(1));
        assertThat(Distance.ofMiles(1).compareTo(Distance.ofMiles(1))).isZero();
        assertThat(Distance.ofMiles(1).isGreaterThan(Distance.parse("1.609344 km"))).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Distance.ofKilometres(42).beyond(Distance.ofMiles(10)))
                .withMessage("radius must be in km as 42 km is; convert it with in(DistanceUnit) first, was 10 mi");
        assertThatIllegalArgumentException().isThrownBy(() -> Distance.ofMiles(1).plus(Distance.ofKilometres(1)))
                .withMessage("other must be in mi as 1 mi is; convert it with in(DistanceUnit) first, was 1 km");
        assertThatIllegalArgumentException().isThrownBy(() -> Distance.ofKilometres(42).in(DistanceUnit.MILE))
                .withMessage("distance cannot be written exactly in mi (1 mi = 1.609344 km); give it in mi, was 42 km");
        assertThatIllegalArgumentException().isThrownBy(() -> Distance.parse("12.34567 mi"))
                .withMessage("distance must have at most 4 decimals in miles (its kilometres keep ten), was 12.34567 mi");
        assertThat(Distance.parse("12.3456 mi").kilometres()).isEqualByComparingTo("19.8683172864");
        assertThatIllegalArgumentException().isThrownBy(() -> Distance.parse("0.0000016 km").in(DistanceUnit.MILE))
                .withMessage("distance cannot be written exactly in mi (1 mi = 1.609344 km); give it in mi, was 0.0000016 km");
    }

    @Test
    void distance_invalidInput_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Distance.ofKilometres(-3))
                .withMessage("distance must be >= 0, was -3");
        assertThatIllegalArgumentException().isThrownBy(() -> Distance.parse("12 miles"))
                .withMessage("distance must end with 'km' or 'mi', was \"12 miles\"");
        assertThatIllegalArgumentException().isThrownBy(() -> Distance.ofKilometres(5).multipliedBy(-1))
                .withMessage("factor must be >= 0, was -1");
    }

    @Test
    void regionCode_parse_splitsCountryAndSubdivision() {
        RegionCode lyon = RegionCode.parse("FR-69");
        assertThat(lyon.country()).isEqualTo("FR");
        assertThat(lyon.subdivision()).contains("69");
        assertThat(lyon).hasToString("FR-69").isEqualTo(RegionCode.of("FR", "69"));
        assertThat(lyon.toCountry()).isEqualTo(RegionCode.ofCountry("FR"));
        assertThat(RegionCode.parse("US").subdivision()).isEmpty();
    }

    @Test
    void regionCode_isWithin_countryButNotSiblings() {
        RegionCode lyon = RegionCode.parse("FR-69");
        assertThat(lyon.isWithin(RegionCode.ofCountry("FR"))).isTrue();
        assertThat(lyon.isWithin(lyon)).isTrue();
        assertThat(lyon.isWithin(RegionCode.parse("FR-75"))).isFalse();
        assertThat(RegionCode.ofCountry("FR").isWithin(lyon)).isFalse();
    }

    @Test
    void regionCode_invalidParts_areRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.parse("fr"))
                .withMessage("country must be an upper-case ISO 3166-1 alpha-2 code, was \"fr\"");
        assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.parse("XX-1"))
                .withMessage("country must be an upper-case ISO 3166-1 alpha-2 code, was \"XX\"");
        assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.parse("IT-milano"))
                .withMessage("subdivision must be 1 to 3 upper-case letters or digits, was \"milano\"");
    }

    @Test
    void identifiers_acceptHyphenatedLowerCaseWords() {
        assertThat(TierId.of("gold-plus")).hasToString("gold-plus").isEqualTo(TierId.parse("gold-plus"));
        assertThat(ClauseId.parse("power-surge").value()).isEqualTo("power-surge");
        assertThat(AddOnId.of("loaner-2")).isEqualTo(new AddOnId("loaner-2"));
        assertThat(Subsystem.of("lighting")).isEqualTo(Subsystem.LIGHTING).hasToString("lighting");
        assertThat(MessageKey.of("clause.power-surge")).hasToString("clause.power-surge");
    }

    @Test
    void identifiers_rejectOtherForms() {
        assertThatIllegalArgumentException().isThrownBy(() -> TierId.of("Gold"))
                .withMessage("tierId must be 1 to 64 lower-case letters or digits in hyphen-separated words, was \"Gold\"");
        assertThatIllegalArgumentException().isThrownBy(() -> ClauseId.of("power--surge"))
                .withMessageStartingWith("clauseId must be");
        assertThatIllegalArgumentException().isThrownBy(() -> AddOnId.of(""))
                .withMessageStartingWith("addOnId must be");
        assertThatIllegalArgumentException().isThrownBy(() -> Subsystem.of("pool control"))
                .withMessageStartingWith("subsystem must be");
        assertThatIllegalArgumentException().isThrownBy(() -> TierId.of("a".repeat(65)))
                .withMessageStartingWith("tierId must be 1 to 64");
        assertThatIllegalArgumentException().isThrownBy(() -> MessageKey.of("Clause..x"))
                .withMessage("messageKey must be dot-separated lower-case words, was \"Clause..x\"");
        assertThatNullPointerException().isThrownBy(() -> TierId.of(null)).withMessage("tierId");
    }

    @Test
    void billingFrequency_monthsAndPeriods() {
        assertThat(BillingFrequency.MONTHLY.periodsPerYear()).isEqualTo(12);
        assertThat(BillingFrequency.QUARTERLY.months()).isEqualTo(3);
        assertThat(BillingFrequency.SEMI_ANNUAL.periodsPerYear()).isEqualTo(2);
        assertThat(BillingFrequency.ANNUAL.periodsPerYear()).isEqualTo(1);
    }

    @Test
    void term_fixedAndOpenEnded_roundTripThroughText() {
        assertThat(Term.ofYears(2)).isEqualTo(Term.ofMonths(24)).hasToString("P24M");
        assertThat(Term.parse("P12M").months()).hasValue(12);
        assertThat(Term.parse("open-ended")).isEqualTo(Term.openEnded());
        assertThat(Term.openEnded().isOpenEnded()).isTrue();
        assertThat(Term.openEnded().months()).isEmpty();
    }

    @Test
    void term_invalidInput_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Term.ofMonths(0)).withMessage("termMonths must be between 1 and 120, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Term.ofMonths(121))
                .withMessage("termMonths must be between 1 and 120, was 121");
        assertThat(Term.ofMonths(120).months()).hasValue(Term.MAX_MONTHS);
        assertThat(Term.ofMonths(1).months()).hasValue(1);
        assertThatIllegalArgumentException().isThrownBy(() -> Term.ofYears(-1)).withMessage("termYears must be between 1 and 10, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> Term.ofYears(11)).withMessage("termYears must be between 1 and 10, was 11");
        assertThat(Term.ofYears(10)).isEqualTo(Term.ofMonths(120));
        assertThatIllegalArgumentException().isThrownBy(() -> Term.parse("P1000M"))
                .withMessage("termMonths must be between 1 and 120, was 1000");
        assertThatIllegalArgumentException().isThrownBy(() -> Term.parse("1 year"))
                .withMessage("term must be 'P<months>M' or 'open-ended', was \"1 year\"");
    }

    @Test
    void client_requiresAName() {
        assertThat(Fixtures.CLAIRE.name()).isEqualTo("Claire Martin");
        assertThatIllegalArgumentException().isThrownBy(() -> Client.of(" ", java.util.Locale.ITALY))
                .withMessage("clientName must not be blank, was \" \"");
    }

    @Test
    void slug_returnsTheIdItAccepts() {
        assertThat(Slug.require("tier", "gold-plus")).isEqualTo("gold-plus");
        assertThatIllegalArgumentException().isThrownBy(() -> Slug.require("tier", "Gold"))
                .withMessageStartingWith("tier must be 1 to ");
    }

    @Test
    void remoteHoursAllowance_capsItsRolloverOnlyWhenUnusedTimeCarriesOver() {
        RemoteHoursAllowance carry = RemoteHoursAllowance.of(java.time.Duration.ofHours(2),
                RemoteHoursAllowance.AllowancePeriod.QUARTER, RemoteHoursAllowance.Rollover.CARRY_OVER);
        RemoteHoursAllowance capped = carry.withRolloverCap(java.time.Duration.ofHours(2));
        assertThat(capped.rolloverCap()).contains(java.time.Duration.ofHours(2));
        assertThat(carry.rolloverCap()).isEmpty();
        assertThat(capped).isNotEqualTo(carry).isEqualTo(carry.withRolloverCap(java.time.Duration.ofMinutes(120)))
                .hasSameHashCodeAs(carry.withRolloverCap(java.time.Duration.ofMinutes(120)));
        assertThat(capped.toString()).endsWith("rolloverCap=PT2H]");
        assertThat(carry.perYear()).isEqualTo(java.time.Duration.ofHours(8));
        assertThat(RemoteHoursAllowance.AllowancePeriod.QUARTER.months()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> carry.withRolloverCap(java.time.Duration.ZERO))
                .withMessageContaining("rolloverCap");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> RemoteHoursAllowance.of(
                java.time.Duration.ofHours(2), RemoteHoursAllowance.AllowancePeriod.MONTH, RemoteHoursAllowance.Rollover.NONE)
                .withRolloverCap(java.time.Duration.ofHours(1))).withMessage("rolloverCap needs rollover CARRY_OVER, was NONE, was PT1H");
    }
}
