package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static io.github.servicecontract.pricing.Examples.LYON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.billing.AmendedSchedule;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import io.github.servicecontract.pricing.billing.ChangeTiming;
import io.github.servicecontract.pricing.billing.Invoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Amendments never lose or invent a cent, whatever the prices, the billing frequency and the day. */
class AmendmentProperties {

    private static BillingSchedule schedule(String tier, long monthlyCents, BillingFrequency frequency) {
        RateTable rates = RateTable.builder(EUR).rate(RateKey.of(CostComponent.FLAT_FEE, LYON).withTier(TierId.of(tier)),
                BigDecimal.valueOf(monthlyCents, 2).toPlainString()).build();
        PricingContext context = PricingContext.builder().from(AmendmentsTest.monthly(tier.equals("gold") ? AmendmentsTest.GOLD
                : AmendmentsTest.SILVER)).rates(rates).terms(Examples.terms(frequency, Percentage.ZERO)).build();
        return AmendmentsTest.schedule(context, PricingRules.flatFee());
    }

    private static final BillingFrequency[] FREQUENCIES = {BillingFrequency.MONTHLY, BillingFrequency.QUARTERLY,
        BillingFrequency.ANNUAL};

    @Test
    void anAmendmentFollowedByItsReverse_onTheSameDay_leavesEveryInvoiceAndTheTotal() {
        qt().forAll(longs().between(1, 500_000), longs().between(1, 500_000), integers().between(0, 2), integers().between(0, 364))
                .checkAssert((before, after, frequency, day) -> {
                    BillingSchedule sold = schedule("silver", before, FREQUENCIES[frequency]);
                    BillingSchedule changed = schedule("gold", after, FREQUENCIES[frequency]);
                    LocalDate on = Examples.START.plusDays(day);
                    AmendedSchedule there = AmendedSchedule.of(sold).amend(changed, on, ChangeTiming.IMMEDIATELY);
                    AmendedSchedule back = there.amend(sold, on, ChangeTiming.IMMEDIATELY);
                    assertThat(there.amendments().get(0).difference().add(back.amendments().get(1).difference()).isZero()).isTrue();
                    assertThat(back.totalIncludingTax()).isEqualTo(sold.totalIncludingTax());
                    List<Invoice> periods = back.periodInvoices();
                    assertThat(periods).extracting(Invoice::amount).isEqualTo(sold.invoices().stream().map(Invoice::amount).toList());
                    // each change's adjustment is the schedule's invoice of its number, and a cancellation's too
                    for (io.github.servicecontract.pricing.billing.Amendment amendment : back.amendments()) {
                        amendment.adjustment().ifPresent(adjustment -> assertThat(back.invoices().get(adjustment.number() - 1))
                                .isEqualTo(adjustment));
                    }
                    LocalDate end = on.plusDays(1 + day % 30);
                    if (!end.isAfter(sold.invoices().get(sold.invoices().size() - 1).covers().lastDay())) {
                        AmendedSchedule ended = back.cancel(end, Examples.eur("10.00"));
                        ended.cancellation().orElseThrow().adjustment().ifPresent(adjustment -> assertThat(
                                ended.invoices().get(adjustment.number() - 1)).isEqualTo(adjustment));
                    }
                });
    }

    @Test
    void aChangeAddsToTheTotal_atMostThePriceDifferenceOfTheWholeTerm_andNothingWhenThePriceIsTheSame() {
        qt().forAll(longs().between(1, 500_000), longs().between(1, 500_000), integers().between(0, 2), integers().between(0, 364))
                .checkAssert((before, after, frequency, day) -> {
                    BillingSchedule sold = schedule("silver", before, FREQUENCIES[frequency]);
                    BillingSchedule changed = schedule("gold", after, FREQUENCIES[frequency]);
                    LocalDate on = Examples.START.plusDays(day);
                    AmendedSchedule amended = AmendedSchedule.of(sold).amend(changed, on, ChangeTiming.IMMEDIATELY);
                    BigDecimal added = amended.totalExcludingTax().subtract(sold.totalExcludingTax()).getNumber()
                            .numberValueExact(BigDecimal.class);
                    BigDecimal whole = changed.totalExcludingTax().subtract(sold.totalExcludingTax()).getNumber()
                            .numberValueExact(BigDecimal.class);
                    assertThat(added.abs()).isLessThanOrEqualTo(whole.abs());
                    assertThat(added.signum() * whole.signum()).isGreaterThanOrEqualTo(0);
                    AmendedSchedule same = AmendedSchedule.of(sold).amend(schedule("gold", before, FREQUENCIES[frequency]), on,
                            ChangeTiming.IMMEDIATELY);
                    assertThat(same.totalIncludingTax()).isEqualTo(sold.totalIncludingTax());
                });
    }
}
