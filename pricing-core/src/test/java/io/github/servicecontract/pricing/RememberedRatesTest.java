package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static io.github.servicecontract.pricing.Examples.LYON;
import static io.github.servicecontract.pricing.Examples.MONTPELLIER;
import static io.github.servicecontract.pricing.Examples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.Equipment;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Subsystem;
import io.github.servicecontract.model.TierId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Rules remember the last rate they looked up (for a table, region and tier, or for labour a
 * table, region, role, brand and band). Whatever order contexts come in, a rule used for many
 * prices each as a rule used for that one alone.
 */
class RememberedRatesTest {

    private static final RegionCode FRANCE = RegionCode.ofCountry("FR");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final Equipment CRESTRON = Equipment.builder().brand("Crestron").model("CP4").subsystem(Subsystem.CONTROL)
            .unitValue(eur("2400.00")).installDate(LocalDate.of(2020, 1, 1)).warrantyEnd(LocalDate.of(2022, 1, 1)).build();

    /** Two tables with the same keys at different rates: country, subdivision, tier, role, brand and band rates. */
    private static RateTable table(int percent) {
        List<String> scaled = new ArrayList<>();
        for (String rate : List.of("60.00", "70.00", "50.00", "85.00", "100.00", "110.00", "120.00", "45.00", "60.00", "1.00",
                "40.00", "90.00")) {
            scaled.add(new BigDecimal(rate).multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(2).toPlainString());
        }
        return RateTable.builder(EUR).rate(RateKey.of(CostComponent.FLAT_FEE, FRANCE), scaled.get(0))
                .rate(RateKey.of(CostComponent.FLAT_FEE, MONTPELLIER), scaled.get(1))
                .rate(RateKey.of(CostComponent.FLAT_FEE, FRANCE).withTier(TierId.of("member")), scaled.get(2))
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, FRANCE).withRole(Role.TECHNICIAN), scaled.get(3))
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, FRANCE).withRole(Role.ENGINEER), scaled.get(4))
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, FRANCE).withRole(Role.TECHNICIAN).withBrand("Crestron"),
                        scaled.get(5))
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, MONTPELLIER).withRole(Role.TECHNICIAN)
                        .withBand(TimeBand.SATURDAY), scaled.get(6))
                .rate(RateKey.of(CostComponent.TRIP_FEE, FRANCE), scaled.get(7))
                .rate(RateKey.of(CostComponent.SYSTEM_UPDATE, FRANCE), scaled.get(8))
                .rate(RateKey.of(CostComponent.DEVICE_FEE, FRANCE), scaled.get(9))
                .rate(RateKey.of(CostComponent.FLAT_FEE, MONTPELLIER).withTier(TierId.of("member")), scaled.get(10))
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, MONTPELLIER).withRole(Role.TECHNICIAN), scaled.get(11))
                .build();
    }

    private static final List<RateTable> TABLES = List.of(table(100), table(200));
    private static final List<RegionCode> REGIONS = List.of(LYON, MONTPELLIER);
    private static final List<ServiceTier> TIERS = List.of(Examples.LYON_GOLD, Examples.MEMBER);
    private static final List<Intervention> VISITS = List.of(Intervention.onSite(DAY, Duration.ofHours(2)),
            Intervention.builder().from(Intervention.onSite(DAY, Duration.ofHours(1))).role(Role.ENGINEER).build(),
            Intervention.onSite(DAY, Duration.ofMinutes(90)).withEquipment(CRESTRON),
            Intervention.onSite(DAY, Duration.ofHours(1)).withBand(TimeBand.SATURDAY));

    /** Every combination of table, region, tier and visit that the tables can price. */
    private static final List<PricingContext> CONTEXTS = contexts();

    private static List<PricingContext> contexts() {
        List<PricingContext> contexts = new ArrayList<>();
        for (RateTable table : TABLES) {
            for (RegionCode region : REGIONS) {
                for (ServiceTier tier : TIERS) {
                    for (Intervention visit : VISITS) {
                        if (visit.band().equals(Optional.of(TimeBand.SATURDAY)) && region.equals(LYON)) {
                            continue; // no Saturday rate in Lyon
                        }
                        contexts.add(context(table, region, tier, visit));
                    }
                }
            }
        }
        return contexts;
    }

    private static PricingContext context(RateTable table, RegionCode region, ServiceTier tier, Intervention visit) {
        return PricingContext.builder().from(Examples.LYON_CONTEXT).rates(table).tier(tier)
                .site(Examples.site("Site", region, Distance.ofKilometres(10), 12, 2, EUR))
                .usage(Usage.builder().addInterventions(visit).systemUpdates(3).build()).build();
    }

    private static final Supplier<PricingRule> RULE = () -> PricingRules.sum(PricingRules.flatFee(), PricingRules.perDevice(),
            PricingRules.onSiteLabour(), PricingRules.tripFee(), PricingRules.systemUpdates());

    @Test
    void aRuleUsedForContextsInAnyOrderPricesEachAsAFreshRuleWould() {
        qt().forAll(lists().of(integers().between(0, CONTEXTS.size() - 1)).ofSizeBetween(2, 40)).checkAssert(order -> {
            PricingRule shared = RULE.get();
            for (int index : order) {
                PricingContext context = CONTEXTS.get(index);
                assertThat(Quote.of(context, shared)).as("context %d", index).isEqualTo(Quote.of(context, RULE.get()));
            }
        });
    }

    @Test
    void aRuleAskedAgainWithOneDimensionChanged_looksTheRateUpAgain() {
        PricingContext base = context(TABLES.get(0), MONTPELLIER, Examples.LYON_GOLD, VISITS.get(0));
        List<PricingContext> oneChange = List.of(context(TABLES.get(1), MONTPELLIER, Examples.LYON_GOLD, VISITS.get(0)),
                context(TABLES.get(0), LYON, Examples.LYON_GOLD, VISITS.get(0)),
                context(TABLES.get(0), MONTPELLIER, Examples.MEMBER, VISITS.get(0)),
                context(TABLES.get(0), MONTPELLIER, Examples.LYON_GOLD, VISITS.get(1)), // role
                context(TABLES.get(0), MONTPELLIER, Examples.LYON_GOLD, VISITS.get(2)), // brand
                context(TABLES.get(0), MONTPELLIER, Examples.LYON_GOLD, VISITS.get(3))); // band
        for (PricingContext changed : oneChange) {
            PricingRule shared = RULE.get();
            Quote first = Quote.of(base, shared);
            Quote second = Quote.of(changed, shared);
            assertThat(second).isEqualTo(Quote.of(changed, RULE.get())).isNotEqualTo(first);
            assertThat(second.total()).isNotEqualTo(first.total());
            assertThat(Quote.of(base, shared)).isEqualTo(first);
        }
    }

    @Test
    void theRatesDependOnEveryDimensionTheRuleRemembers() {
        // guards the property above: the contexts really do have different rates
        assertThat(CONTEXTS.stream().map(context -> Quote.of(context, RULE.get()).total()).distinct()).hasSizeGreaterThan(20);
    }

    @Test
    void aLookUpThatFailsIsNotRemembered() {
        PricingRule rule = RULE.get();
        PricingContext priced = CONTEXTS.get(0);
        PricingContext missing = PricingContext.builder().from(priced)
                .rates(RateTable.builder(EUR).rate(RateKey.of(CostComponent.DEVICE_FEE, FRANCE), "1.00").build()).build();
        assertThatThrownBy(() -> Quote.of(missing, rule)).isInstanceOf(MissingRateException.class);
        assertThat(Quote.of(priced, rule)).isEqualTo(Quote.of(priced, RULE.get()));
        assertThatThrownBy(() -> Quote.of(missing, rule)).isInstanceOf(MissingRateException.class);
    }
}
