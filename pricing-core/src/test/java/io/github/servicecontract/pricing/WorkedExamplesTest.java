package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.eur;
import static io.github.servicecontract.pricing.Examples.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.TierId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DOMAIN.md worked examples 1 to 4, through the public API, with their exact figures. */
class WorkedExamplesTest {

    @Test
    void example1_lyonGold_annualPrepayWithVat() {
        Quote quote = Quote.of(Examples.LYON_CONTEXT, Examples.LYON_GOLD_RULE);

        assertThat(quote.recurringPer(BillingFrequency.MONTHLY)).isEqualTo(eur("145.00"));
        assertThat(quote.recurringPerYear()).isEqualTo(eur("1740.00"));
        assertThat(quote.sumOf(PricingRules.linesOf(CostComponent.ON_SITE_LABOUR, CostComponent.TRIP_FEE)))
                .isEqualTo(eur("430.00"));
        assertThat(quote.sumOf(PricingRules.linesIn(QuoteLine.Category.DISCOUNT))).isEqualTo(eur("-108.50"));
        assertThat(quote.total()).isEqualTo(eur("2061.50"));
        assertThat(quote.committed(Taxation.of(TaxRate.FRANCE)).tax()).isEqualTo(eur("412.30"));
        assertThat(quote.committed(Taxation.of(TaxRate.FRANCE)).payable()).isEqualTo(eur("2473.80"));
        assertThat(quote.recurringPerPeriod()).isEqualTo(eur("1740.00"));
    }

    @Test
    void example1_linesExplainThemselves() {
        Quote quote = Quote.of(Examples.LYON_CONTEXT, Examples.LYON_GOLD_RULE);

        assertThat(quote.lines()).extracting(l -> l.component().id()).containsExactly("flat-fee", "device-fee",
                "subsystem-fee", "on-site-labour", "on-site-labour", "trip-fee", "trip-fee", "prepay-discount");
        QuoteLine devices = quote.lines().get(1);
        assertThat(devices.quantity()).isEqualByComparingTo("45");
        assertThat(devices.unit()).isEqualTo(Unit.DEVICE);
        assertThat(devices.unitPrice()).isEqualTo(eur("1.00"));
        assertThat(devices.periodicity()).isEqualTo(QuoteLine.Periodicity.MONTHLY);
        assertThat(devices.amount()).isEqualTo(eur("540.00"));
        assertThat(devices.trace().valueOf(StandardTraceKey.PER_MONTH)).contains(eur("45.00"));
        QuoteLine visit = quote.lines().get(3);
        assertThat(visit.trace().toString()).isEqualTo(
                "labour: rate=EUR 85.00, band=BUSINESS_HOURS, day=2026-03-10, worked=PT2H, technicians=1, increment=PT15M, "
                        + "billed-hours=2, amount=EUR 170.00");
        assertThat(quote.lines().get(7).trace().valueOf(StandardTraceKey.BASE)).contains(eur("2170.00"));
    }

    @Test
    void example2_saturdayCallOut_firstHourIndivisibleThenQuarterHours() {
        Quote quote = Quote.of(Examples.SATURDAY_CALL_OUT, Examples.CALL_OUT_RULE);

        QuoteLine labour = quote.lines().get(0);
        assertThat(labour.quantity()).isEqualByComparingTo("1.5");
        assertThat(labour.unitPrice()).isEqualTo(eur("135.00"));
        assertThat(labour.amount()).isEqualTo(eur("202.50"));
        assertThat(labour.trace().valueOf(StandardTraceKey.BAND_MULTIPLIER)).contains(Multiplier.of("1.5"));
        assertThat(quote.lines().get(1).amount()).isEqualTo(eur("35.00"));
        assertThat(quote.total()).isEqualTo(eur("237.50"));
        assertThat(quote.committed(Taxation.of(TaxRate.FRANCE)).payable()).isEqualTo(eur("285.00"));
    }

