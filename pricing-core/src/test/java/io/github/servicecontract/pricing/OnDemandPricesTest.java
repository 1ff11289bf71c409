package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static io.github.servicecontract.pricing.Examples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.RegionCode;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A service billed on demand is owed its price: the rate card must give it. */
class OnDemandPricesTest {

    private static final RegionCode FR = RegionCode.ofCountry("FR");

    private static final RateTable RATES = RateTable.builder(EUR).effectiveFrom(LocalDate.of(2026, 1, 1))
            .rate(RateKey.of(CostComponent.FLAT_FEE, FR), "60.00")
            .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, FR).withRole(Role.TECHNICIAN), "85.00")
            .rate(RateKey.of(CostComponent.REMOTE_LABOUR, FR).withRole(Role.TECHNICIAN), "75.00")
            .rate(RateKey.of(CostComponent.TRIP_FEE, FR), "45.00")
            .rate(RateKey.of(CostComponent.SYSTEM_UPDATE, FR), "60.00")
            .build();

    private static Quote quote(PricingRule rule) {
        return Quote.of(PricingContext.builder().from(Examples.LYON_CONTEXT).rates(RATES).build(), rule);
    }

    @Test
    void servicesBilledOnDemandWithoutAnEntry_areNamed() {
        Quote quote = quote(PricingRules.sum(PricingRules.flatFee(), PricingRules.onSiteLabour(), PricingRules.tripFee()));

        assertThat(quote.unpricedOnDemand()).containsExactly(ChargeableService.REMOTE_SUPPORT, ChargeableService.SYSTEM_UPDATE);
        assertThatIllegalArgumentException().isThrownBy(quote::requireOnDemandPriced).withMessage("quote of tier gold bills"
                + " services on demand without their price on the rate card: remote support (remote-labour or remote-tickets),"
                + " system update (system-updates)");
    }

    @Test
    void aRuleForEachService_pricesThemAll() {
        Quote quote = quote(PricingRules.sum(PricingRules.flatFee(), PricingRules.onSiteLabour(), PricingRules.remoteLabour(),
                PricingRules.systemUpdates(), PricingRules.tripFee()));

        assertThat(quote.unpricedOnDemand()).isEmpty();
        assertThat(quote.requireOnDemandPriced()).isSameAs(quote);
        assertThat(quote.total()).isEqualTo(quote(PricingRules.sum(PricingRules.flatFee(), PricingRules.onSiteLabour(),
                PricingRules.tripFee())).total());
    }

    @Test
    void travelTime_putsItsPricePerTripOnTheRateCard() {
        Quote quote = quote(PricingRules.sum(PricingRules.onSiteLabour(), PricingRules.remoteLabour(), PricingRules.systemUpdates(),
                PricingRules.travelTime(Duration.ofMinutes(50), Legs.RETURN)));

        assertThat(quote.unpricedOnDemand()).isEmpty();
        RateCardEntry trip = quote.rateCard().stream().filter(entry -> entry.component().equals(CostComponent.TRAVEL_TIME))
                .findFirst().orElseThrow();
        assertThat(trip.unit()).isEqualTo(Unit.TRIP);
        assertThat(trip.price()).isEqualTo(eur("141.67")); // 100 minutes at 85.00 an hour, 141.666... to the cent
        assertThat(quote.lines(line -> line.component().equals(CostComponent.TRAVEL_TIME))).extracting(QuoteLine::amount)
                .containsOnly(eur("141.67"));
    }

    @Test
    void travelTime_pricesATripForEachRoleThatTravels_asItsLinesDo() {
        RateTable rates = RateTable.builder(EUR).effectiveFrom(LocalDate.of(2026, 1, 1))
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, FR).withRole(Role.TECHNICIAN), "85.00")
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, FR).withRole(Role.ENGINEER), "120.00")
                .build();
        Intervention engineer = Intervention.builder().delivery(io.github.servicecontract.model.Delivery.ON_SITE)
                .day(LocalDate.of(2026, 4, 2)).worked(Duration.ofHours(1)).role(Role.ENGINEER).build();
        Quote quote = Quote.of(PricingContext.builder().from(Examples.LYON_CONTEXT).rates(rates).usage(Usage.of(engineer)).build(),
                PricingRules.travelTime(Duration.ofMinutes(30), Legs.RETURN));
        assertThat(quote.rateCard()).filteredOn(entry -> entry.component().equals(CostComponent.TRAVEL_TIME))
                .extracting(entry -> entry.role().orElseThrow() + " " + entry.price())
                .containsExactly("TECHNICIAN EUR 85.00", "ENGINEER EUR 120.00");
        assertThat(quote.lines()).extracting(QuoteLine::amount).containsExactly(eur("120.00"));
    }

    @Test
    void travel_isTheTripTheDistanceAndTheTime() {
        assertThat(java.util.List.of(CostComponent.TRIP_FEE, CostComponent.TRAVEL_DISTANCE, CostComponent.TRAVEL_TIME))
                .allMatch(CostComponent::isTravel);
        assertThat(java.util.List.of(CostComponent.ON_SITE_LABOUR, CostComponent.FLAT_FEE, CostComponent.of("travel-insurance")))
                .noneMatch(CostComponent::isTravel);
    }
}
