package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static io.github.servicecontract.pricing.Examples.LYON;
import static io.github.servicecontract.pricing.Examples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.EarlyTermination;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.ServiceLevel;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.billing.AmendedSchedule;
import io.github.servicecontract.pricing.billing.Amendment;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import io.github.servicecontract.pricing.billing.Cancellation;
import io.github.servicecontract.pricing.billing.ChangeTiming;
import io.github.servicecontract.pricing.billing.Invoice;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changes over a contract's life, worked examples with their figures written out. */
class AmendmentsTest {

    static final BillingPolicy FRENCH_TAX = BillingPolicy.builder().taxation(Taxation.of(TaxRate.FRANCE)).build();

    static BillingSchedule schedule(PricingContext context, PricingRule rule) {
        return BillingSchedule.of(Quote.of(context, rule), FRENCH_TAX);
    }

    /** A reactive tier at 40.00 a month and a proactive one at 60.00, billed monthly from 1 January 2026. */
    static final ServiceTier SILVER = ServiceTier.builder().from(Examples.onDemandTier("silver", LYON, "Europe/Paris")).build();
    static final ServiceTier GOLD = ServiceTier.builder().from(Examples.onDemandTier("gold", LYON, "Europe/Paris"))
            .serviceLevel(ServiceLevel.PROACTIVE).build();
    static final RateTable FLAT_FEES = RateTable.builder(EUR)
            .rate(RateKey.of(CostComponent.FLAT_FEE, LYON).withTier(TierId.of("silver")), "40.00")
            .rate(RateKey.of(CostComponent.FLAT_FEE, LYON).withTier(TierId.of("gold")), "60.00").build();

    static PricingContext monthly(ServiceTier tier) {
        return PricingContext.builder().from(Examples.LYON_CONTEXT).tier(tier).rates(FLAT_FEES).usage(Usage.NONE)
                .terms(Examples.terms(BillingFrequency.MONTHLY, Percentage.ZERO)).build();
    }

