package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static io.github.servicecontract.pricing.Examples.FRANCE;
import static io.github.servicecontract.pricing.Examples.LYON;
import static io.github.servicecontract.pricing.Examples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.TierId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RateTableTest {

    private static final RateKey TECHNICIAN_IN_LYON = RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN);

    @Test
    void lookUp_fallsBackFromSubdivisionToCountry() {
        assertThat(FRANCE.rate(TECHNICIAN_IN_LYON)).isEqualTo(eur("85.00"));
        assertThat(FRANCE.rate(TECHNICIAN_IN_LYON.withRegion(Examples.MONTPELLIER))).isEqualTo(eur("90.00"));
        assertThat(FRANCE.find(TECHNICIAN_IN_LYON.withRegion(RegionCode.ofCountry("IT")))).isEmpty();
    }

    @Test
    void lookUp_fallsBackFromBrandAndTierButNeverFromRoleOrBand() {
        RateTable table = RateTable.builder(EUR)
                .rate(TECHNICIAN_IN_LYON, "85.00")
                .rate(TECHNICIAN_IN_LYON.withBrand("Crestron"), "110.00")
                .rate(RateKey.of(CostComponent.FLAT_FEE, LYON), "40.00")
                .rate(RateKey.of(CostComponent.FLAT_FEE, LYON).withTier(TierId.of("gold")), "60.00").build();
        assertThat(table.rate(TECHNICIAN_IN_LYON.withBrand("Crestron"))).isEqualTo(eur("110.00"));
        assertThat(table.rate(TECHNICIAN_IN_LYON.withBrand("Sonos"))).isEqualTo(eur("85.00"));
        assertThat(table.rate(RateKey.of(CostComponent.FLAT_FEE, LYON).withTier(TierId.of("gold")))).isEqualTo(eur("60.00"));
        assertThat(table.rate(RateKey.of(CostComponent.FLAT_FEE, LYON).withTier(TierId.of("silver")))).isEqualTo(eur("40.00"));
        assertThat(table.find(TECHNICIAN_IN_LYON.withBand(TimeBand.SATURDAY))).isEmpty();
        assertThat(table.find(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.PROGRAMMER))).isEmpty();
    }

    @Test
    void missingRate_namesExactlyWhatWasLookedUp() {
        assertThatThrownBy(() -> FRANCE.rate(TECHNICIAN_IN_LYON.withBand(TimeBand.SATURDAY)))
                .isInstanceOf(MissingRateException.class)
                .hasMessage("no on-site labour rate for region FR-69, role TECHNICIAN, band SATURDAY")
                .satisfies(e -> assertThat(((MissingRateException) e).key().band()).contains(TimeBand.SATURDAY));
        assertThatThrownBy(() -> FRANCE.rate(RateKey.of(CostComponent.FLAT_FEE, LYON).withTier(TierId.of("silver"))))
                .hasMessage("no flat fee rate for region FR-69, tier silver");
        assertThatThrownBy(() -> FRANCE.rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.PROGRAMMER)
                .withBrand("Savant")))
                .hasMessage("no on-site labour rate for region FR-69, role PROGRAMMER, brand Savant");
    }

    @Test
    void builder_rejectsOtherCurrenciesNegativeRatesDuplicatesAndBadText() {
        assertThatThrownBy(() -> RateTable.builder(EUR).rate(TECHNICIAN_IN_LYON, Examples.money("85.00", Examples.CHF)))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage("rate of on-site labour rate for region FR-69, role "
                        + "TECHNICIAN must be in the table's currency EUR, was CHF 85.00");
        assertThatIllegalArgumentException().isThrownBy(() -> RateTable.builder(EUR).rate(TECHNICIAN_IN_LYON, "-1.00"))
                .withMessage("rate of on-site labour rate for region FR-69, role TECHNICIAN must be >= 0, was EUR -1.00");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RateTable.builder(EUR).rate(TECHNICIAN_IN_LYON, "85.00").rate(TECHNICIAN_IN_LYON, "90.00"))
                .withMessage("rate of on-site labour rate for region FR-69, role TECHNICIAN must be given once,"
                        + " already EUR 85.00, was EUR 90.00");
        assertThatIllegalArgumentException().isThrownBy(() -> RateTable.builder(EUR).rate(TECHNICIAN_IN_LYON, "85,00"))
                .withMessage("rate of on-site labour rate for region FR-69, role TECHNICIAN must be a decimal number such as"
                        + " 1234.56: digits, an optional minus sign and dot, at most 12 digits before the dot and 10 after it, no"
                        + " exponent or grouping, was \"85,00\"");
        assertThatIllegalArgumentException().isThrownBy(() -> RateKey.of(CostComponent.TRIP_FEE, LYON).withBrand(" "))
                .withMessage("brand must not be blank, was \" \"");
    }

    @Test
    void effectiveDates_areCheckedAndRespected() {
        assertThat(FRANCE.isEffectiveOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(FRANCE.isEffectiveOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(FRANCE.effectiveUntil()).contains(LocalDate.of(2027, 1, 1));
        assertThat(FRANCE.entries()).hasSize(FRANCE.size()).containsEntry(TECHNICIAN_IN_LYON.withRegion(RegionCode.ofCountry("FR")),
                eur("85.00"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RateTable.builder(EUR).effective(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)))
                .withMessage("effectiveUntil must be after effectiveFrom 2026-01-01, was 2026-01-01");
    }

    @Test
    void context_requiresAnEffectiveTableInTheSiteCurrency() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PricingContext.builder().from(Examples.LYON_CONTEXT).pricingDay(LocalDate.of(2027, 2, 1)).build())
                .withMessage("rates must be effective on the pricing day 2027-02-01, was RateTable[EUR, 8 rates, from 2026-01-01"
                        + " until 2027-01-01]");
        assertThatThrownBy(() -> PricingContext.builder().from(Examples.LYON_CONTEXT).site(Examples.US_SITE).build())
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("site.installedProductValue must be in the rate table's currency EUR, was USD 2500.00");
    }
}
