package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The firm price, the one-off charges and the estimate of a quote, and the discounts that name their base. */
class OneTruthTest {

    private static final PricingContext LYON_WITH_CALL_OUT = PricingContext.builder().from(Examples.LYON_CONTEXT)
            .usage(Usage.of(Intervention.onSite(LocalDate.of(2026, 3, 10), Duration.ofHours(2)),
                    Intervention.onSite(LocalDate.of(2026, 9, 15), Duration.ofHours(2)),
                    Intervention.onSite(LocalDate.of(2026, 11, 4), Duration.ofHours(1)).withCommitment(Commitment.ESTIMATED)))
            .build();

    @Test
    void example1_readsAsAFirmAnnualPrice_withTwoPlannedVisits() {
        Quote quote = Quote.of(Examples.LYON_CONTEXT, Examples.LYON_GOLD_RULE);
        assertThat(quote.firmPrice()).isEqualTo(eur("2061.50"));
        assertThat(quote.subtotal(QuotePart.ONE_OFF)).isEqualTo(eur("0"));
        assertThat(quote.subtotal(QuotePart.ESTIMATE)).isEqualTo(eur("0"));
        TaxedAmount payable = quote.committed(Taxation.of(TaxRate.FRANCE));
        assertThat(payable.excludingTax()).isEqualTo(eur("2061.50"));
        assertThat(payable.tax()).isEqualTo(eur("412.30"));
        assertThat(payable.payable()).isEqualTo(eur("2473.80"));
        assertThat(payable).hasToString("TaxedAmount[excludingTax=EUR 2061.50, tax=EUR 412.30, cashRounding=EUR 0.00, "
                + "payable=EUR 2473.80]");
    }

    @Test
    void anEstimatedCallOut_isPricedAtTheRateCard_neverDiscountedForPrepayment_norInvoiced() {
        Quote quote = Quote.of(LYON_WITH_CALL_OUT, Examples.LYON_GOLD_RULE);
        assertThat(quote.firmPrice()).isEqualTo(eur("2061.50"));
        assertThat(quote.lines(QuotePart.ESTIMATE)).extracting(QuoteLine::component)
                .containsExactly(CostComponent.ON_SITE_LABOUR, CostComponent.TRIP_FEE);
        assertThat(quote.subtotal(QuotePart.ESTIMATE)).isEqualTo(eur("130.00"));
        assertThat(quote.total()).isEqualTo(eur("2191.50"));
        assertThat(quote.taxed(QuotePart.ESTIMATE, Taxation.of(TaxRate.FRANCE)).payable()).isEqualTo(eur("156.00"));
        BillingSchedule schedule = BillingSchedule.of(quote, BillingPolicy.builder().taxation(Taxation.of(TaxRate.FRANCE)).build());
        assertThat(schedule.totalExcludingTax()).isEqualTo(eur("2061.50"));
        assertThat(schedule.totalIncludingTax()).isEqualTo(eur("2473.80"));
    }

    @Test
    void theFirmPricePerPeriod_isWhatTheClientPays_afterThePrepayDiscount() {
        RateTable rates = RateTable.builder(Examples.EUR).rate(RateKey.of(CostComponent.FLAT_FEE, Examples.LYON), "300.00").build();
        PricingContext context = PricingContext.builder().from(Examples.LYON_CONTEXT).rates(rates).usage(Usage.NONE)
                .terms(Examples.terms(io.github.servicecontract.model.BillingFrequency.MONTHLY, Percentage.of(10))).build();
        Quote quote = Quote.of(context, PricingRules.sum(PricingRules.flatFee(), PricingRules.prepayDiscount()));
        assertThat(quote.recurringPerYear()).isEqualTo(eur("3600.00"));
        assertThat(quote.firmPrice()).isEqualTo(eur("3240.00"));
        assertThat(quote.firmPricePer(io.github.servicecontract.model.BillingFrequency.MONTHLY)).isEqualTo(eur("270.00"));
        assertThat(quote.firmPricePer(io.github.servicecontract.model.BillingFrequency.QUARTERLY)).isEqualTo(eur("810.00"));
    }