    @Test
    void camerasAddedInMonthFive_creditTheDaysLeftAtTheOldPrice_andChargeThemAtTheNew() {
        BillingSchedule sold = schedule(Examples.LYON_CONTEXT, Examples.LYON_GOLD_RULE);
        PricingContext withCameras = PricingContext.builder().from(Examples.LYON_CONTEXT)
                .site(Examples.site("Villa Martin, Lyon", LYON, Distance.ofKilometres(18), 53, 4, EUR)).build();
        BillingSchedule changed = schedule(withCameras, Examples.LYON_GOLD_RULE);
        assertThat(changed.totalExcludingTax()).isEqualTo(eur("2152.70")); // (1,740.00 + 8 × 12.00 + 430.00) less 5 %

        AmendedSchedule amended = AmendedSchedule.of(sold).amend(changed, LocalDate.of(2026, 5, 12), ChangeTiming.IMMEDIATELY);
        Amendment cameras = amended.amendments().get(0);
        // 234 of the annual invoice's 365 days are left on 12 May
        assertThat(cameras.credit()).isEqualTo(eur("1321.62"));  // 2,061.50 × 234 / 365 = 1,321.619
        assertThat(cameras.charge()).isEqualTo(eur("1380.09"));  // 2,152.70 × 234 / 365 = 1,380.087
        Invoice adjustment = cameras.adjustment().orElseThrow();
        assertThat(adjustment.firm()).isEqualTo(eur("58.47"));
        assertThat(adjustment.tax()).isEqualTo(eur("11.69"));
        assertThat(adjustment.covers().firstDay()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(adjustment.covers().lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(amended.invoices()).extracting(Invoice::number, Invoice::issued, Invoice::amount, Invoice::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, LocalDate.of(2026, 1, 1), eur("2061.50"), Invoice.Kind.PERIOD),
                org.assertj.core.groups.Tuple.tuple(2, LocalDate.of(2026, 5, 12), eur("58.47"), Invoice.Kind.AMENDMENT));
        assertThat(amended.periodInvoices()).extracting(Invoice::number).containsExactly(1);
        assertThat(adjustment.number()).as("the adjustment's number is its number in the schedule").isEqualTo(2);
        assertThat(adjustment.isCreditNote()).isFalse();
        assertThat(amended.totalExcludingTax()).isEqualTo(eur("2119.97"));
    }

    @Test
    void anUpgradeOnTheTenth_ofAMonthBilledMonthly_isProratedOverTheDaysLeftInThatMonth() {
        BillingSchedule silver = schedule(monthly(SILVER), PricingRules.flatFee());
        BillingSchedule gold = schedule(monthly(GOLD), PricingRules.flatFee());
        AmendedSchedule upgraded = AmendedSchedule.of(silver).amend(gold, LocalDate.of(2026, 3, 10), ChangeTiming.IMMEDIATELY);
        Amendment upgrade = upgraded.amendments().get(0);
        assertThat(upgrade.credit()).isEqualTo(eur("28.39"));  // 40.00 × 22 / 31
        assertThat(upgrade.charge()).isEqualTo(eur("42.58"));  // 60.00 × 22 / 31
        assertThat(upgrade.difference()).isEqualTo(eur("14.19"));
        List<Invoice> invoices = upgraded.invoices();
        assertThat(invoices).hasSize(13);
        assertThat(invoices).extracting(Invoice::amount).containsExactly(eur("40.00"), eur("40.00"), eur("40.00"), eur("14.19"),
                eur("60.00"), eur("60.00"), eur("60.00"), eur("60.00"), eur("60.00"), eur("60.00"), eur("60.00"), eur("60.00"),
                eur("60.00"));
        // the price difference over the time left, 20.00 a month for 9 months and 22 days of 31, to the cent
        assertThat(upgraded.totalExcludingTax().subtract(silver.totalExcludingTax())).isEqualTo(eur("194.19"));
        assertThat(upgraded.inForceOn(LocalDate.of(2026, 3, 9))).isSameAs(silver);
        assertThat(upgraded.inForceOn(LocalDate.of(2026, 3, 10))).isSameAs(gold);

        AmendedSchedule atNextPeriod = AmendedSchedule.of(silver).amend(gold, LocalDate.of(2026, 3, 10), ChangeTiming.NEXT_PERIOD);
        assertThat(atNextPeriod.amendments().get(0).effective()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(atNextPeriod.amendments().get(0).adjustment()).isEmpty();
        assertThat(atNextPeriod.totalExcludingTax()).isEqualTo(eur("660.00")); // 3 × 40.00 + 9 × 60.00
        assertThatIllegalArgumentException().isThrownBy(() -> AmendedSchedule.of(silver).amend(gold, LocalDate.of(2026, 3, 10),
                ChangeTiming.ANNIVERSARY)).withMessageContaining("must leave a contract anniversary within the schedule");
    }

    @Test
    void aDowngrade_isACreditNote_andItsReverseOnTheSameDayLeavesTheSchedule() {
        BillingSchedule silver = schedule(monthly(SILVER), PricingRules.flatFee());
        BillingSchedule gold = schedule(monthly(GOLD), PricingRules.flatFee());
        LocalDate day = LocalDate.of(2026, 6, 17);
        AmendedSchedule down = AmendedSchedule.of(gold).amend(silver, day, ChangeTiming.IMMEDIATELY);
        assertThat(down.amendments().get(0).difference()).isEqualTo(eur("-9.33")); // (40.00 - 60.00) × 14 / 30, rounded each
        assertThat(down.amendments().get(0).adjustment()).hasValueSatisfying(credit -> {
            assertThat(credit.isCreditNote()).isTrue();
            assertThat(credit.kind()).isEqualTo(Invoice.Kind.AMENDMENT);
        });
        AmendedSchedule back = down.amend(gold, day, ChangeTiming.IMMEDIATELY);
        assertThat(back.amendments().get(1).difference()).isEqualTo(eur("9.33"));
        assertThat(back.totalIncludingTax()).isEqualTo(gold.totalIncludingTax());
        assertThat(back.invoices()).filteredOn(invoice -> !invoice.issued().equals(day)).extracting(Invoice::amount)
                .isEqualTo(gold.invoices().stream().map(Invoice::amount).toList());
    }

    @Test
    void aChangeOfOtherTerms_orOutsideTheSchedule_orBeforeTheLastChange_isRefused() {
        BillingSchedule silver = schedule(monthly(SILVER), PricingRules.flatFee());
        BillingSchedule gold = schedule(monthly(GOLD), PricingRules.flatFee());
        BillingSchedule annual = schedule(PricingContext.builder().from(monthly(GOLD)).terms(Examples.terms(BillingFrequency.ANNUAL,
                Percentage.ZERO)).build(), PricingRules.flatFee());
        assertThatIllegalArgumentException().isThrownBy(() -> AmendedSchedule.of(silver).amend(annual, LocalDate.of(2026, 3, 10),
                ChangeTiming.IMMEDIATELY)).withMessageContaining("changed.invoices").withMessageContaining("a change keeps the terms");
        assertThatIllegalArgumentException().isThrownBy(() -> AmendedSchedule.of(silver).amend(gold, LocalDate.of(2027, 1, 1),
                ChangeTiming.IMMEDIATELY)).withMessage("requested must be within the schedule, from 2026-01-01 to 2026-12-31, was"
                        + " 2027-01-01");
        AmendedSchedule once = AmendedSchedule.of(silver).amend(gold, LocalDate.of(2026, 6, 1), ChangeTiming.IMMEDIATELY);
        assertThatIllegalArgumentException().isThrownBy(() -> once.amend(silver, LocalDate.of(2026, 5, 1), ChangeTiming.IMMEDIATELY))
                .withMessageContaining("must not be before the last change, effective 2026-06-01");
        BillingSchedule swiss = BillingSchedule.of(Quote.of(monthly(GOLD), PricingRules.flatFee()),
                BillingPolicy.builder().taxation(Taxation.of(TaxRate.of(io.github.servicecontract.model.RegionCode.ofCountry("FR"),
                        Percentage.of(10)))).build());
        assertThatIllegalArgumentException().isThrownBy(() -> AmendedSchedule.of(silver).amend(swiss, LocalDate.of(2026, 3, 10),
                ChangeTiming.IMMEDIATELY)).withMessageContaining("changed.taxation");
        assertThat(once.toString()).startsWith("AmendedSchedule[1 amendments, EUR ");
        assertThat(once.amendments().get(0).toString()).isEqualTo("Amendment[requested=2026-06-01, IMMEDIATELY, effective=2026-06-01,"
                + " credit=EUR 0.00, charge=EUR 0.00]");
        assertThat(once.sold()).isSameAs(silver);
        AmendedSchedule twice = once.amend(silver, LocalDate.of(2026, 9, 15), ChangeTiming.IMMEDIATELY);
        assertThat(twice.upTo(once.amendments().get(0)).amendments()).hasSize(1);
        assertThat(twice.upTo(once.amendments().get(0)).totalExcludingTax()).isEqualTo(once.totalExcludingTax());
        assertThatIllegalArgumentException().isThrownBy(() -> once.upTo(twice.amendments().get(1)))
                .withMessageContaining("must be one of the schedule's 1 amendments");
        BillingSchedule withOneOff = schedule(monthly(GOLD), PricingRules.sum(PricingRules.flatFee(),
                PricingRules.extendedWarranty(java.util.Map.of(12, Percentage.of(10)), 12)));
        assertThatIllegalArgumentException().isThrownBy(() -> AmendedSchedule.of(silver).amend(withOneOff, LocalDate.of(2026, 3, 10),
                ChangeTiming.IMMEDIATELY)).withMessageContaining("changed.oneOff").withMessageContaining("invoice a one-off");
    }

    @Test
    void anEarlyCancellation_refundsTheDaysAlreadyInvoiced_chargesTheFee_andInvoicesNothingAfter() {
        BillingSchedule sold = schedule(Examples.LYON_CONTEXT, Examples.LYON_GOLD_RULE);
        AmendedSchedule cancelled = AmendedSchedule.of(sold).cancel(LocalDate.of(2026, 9, 1), eur("100.00"));
        Cancellation end = cancelled.cancellation().orElseThrow();
        assertThat(end.refund()).isEqualTo(eur("689.05")); // 2,061.50 × 122 / 365 = 689.049
        assertThat(end.adjustment().orElseThrow().firm()).isEqualTo(eur("-589.05")); // a credit note: 100.00 less 689.05
        assertThat(end.adjustment().orElseThrow().tax()).isEqualTo(eur("-117.81"));
        assertThat(cancelled.totalExcludingTax()).isEqualTo(eur("1472.45"));
        assertThat(cancelled.toString()).contains("cancelled from 2026-09-01");

        BillingSchedule silver = schedule(monthly(SILVER), PricingRules.flatFee());
        AmendedSchedule monthlyEnd = AmendedSchedule.of(silver).cancel(LocalDate.of(2026, 6, 17), eur("0.00"));
        // January to June invoiced, 14 of June's 30 days refunded, nothing from July
        assertThat(monthlyEnd.invoices()).extracting(Invoice::amount).containsExactly(eur("40.00"), eur("40.00"), eur("40.00"),
                eur("40.00"), eur("40.00"), eur("40.00"), eur("-18.67"));
        assertThat(monthlyEnd.invoices()).extracting(Invoice::kind).containsExactly(Invoice.Kind.PERIOD, Invoice.Kind.PERIOD,
                Invoice.Kind.PERIOD, Invoice.Kind.PERIOD, Invoice.Kind.PERIOD, Invoice.Kind.PERIOD, Invoice.Kind.CANCELLATION);
        assertThat(monthlyEnd.invoices().get(6).isCreditNote()).isTrue();
        assertThat(monthlyEnd.cancellation().orElseThrow().adjustment().orElseThrow()).isEqualTo(monthlyEnd.invoices().get(6));
        assertThat(monthlyEnd.periodInvoices()).hasSize(6);
        AmendedSchedule atAPeriodStart = AmendedSchedule.of(silver).cancel(LocalDate.of(2026, 7, 1), eur("0.00"));
        assertThat(atAPeriodStart.cancellation().orElseThrow().adjustment()).isEmpty();
        assertThat(atAPeriodStart.totalExcludingTax()).isEqualTo(eur("240.00"));

        assertThatIllegalArgumentException().isThrownBy(() -> monthlyEnd.cancel(LocalDate.of(2026, 8, 1), eur("0.00")))
                .withMessageContaining("cannot change a contract cancelled from 2026-06-17");
        assertThatIllegalArgumentException().isThrownBy(() -> monthlyEnd.amend(silver, LocalDate.of(2026, 8, 1),
                ChangeTiming.IMMEDIATELY)).withMessageContaining("cannot change a contract cancelled");
        assertThatIllegalArgumentException().isThrownBy(() -> AmendedSchedule.of(silver).cancel(LocalDate.of(2026, 6, 17),
                eur("-1.00"))).withMessageContaining("fee must be >= 0");
        Invoice refunded = monthlyEnd.cancellation().orElseThrow().adjustment().orElseThrow();
        assertThat(refunded.covers().firstDay()).isEqualTo(LocalDate.of(2026, 6, 17));
        assertThat(refunded.covers().lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(monthlyEnd.periodInvoices()).hasSize(6);

        // a change asked for the anniversary, not yet in effect, never takes effect once the contract ends before it
        BillingSchedule gold = schedule(monthly(GOLD), PricingRules.flatFee());
        AmendedSchedule pending = AmendedSchedule.of(silver).amend(gold, LocalDate.of(2026, 10, 1), ChangeTiming.NEXT_PERIOD)
                .cancel(LocalDate.of(2026, 8, 1), eur("0.00"));
        assertThat(pending.amendments()).isEmpty();
        assertThat(pending.totalExcludingTax()).isEqualTo(eur("280.00"));
        assertThat(end.toString()).isEqualTo("Cancellation[effective=2026-09-01, refund=EUR 689.05, fee=EUR 100.00]");
    }

    @Test
    void anEarlyCancellationUnderTheTermsRule_chargesTheShareOfTheFirmPriceLeft_toTheCent() {
        // 150.00 a month invoiced quarterly: 450.00 a quarter; ended on 1 August, 61 of the third quarter's 92 days are left
        RateTable fees = RateTable.builder(EUR).rate(RateKey.of(CostComponent.FLAT_FEE, LYON).withTier(TierId.of("gold")), "150.00")
                .build();
        PricingContext quarterly = PricingContext.builder().from(monthly(GOLD)).rates(fees)
                .terms(Examples.terms(BillingFrequency.QUARTERLY, Percentage.ZERO)).build();
        AmendedSchedule sold = AmendedSchedule.of(schedule(quarterly, PricingRules.flatFee()));
        LocalDate august = LocalDate.of(2026, 8, 1);

        Cancellation half = sold.cancel(august, EarlyTermination.shareOfRemaining(Percentage.of(50))).cancellation().orElseThrow();

        assertThat(half.refund()).isEqualTo(eur("298.37")); // 450.00 × 61 / 92 = 298.369
        assertThat(half.fee()).isEqualTo(eur("374.19")); // 50 % of 298.37 + 450.00 = 748.37, half up
        assertThat(half.feeShare()).contains(Percentage.of(50));
        assertThat(half.feeBasis()).contains(eur("748.37"));
        assertThat(half.toString()).isEqualTo("Cancellation[effective=2026-08-01, refund=EUR 298.37, fee=EUR 374.19 (50% of EUR 748.37)]");
        assertThat(sold.cancel(august, EarlyTermination.shareOfRemaining(Percentage.of(100))).cancellation().orElseThrow().fee())
                .isEqualTo(eur("748.37"));
        assertThat(sold.cancel(august, EarlyTermination.shareOfRemaining(Percentage.ZERO)).cancellation().orElseThrow().fee())
                .isEqualTo(eur("0.00"));
        Cancellation fixed = sold.cancel(august, EarlyTermination.fee(eur("100.00"))).cancellation().orElseThrow();
        assertThat(fixed.fee()).isEqualTo(eur("100.00"));
        assertThat(fixed.feeShare()).isEmpty();
        assertThat(fixed.feeBasis()).isEmpty();
        // at a period's start nothing is refunded and the fee is the share of the periods left
        assertThat(sold.cancel(LocalDate.of(2026, 10, 1), EarlyTermination.shareOfRemaining(Percentage.of(50))).cancellation()
                .orElseThrow().fee()).isEqualTo(eur("225.00"));

        AmendedSchedule open = AmendedSchedule.of(schedule(PricingContext.builder().from(quarterly).terms(io.github.servicecontract.model
                .ContractTerms.builder().from(quarterly.terms()).term(io.github.servicecontract.model.Term.openEnded()).build()).build(),
                PricingRules.flatFee()));
        assertThatIllegalArgumentException().isThrownBy(() -> open.cancel(august, EarlyTermination.shareOfRemaining(Percentage.of(50))))
                .withMessageContaining("must be a fee for an open-ended contract");
        assertThatIllegalArgumentException().isThrownBy(() -> io.github.servicecontract.model.ContractTerms.builder()
                .from(quarterly.terms()).term(io.github.servicecontract.model.Term.openEnded())
                .earlyTermination(EarlyTermination.shareOfRemaining(Percentage.of(50))).build())
                .withMessageContaining("earlyTermination must be a fee for an open-ended term");
        assertThatIllegalArgumentException().isThrownBy(() -> EarlyTermination.shareOfRemaining(Percentage.of(101)))
                .withMessageContaining("share must be <= 100%");
        assertThatIllegalArgumentException().isThrownBy(() -> EarlyTermination.fee(eur("-1.00"))).withMessageContaining("must be >= 0");
    }
}
