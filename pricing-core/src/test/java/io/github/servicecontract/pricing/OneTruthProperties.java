package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static io.github.servicecontract.pricing.Examples.LYON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.Term;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The quote's parts, its invoices and the order of its rules agree, whatever the contract. */
class OneTruthProperties {

    private static final Gen<BillingFrequency> FREQUENCIES = integers().between(0, BillingFrequency.values().length - 1)
            .map(i -> BillingFrequency.values()[i]);

    /** Interventions on days of 2026, planned or estimated, of 15 minutes to 4 hours. */
    private static final Gen<List<Intervention>> INTERVENTIONS = lists().of(integers().between(0, 364)
            .zip(integers().between(1, 16), integers().between(0, 1), (day, quarters, estimated) -> Intervention.onSite(
                    Examples.START.plusDays(day), Duration.ofMinutes(15L * quarters))
                    .withCommitment(estimated == 1 ? Commitment.ESTIMATED : Commitment.PLANNED)))
            .ofSizeBetween(0, 5);

    private static RateTable rates(long labourCents, long deviceCents) {
        return RateTable.builder(EUR)
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN), BigDecimal.valueOf(labourCents, 2).toPlainString())
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN).withBand(TimeBand.SATURDAY),
                        BigDecimal.valueOf(labourCents * 3, 3).toPlainString())
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN).withBand(TimeBand.SUNDAY_HOLIDAY),
                        BigDecimal.valueOf(labourCents * 2, 2).toPlainString())
                .rate(RateKey.of(CostComponent.TRIP_FEE, LYON), "45.00")
                .rate(RateKey.of(CostComponent.FLAT_FEE, LYON), "60.00")
                .rate(RateKey.of(CostComponent.DEVICE_FEE, LYON), BigDecimal.valueOf(deviceCents, 2).toPlainString())
                .rate(RateKey.of(CostComponent.SUBSYSTEM_FEE, LYON), "10.00")
                .build();
    }

    private static PricingContext context(long labourCents, long deviceCents, int prepay, BillingFrequency frequency,
            List<Intervention> interventions) {
        ContractTerms terms = ContractTerms.builder().start(Examples.START).term(Term.ofMonths(12)).billingFrequency(frequency)
                .prepayDiscount(Percentage.of(prepay)).build();
        return PricingContext.builder().from(Examples.LYON_CONTEXT).rates(rates(labourCents, deviceCents)).terms(terms)
                .usage(Usage.builder().addAllInterventions(interventions).build()).build();
    }

    /** Every catalogue rule that prices this context once, discounts among them. */
    private static List<PricingRule> catalogue() {
        return List.of(PricingRules.flatFee(), PricingRules.perDevice(), PricingRules.perSubsystem(), PricingRules.onSiteLabour(),
                PricingRules.tripFee(), PricingRules.extendedWarranty(Map.of(12, Percentage.of(10)), 12),
                PricingRules.prepayDiscount(), PricingRules.memberLabourDiscount(),
                PricingRules.discount(Percentage.of(3), PricingRules.linesOf(CostComponent.DEVICE_FEE)),
                PricingRules.discount(Examples.eur("25.00"), PricingRules.linesIn(QuoteLine.Category.USAGE)));
    }

    @Test
    void anyRuleOrderGivesTheSameQuote() {
        qt().forAll(longs().between(1, 20_000), longs().between(1, 500), INTERVENTIONS, longs().all())
                .checkAssert((labour, device, interventions, seed) -> {
                    PricingContext context = context(labour, device, 5, BillingFrequency.ANNUAL, interventions);
                    List<PricingRule> rules = catalogue();
                    Quote inOrder = Quote.of(context, PricingRules.sum(rules.toArray(PricingRule[]::new)));
                    List<PricingRule> shuffled = new ArrayList<>(rules);
                    Collections.shuffle(shuffled, new Random(seed));
                    Quote reordered = Quote.of(context, PricingRules.sum(shuffled.toArray(PricingRule[]::new)));
                    assertThat(reordered.total()).isEqualTo(inOrder.total());
                    for (QuotePart part : QuotePart.values()) {
                        assertThat(reordered.subtotal(part)).isEqualTo(inOrder.subtotal(part));
                    }
                    assertThat(reordered.lines()).containsExactlyInAnyOrderElementsOf(inOrder.lines());
                });
    }

    @Test
    void theTotalIsTheSumOfTheParts() {
        qt().forAll(longs().between(1, 20_000), longs().between(1, 500), integers().between(0, 15), INTERVENTIONS)
                .checkAssert((labour, device, prepay, interventions) -> {
                    Quote quote = Quote.of(context(labour, device, prepay, BillingFrequency.ANNUAL, interventions),
                            PricingRules.sum(catalogue().toArray(PricingRule[]::new)));
                    BigDecimal parts = BigDecimal.ZERO;
                    for (QuotePart part : QuotePart.values()) {
                        parts = parts.add(quote.subtotal(part).getNumber().numberValueExact(BigDecimal.class));
                        assertThat(quote.lines(part)).allSatisfy(line -> assertThat(line.part()).isEqualTo(part));
                    }
                    assertThat(quote.total().getNumber().numberValueExact(BigDecimal.class)).isEqualByComparingTo(parts);
                });
    }

    @Test
    void theInvoicesOfAYearAddUpToThePayableTotal_taxComputedOnce() {
        qt().forAll(longs().between(1, 20_000).zip(integers().between(0, 15), (labour, prepay) -> new long[] {labour, prepay}),
                FREQUENCIES, INTERVENTIONS, integers().between(0, 1))
                .checkAssert((labourAndPrepay, frequency, interventions, cash) -> {
                    long labour = labourAndPrepay[0];
                    int prepay = (int) labourAndPrepay[1];
                    Quote quote = Quote.of(context(labour, 137, prepay, frequency, interventions),
                            PricingRules.sum(catalogue().toArray(PricingRule[]::new)));
                    Taxation taxation = cash == 1 ? Taxation.of(TaxRate.SWITZERLAND).withCashRounding(Examples.eur("0.05"))
                            : Taxation.of(TaxRate.FRANCE);
                    BillingSchedule schedule = BillingSchedule.of(quote, BillingPolicy.builder().taxation(taxation).build());
                    TaxedAmount payable = quote.committed(taxation);
                    assertThat(schedule.totalExcludingTax()).isEqualTo(payable.excludingTax());
                    assertThat(schedule.totalTax()).isEqualTo(payable.tax());
                    assertThat(schedule.totalIncludingTax()).isEqualTo(payable.payable());
                    if (cash == 1) {
                        assertThat(schedule.invoices()).allSatisfy(invoice -> assertThat(invoice.cashRounding().abs())
                                .isLessThanOrEqualTo(Examples.eur("0.05")));
                    }
                });
    }
}