    @Test
    void aDiscountNamesItsBase_soTheOrderOfTheRulesDoesNotChangeTheQuote() {
        Quote feeFirst = Quote.of(Examples.LYON_CONTEXT, PricingRules.sum(PricingRules.flatFee(), PricingRules.prepayDiscount()));
        Quote discountFirst = Quote.of(Examples.LYON_CONTEXT, PricingRules.sum(PricingRules.prepayDiscount(), PricingRules.flatFee()));
        assertThat(feeFirst.total()).isEqualTo(eur("684.00"));
        assertThat(discountFirst.total()).isEqualTo(eur("684.00"));
        assertThat(discountFirst).isEqualTo(feeFirst);
        PricingRule promotion = PricingRules.discount(eur("50.00"), PricingRules.linesOf(CostComponent.FLAT_FEE));
        assertThat(Quote.of(Examples.LYON_CONTEXT, PricingRules.sum(promotion, PricingRules.flatFee())).total()).isEqualTo(eur("670.00"));
    }

    @Test
    void theSameDiscountTwice_isRefused_asIsARuleListedTwice() {
        assertThatIllegalArgumentException().isThrownBy(() -> Quote.of(Examples.LYON_CONTEXT, PricingRules.sum(
                PricingRules.flatFee(), PricingRules.prepayDiscount()).andThen(PricingRules.sum(PricingRules.prepayDiscount()))))
                .withMessage("rules must apply each discount once (a rule listed twice would discount twice), was "
                        + "prepay-discount twice");
        PricingRule fee = PricingRules.flatFee();
        assertThatIllegalArgumentException().isThrownBy(() -> PricingRules.sum(fee, PricingRules.perDevice(), fee))
                .withMessage("rules[2] must not repeat rules[0]: a rule listed twice would price twice");
        PricingRule promotion = PricingRules.discount(Percentage.of(10), PricingRules.linesOf(CostComponent.FLAT_FEE));
        assertThatIllegalArgumentException().isThrownBy(() -> Quote.of(Examples.LYON_CONTEXT,
                PricingRules.flatFee().andThen(promotion).andThen(promotion)))
                .withMessageContaining("discount twice");
        // two different promotions of the same kind are two discounts
        PricingRule another = PricingRules.discount(Percentage.of(10), PricingRules.linesOf(CostComponent.FLAT_FEE));
        assertThat(Quote.of(Examples.LYON_CONTEXT, PricingRules.sum(PricingRules.flatFee(), promotion, another)).total())
                .isEqualTo(eur("576.00"));
    }

    @Test
    void eachPartIsDiscountedApart_andNeverBelowZero() {
        PricingRule rules = PricingRules.sum(PricingRules.flatFee(), PricingRules.onSiteLabour(),
                PricingRules.extendedWarranty(Map.of(24, Percentage.of(18)), 24),
                PricingRules.discount(Percentage.of(100), line -> true), PricingRules.discount(eur("5000.00"), line -> true));
        Quote quote = Quote.of(LYON_WITH_CALL_OUT, rules);
        for (QuotePart part : QuotePart.values()) {
            assertThat(quote.subtotal(part)).as(part.name()).isEqualTo(eur("0"));
            assertThat(quote.lines(part)).as(part.name()).anySatisfy(line -> assertThat(line.category())
                    .isEqualTo(QuoteLine.Category.DISCOUNT));
        }
        assertThat(quote.total()).isEqualTo(eur("0"));
    }

    @Test
    void scalingPlannedAndEstimatedLabour_adjustsEachPartApart() {
        Quote quote = Quote.of(LYON_WITH_CALL_OUT, PricingRules.scale(PricingRules.onSiteLabour(), Multiplier.of("0.5")));
        assertThat(quote.subtotal(QuotePart.FIRM)).isEqualTo(eur("170.00"));
        assertThat(quote.subtotal(QuotePart.ESTIMATE)).isEqualTo(eur("42.50"));
        assertThat(quote.lines(line -> line.category() == QuoteLine.Category.ADJUSTMENT)).extracting(QuoteLine::part)
                .containsExactly(QuotePart.FIRM, QuotePart.ESTIMATE);
    }

    @Test
    void aRecurringOrOneOffLine_belongsToItsOwnPart() {
        QuoteLine.Builder recurring = QuoteLine.builder().component(CostComponent.FLAT_FEE).category(QuoteLine.Category.RECURRING)
                .billing(QuoteLine.Billing.BILLED).quantity(java.math.BigDecimal.ONE).unit(Unit.SITE).unitPrice(eur("60.00"))
                .amount(eur("720.00")).trace(Trace.of("flat-fee"));
        assertThat(recurring.build().part()).isEqualTo(QuotePart.FIRM);
        assertThatIllegalArgumentException().isThrownBy(() -> recurring.part(QuotePart.ESTIMATE).build())
                .withMessage("part must be FIRM for a RECURRING line, was ESTIMATE");
        assertThatIllegalArgumentException().isThrownBy(() -> recurring.category(QuoteLine.Category.ONE_OFF)
                .part(QuotePart.FIRM).build())
                .withMessage("part must be ONE_OFF for a ONE_OFF line, was FIRM");
        assertThat(recurring.category(QuoteLine.Category.ONE_OFF).part(QuotePart.ONE_OFF).build().part()).isEqualTo(QuotePart.ONE_OFF);
        assertThat(QuotePart.FIRM.isInvoiced()).isTrue();
        assertThat(QuotePart.ONE_OFF.isInvoiced()).isTrue();
        assertThat(QuotePart.ESTIMATE.isInvoiced()).isFalse();
    }