    @Test
    void example2_memberPaysDiscountedLabourAndNoTrip() {
        Quote quote = Quote.of(Examples.SATURDAY_CALL_OUT.withTier(Examples.MEMBER), Examples.CALL_OUT_RULE);

        assertThat(quote.lines()).extracting(QuoteLine::component, QuoteLine::billing, QuoteLine::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CostComponent.ON_SITE_LABOUR, QuoteLine.Billing.BILLED, eur("202.50")),
                org.assertj.core.groups.Tuple.tuple(CostComponent.TRIP_FEE, QuoteLine.Billing.INCLUDED, eur("0.00")),
                org.assertj.core.groups.Tuple.tuple(CostComponent.MEMBER_LABOUR_DISCOUNT, QuoteLine.Billing.BILLED, eur("-20.25")));
        assertThat(quote.total()).isEqualTo(eur("182.25"));
        assertThat(quote.committed(Taxation.of(TaxRate.FRANCE)).payable()).isEqualTo(eur("218.70"));
    }

    @Test
    void example2_rateCardShowsMemberPrices() {
        Quote quote = Quote.of(Examples.SATURDAY_CALL_OUT.withTier(Examples.MEMBER), Examples.CALL_OUT_RULE);

        RateCardEntry saturday = quote.rateCard().stream()
                .filter(e -> e.band().equals(java.util.Optional.of(TimeBand.SATURDAY))).findFirst().orElseThrow();
        assertThat(saturday.standardPrice()).isEqualTo(eur("135.00"));
        assertThat(saturday.price()).isEqualTo(eur("121.50"));
        RateCardEntry business = quote.rateCard().get(0);
        assertThat(business.band()).contains(TimeBand.BUSINESS_HOURS);
        assertThat(business.standardPrice()).isEqualTo(eur("90.00"));
        assertThat(business.price()).isEqualTo(eur("81.00"));
        assertThat(quote.rateCard()).filteredOn(e -> e.component().equals(CostComponent.TRIP_FEE)).singleElement()
                .satisfies(e -> assertThat(e.price()).isEqualTo(eur("0.00")));
    }

    @Test
    void example3_milanQuarterly_floorNotBinding_remoteOverageRoundedUp() {
        Quote quote = Quote.of(Examples.MILAN_CONTEXT, Examples.MILAN_RULE);

        assertThat(quote.recurringPer(BillingFrequency.MONTHLY)).isEqualTo(eur("125.00"));
        assertThat(quote.recurringPerPeriod()).isEqualTo(eur("375.00"));
        assertThat(Taxation.of(TaxRate.ITALY).on(quote.recurringPerPeriod()).payable()).isEqualTo(eur("457.50"));
        assertThat(quote.lines(PricingRules.linesOf(CostComponent.MINIMUM_FEE))).isEmpty();
        QuoteLine remote = quote.lines(PricingRules.linesOf(CostComponent.REMOTE_LABOUR)).get(0);
        assertThat(remote.quantity()).isEqualByComparingTo("1.25");
        assertThat(remote.amount()).isEqualTo(eur("87.50"));
        assertThat(remote.trace().valueOf(StandardTraceKey.ALLOWANCE_USED)).contains(java.time.Duration.ofHours(2));
        assertThat(TaxRate.ITALY.taxOn(remote.amount())).isEqualTo(eur("19.25"));
        assertThat(quote.total()).isEqualTo(eur("1587.50"));
    }

    @Test
    void example4_threeUsTiers_sideBySide() {
        TierComparison comparison = TierComparison.of(Examples.US_YEAR, Examples.US_TIERS);

        assertThat(comparison.yearTotals().values()).containsExactly(usd("825.00"), usd("1545.00"), usd("2265.00"));
        assertThat(comparison.yearTotals().keySet()).extracting(TierId::value).containsExactly("basic", "plus", "premier");
        for (Quote quote : comparison.quotes()) {
            assertThat(quote.sumOf(PricingRules.linesOf(CostComponent.REMOTE_LABOUR))).isEqualTo(usd("825.00"));
        }
        assertThat(comparison.quote(TierId.of("plus")).recurringPerYear()).isEqualTo(usd("720.00"));
        assertThat(comparison.quotes()).extracting(q -> q.context().tier().id().value())
                .isEqualTo(List.of("basic", "plus", "premier"));
    }

    @Test
    void example2_memberLabourDiscount_isTenPercentOfTheBilledLabour() {
        Quote quote = Quote.of(Examples.SATURDAY_CALL_OUT.withTier(Examples.MEMBER),
                Examples.CALL_OUT_LABOUR.andThen(PricingRules.memberLabourDiscount()));
        assertThat(quote.lines()).extracting(QuoteLine::component).containsExactly(CostComponent.ON_SITE_LABOUR,
                CostComponent.MEMBER_LABOUR_DISCOUNT);
        assertThat(quote.lines().get(1).amount()).isEqualTo(eur("-20.25"));
        assertThat(quote.lines().get(1).trace().toString()).isEqualTo("member-labour-discount: base=EUR 202.50, "
                + "percentage=10%, discount=EUR 20.25");
    }
}