    @Test
    void taxation_roundsTaxOnce_andCashAfterTax() {
        Taxation swiss = Taxation.standardFor(io.github.servicecontract.model.RegionCode.parse("CH-GE")).orElseThrow();
        assertThat(swiss.rate()).isEqualTo(TaxRate.SWITZERLAND);
        assertThat(swiss.cashRounding()).contains(Examples.money("0.05", Examples.CHF));
        TaxedAmount taxed = swiss.on(Examples.money("1681.90", Examples.CHF));
        assertThat(taxed.tax()).isEqualTo(Examples.money("136.23", Examples.CHF));
        assertThat(taxed.includingTax()).isEqualTo(Examples.money("1818.13", Examples.CHF));
        assertThat(taxed.cashRounding()).isEqualTo(Examples.money("0.02", Examples.CHF));
        assertThat(taxed.payable()).isEqualTo(Examples.money("1818.15", Examples.CHF));
        assertThat(Taxation.standardFor(io.github.servicecontract.model.RegionCode.parse("FR-69"))).contains(Taxation.of(TaxRate.FRANCE));
        assertThat(Taxation.standardFor(io.github.servicecontract.model.RegionCode.ofCountry("JP"))).isEmpty();
        assertThat(swiss).isEqualTo(Taxation.of(TaxRate.SWITZERLAND).withCashRounding(Examples.money("0.050", Examples.CHF)))
                .hasSameHashCodeAs(Taxation.of(TaxRate.SWITZERLAND).withCashRounding(Examples.money("0.05", Examples.CHF)))
                .isNotEqualTo(Taxation.of(TaxRate.SWITZERLAND))
                .isNotEqualTo(Taxation.of(TaxRate.SWITZERLAND).withCashRounding(Examples.eur("0.05")))
                .hasToString("Taxation[CH 8.1%, cash CHF 0.05]");
        assertThatIllegalArgumentException().isThrownBy(() -> Taxation.of(TaxRate.FRANCE).withCashRounding(Examples.eur("0")))
                .withMessage("cashRounding must be > 0, was EUR 0.00");
        assertThatIllegalArgumentException().isThrownBy(() -> Taxation.of(TaxRate.FRANCE).withCashRounding(Examples.eur("0.005")))
                .withMessage("cashRounding must be a whole number of the currency's smallest units, was EUR 0.005");
        // cash is rounded in its own currency only: a Swiss site priced in euros pays to the cent
        assertThat(swiss.on(Examples.eur("1681.90")).payable()).isEqualTo(Examples.eur("1818.13"));
        // an amount finer than its currency is taken at the currency's decimals, as its invoices are
        TaxedAmount fine = Taxation.of(TaxRate.FRANCE).on(Examples.eur("100.005"));
        assertThat(fine.excludingTax()).isEqualTo(Examples.eur("100.01"));
        assertThat(fine.tax()).isEqualTo(Examples.eur("20.00"));
        assertThatThrownBy(() -> new TaxedAmount(Examples.eur("1.00"), null, Examples.eur("0"))).hasMessage("tax");
    }

    @Test
    void materialsPerVisit_areChargedForEachIntervention_inItsPart() {
        RateTable rates = RateTable.builder(Examples.EUR).rate(RateKey.of(CostComponent.MATERIALS, Examples.LYON), "18.50").build();
        Quote quote = Quote.of(PricingContext.builder().from(LYON_WITH_CALL_OUT).rates(rates).build(),
                PricingRules.perIntervention(io.github.servicecontract.model.Delivery.ON_SITE, CostComponent.MATERIALS));
        assertThat(quote.firmPrice()).isEqualTo(eur("37.00"));
        assertThat(quote.subtotal(QuotePart.ESTIMATE)).isEqualTo(eur("18.50"));
        assertThat(quote.lines()).extracting(line -> line.trace().valueOf(StandardTraceKey.DAY).orElseThrow())
                .containsExactly(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 9, 15), LocalDate.of(2026, 11, 4));
        assertThat(quote.rateCard()).singleElement().satisfies(entry -> {
            assertThat(entry.component()).isEqualTo(CostComponent.MATERIALS);
            assertThat(entry.price()).isEqualTo(eur("18.50"));
        });
        assertThat(Quote.of(PricingContext.builder().from(LYON_WITH_CALL_OUT).rates(rates).build(),
                PricingRules.perIntervention(io.github.servicecontract.model.Delivery.REMOTE, CostComponent.MATERIALS)).lines())
                .isEmpty();
    }

    @Test
    void theDayDecidesTheBand_inTheApi_unlessABandIsGiven() {
        LabourRule labour = LabourRule.builder().delivery(io.github.servicecontract.model.Delivery.ON_SITE)
                .putBandMultipliers(TimeBand.SATURDAY, Multiplier.of("1.5"))
                .putBandMultipliers(TimeBand.SUNDAY_HOLIDAY, Multiplier.of("2"))
                .putBandMultipliers(TimeBand.EMERGENCY, Multiplier.of("2.5")).build();
        LocalDate saturday = LocalDate.of(2026, 3, 14);
        LocalDate bastilleDay = LocalDate.of(2026, 7, 14);
        PricingContext context = PricingContext.builder().from(Examples.LYON_CONTEXT).usage(Usage.of(
                Intervention.onSite(saturday, Duration.ofHours(1)),
                Intervention.onSite(bastilleDay, Duration.ofHours(1)),
                Intervention.onSite(LocalDate.of(2026, 3, 16), Duration.ofHours(1)),
                Intervention.onSite(LocalDate.of(2026, 3, 21), Duration.ofHours(1)).withBand(TimeBand.EMERGENCY))).build();
        Quote quote = Quote.of(context, labour);
        assertThat(quote.lines()).extracting(line -> line.trace().valueOf(StandardTraceKey.BAND).orElseThrow())
                .containsExactly(TimeBand.SATURDAY, TimeBand.BUSINESS_HOURS, TimeBand.EMERGENCY, TimeBand.SUNDAY_HOLIDAY);
        assertThat(quote.lines()).extracting(QuoteLine::amount)
                .containsExactly(eur("127.50"), eur("85.00"), eur("212.50"), eur("170.00"));
        assertThat(PricingConditions.anyInterventionIn(TimeBand.SUNDAY_HOLIDAY).test(context)).isTrue();
        assertThat(Intervention.onSite(saturday, Duration.ofHours(1)).band()).isEmpty();
    }

    @Test
    void plannedWorkUsesTheIncludedQuotaFirst_soTheFirmPriceNeverDependsOnAnEstimate() {
        io.github.servicecontract.model.ServiceTier oneVisit = io.github.servicecontract.model.ServiceTier.builder()
                .from(Examples.LYON_GOLD)
                .quotas(io.github.servicecontract.model.IncludedQuotas.builder().onSiteVisitsPerYear(1).build())
                .addClauses(io.github.servicecontract.model.Clause.of(io.github.servicecontract.model.StandardClause.ON_SITE_VISITS,
                        io.github.servicecontract.model.ClauseParameter.VISITS, io.github.servicecontract.model.ParameterValue.count(1)))
                .billedOnDemand(java.util.Set.of(io.github.servicecontract.model.ChargeableService.REMOTE_SUPPORT,
                        io.github.servicecontract.model.ChargeableService.TRAVEL,
                        io.github.servicecontract.model.ChargeableService.SYSTEM_UPDATE))
                .build();
        Intervention estimatedFirst = Intervention.onSite(LocalDate.of(2026, 2, 3), Duration.ofHours(1))
                .withCommitment(Commitment.ESTIMATED);
        Intervention planned = Intervention.onSite(LocalDate.of(2026, 5, 5), Duration.ofHours(2));
        PricingContext context = PricingContext.builder().from(Examples.LYON_CONTEXT).tier(oneVisit)
                .usage(Usage.of(estimatedFirst, planned)).build();
        Quote quote = Quote.of(context, PricingRules.onSiteLabour());
        PricingContext plannedOnly = PricingContext.builder().from(context).usage(Usage.of(planned)).build();
        assertThat(quote.firmPrice()).isEqualTo(eur("0")).isEqualTo(Quote.of(plannedOnly, PricingRules.onSiteLabour()).firmPrice());
        assertThat(quote.subtotal(QuotePart.ESTIMATE)).isEqualTo(eur("85.00"));
        assertThat(quote.lines(QuotePart.FIRM)).singleElement()
                .satisfies(line -> assertThat(line.trace().valueOf(StandardTraceKey.VISIT)).contains(1));
    }

    @Test
    void anEstimatedRemoteCall_usesOnlyTheAllowanceNoPlannedWorkNeeds() {
        io.github.servicecontract.model.ServiceTier twoHoursCarried = io.github.servicecontract.model.ServiceTier.builder()
                .from(Examples.LYON_GOLD)
                .quotas(io.github.servicecontract.model.IncludedQuotas.builder()
                        .remoteHours(io.github.servicecontract.model.RemoteHoursAllowance.of(Duration.ofHours(2),
                                io.github.servicecontract.model.RemoteHoursAllowance.AllowancePeriod.QUARTER,
                                io.github.servicecontract.model.RemoteHoursAllowance.Rollover.CARRY_OVER)).build())
                .addClauses(io.github.servicecontract.model.Clause.of(io.github.servicecontract.model.StandardClause.REMOTE_SUPPORT,
                        io.github.servicecontract.model.ClauseParameter.HOURS,
                        io.github.servicecontract.model.ParameterValue.duration(Duration.ofHours(2))))
                .billedOnDemand(java.util.Set.of(io.github.servicecontract.model.ChargeableService.ON_SITE_VISIT,
                        io.github.servicecontract.model.ChargeableService.TRAVEL,
                        io.github.servicecontract.model.ChargeableService.SYSTEM_UPDATE))
                .build();
        RateTable rates = RateTable.builder(Examples.EUR)
                .rate(RateKey.of(CostComponent.REMOTE_LABOUR, Examples.LYON).withRole(Role.TECHNICIAN), "60.00").build();
        // 2 h accrue in Q1 and 2 more in Q2; planned work takes 3 h in Q2, so only 1 h of Q1's is free for the estimate
        Intervention estimate = Intervention.remote(LocalDate.of(2026, 2, 3), Duration.ofHours(2)).withCommitment(Commitment.ESTIMATED);
        Intervention planned = Intervention.remote(LocalDate.of(2026, 5, 5), Duration.ofHours(3));
        PricingContext context = PricingContext.builder().from(Examples.LYON_CONTEXT).tier(twoHoursCarried).rates(rates)
                .usage(Usage.of(estimate, planned)).build();
        Quote quote = Quote.of(context, PricingRules.remoteLabour());
        assertThat(quote.firmPrice()).isEqualTo(eur("0"));
        assertThat(quote.subtotal(QuotePart.ESTIMATE)).isEqualTo(eur("60.00"));
        assertThat(quote.lines(QuotePart.ESTIMATE)).singleElement()
                .satisfies(line -> assertThat(line.trace().valueOf(StandardTraceKey.ALLOWANCE_USED)).contains(Duration.ofHours(1)));
    }

    @Test
    void aBoundOverTheFirmPriceAndAnEstimate_isRefused_whileAScaleAdjustsEachPart() {
        assertThatIllegalArgumentException().isThrownBy(() -> Quote.of(LYON_WITH_CALL_OUT,
                PricingRules.floor(PricingRules.onSiteLabour(), eur("500.00"))))
                .withMessage("rule must add lines of one part of the quote to be bounded (a floor or cap over the firm price "
                        + "and an estimate would move money between them), was [FIRM, ESTIMATE]");
        assertThat(Quote.of(Examples.LYON_CONTEXT, PricingRules.floor(PricingRules.onSiteLabour(), eur("500.00"))).total())
                .isEqualTo(eur("500.00"));
    }

    @Test
    void anAmountOff_isRoundedAsItsLineIs_soNothingIsLostBetweenParts() {
        PricingContext fiveCents = PricingContext.builder().from(LYON_WITH_CALL_OUT).rounding(Rounding.toIncrement(
                new java.math.BigDecimal("0.05"), java.math.RoundingMode.HALF_UP, Rounding.Step.PER_LINE)).build();
        Quote quote = Quote.of(fiveCents, PricingRules.sum(PricingRules.onSiteLabour(),
                PricingRules.discount(eur("340.02"), PricingRules.linesOf(CostComponent.ON_SITE_LABOUR))));
        assertThat(quote.lines(line -> line.category() == QuoteLine.Category.DISCOUNT)).extracting(QuoteLine::amount)
                .containsExactly(eur("-340.00"));
    }
}
