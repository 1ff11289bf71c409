package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.CHF;
import static io.github.servicecontract.pricing.Examples.eur;
import static io.github.servicecontract.pricing.Examples.money;
import static io.github.servicecontract.pricing.Examples.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseParameter;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.DateWindow;
import io.github.servicecontract.model.Escalation;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.Renewal;
import io.github.servicecontract.model.RenewalDates;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.Term;
import io.github.servicecontract.pricing.billing.Allocator;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import io.github.servicecontract.pricing.billing.EscalationStep;
import io.github.servicecontract.pricing.billing.Invoice;
import io.github.servicecontract.pricing.billing.PlanPrices;
import io.github.servicecontract.pricing.billing.Proration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

class BillingTest {

    static final Rounding CENTS = Rounding.toScale(2, RoundingMode.HALF_UP, Rounding.Step.PER_LINE);
    static final Rounding FIVE_RAPPEN = Rounding.toIncrement(new BigDecimal("0.05"), RoundingMode.HALF_UP, Rounding.Step.PER_LINE);
    static final BillingPolicy FRENCH_VAT = BillingPolicy.builder().taxation(Taxation.of(TaxRate.FRANCE)).build();

    /** A quote whose only recurring line is a flat fee of {@code perMonth}, under {@code terms}. */
    static Quote flatFeeQuote(String perMonth, ContractTerms terms) {
        RateTable rates = RateTable.builder(Examples.EUR).rate(RateKey.of(CostComponent.FLAT_FEE, Examples.LYON), perMonth).build();
        PricingContext context = PricingContext.builder().from(Examples.LYON_CONTEXT).terms(terms).rates(rates)
                .usage(Usage.NONE).pricingDay(terms.start()).build();
        return Quote.of(context, PricingRules.flatFee());
    }

    static ContractTerms terms(LocalDate start, int months, BillingFrequency frequency) {
        return ContractTerms.builder().start(start).term(Term.ofMonths(months)).billingFrequency(frequency).build();
    }

    @Test
    void eachInvoice_isDueThePaymentTermAfterItsIssue_onReceiptByDefault() {
        ContractTerms quarterly = terms(LocalDate.of(2026, 1, 1), 12, BillingFrequency.QUARTERLY);
        assertThat(BillingSchedule.of(flatFeeQuote("60.00", quarterly), FRENCH_VAT).invoices())
                .allSatisfy(invoice -> assertThat(invoice.due()).isEqualTo(invoice.issued()));
        ContractTerms thirtyDays = ContractTerms.builder().from(quarterly).paymentTerm(java.time.Period.ofDays(30)).build();
        assertThat(BillingSchedule.of(flatFeeQuote("60.00", thirtyDays), FRENCH_VAT).invoices()).extracting(Invoice::due)
                .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31), LocalDate.of(2026, 10, 31));
        assertThatIllegalArgumentException().isThrownBy(() -> new Invoice(1, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31),
                new io.github.servicecontract.model.DateWindow(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)), eur("1.00"),
                eur("0.00"), eur("0.20"), eur("0.00"), Trace.of("x"))).withMessage("due must not be before the day of issue 2026-02-01,"
                + " was 2026-01-31");
    }

    @Test
    void allocation_putsTheResidualOnOneInstalment() {
        List<MonetaryAmount> twelve = Allocator.of(CENTS, Allocator.Residual.LAST).split(usd("6800.00"), 12);
        assertThat(twelve.subList(0, 11)).containsOnly(usd("566.67"));
        assertThat(twelve.get(11)).isEqualTo(usd("566.63"));
        List<MonetaryAmount> first = Allocator.of(CENTS, Allocator.Residual.FIRST).split(usd("6800.00"), 12);
        assertThat(first.get(0)).isEqualTo(usd("566.63"));
        assertThat(first.subList(1, 12)).containsOnly(usd("566.67"));
    }

    @Test
    void allocation_inSwissCash_keepsEveryInstalmentPayable() {
        List<MonetaryAmount> twelve = Allocator.of(FIVE_RAPPEN, Allocator.Residual.LAST).split(money("1681.90", CHF), 12);
        assertThat(twelve.subList(0, 11)).containsOnly(money("140.15", CHF));
        assertThat(twelve.get(11)).isEqualTo(money("140.25", CHF));
        assertThat(Allocator.of(FIVE_RAPPEN, Allocator.Residual.LAST).split(money("0.10", CHF), 4))
                .as("half-up shares would leave -0.05: shares go towards zero instead")
                .containsExactly(money("0.00", CHF), money("0.00", CHF), money("0.00", CHF), money("0.10", CHF));
    }

    @Test
    void allocation_byRatios() {
        assertThat(Allocator.of(CENTS, Allocator.Residual.LAST).byRatios(eur("100.00"),
                List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(2))))
                .containsExactly(eur("25.00"), eur("25.00"), eur("50.00"));
        assertThat(Allocator.of(CENTS, Allocator.Residual.FIRST).byRatios(eur("100.00"),
                List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)))
                .containsExactly(eur("33.34"), eur("33.33"), eur("33.33"));
        assertThat(Allocator.of(CENTS, Allocator.Residual.LAST).split(eur("-100.00"), 3))
                .containsExactly(eur("-33.33"), eur("-33.33"), eur("-33.34"));
    }

    @Test
    void allocation_invalidInput_isRejected() {
        Allocator allocator = Allocator.of(FIVE_RAPPEN, Allocator.Residual.LAST);
        assertThatIllegalArgumentException().isThrownBy(() -> allocator.split(money("100.00", CHF), 0))
                .withMessage("parts must be >= 1, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> allocator.split(money("1681.93", CHF), 12))
                .withMessage("amount must be a multiple of the rounding increment 0.05, was 1681.93");
        assertThatIllegalArgumentException().isThrownBy(() -> allocator.byRatios(money("1.00", CHF), List.of()))
                .withMessage("ratios must contain at least one ratio, was []");
        assertThatIllegalArgumentException().isThrownBy(() -> allocator.byRatios(money("1.00", CHF),
                List.of(BigDecimal.ONE, BigDecimal.valueOf(-1)))).withMessage("ratios[1] must be >= 0, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> allocator.byRatios(money("1.00", CHF),
                List.of(BigDecimal.ZERO))).withMessage("ratios must not all be zero, was [0]");
    }

    @Test
    void proration_byDayNoneOrFull() {
        BigDecimal plan = new BigDecimal("56.00");
        assertThat(Proration.BY_DAY.apply(plan, 22, 31, CENTS)).isEqualByComparingTo("39.74");
        assertThat(Proration.NONE.apply(plan, 22, 31, CENTS)).isEqualByComparingTo("0");
        assertThat(Proration.FULL_PERIOD.apply(plan, 22, 31, CENTS)).isEqualByComparingTo("56.00");
        assertThat(Proration.NONE.apply(plan, 31, 31, CENTS)).isEqualByComparingTo("56.00");
        assertThat(Proration.BY_DAY.apply(plan, 0, 31, CENTS)).as("no day covered").isEqualByComparingTo("0.00");
        assertThat(Proration.BY_DAY.apply(plan, 1, 1, CENTS)).as("a one-day period").isEqualByComparingTo("56.00");
        assertThatIllegalArgumentException().isThrownBy(() -> Proration.BY_DAY.apply(plan, -1, 31, CENTS))
                .withMessage("coveredDays must be between 0 and periodDays 31, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> Proration.BY_DAY.apply(plan, 32, 31, CENTS))
                .withMessage("coveredDays must be between 0 and periodDays 31, was 32");
        assertThatIllegalArgumentException().isThrownBy(() -> Proration.BY_DAY.apply(plan, 0, 0, CENTS))
                .withMessage("periodDays must be >= 1, was 0");
    }

    @Test
    void example1_billedAnnually_oneInvoiceOfTheFirmPrice_theQuotesOwnFigures() {
        Quote quote = Quote.of(Examples.LYON_CONTEXT, Examples.LYON_GOLD_RULE);
        BillingSchedule schedule = BillingSchedule.of(quote, FRENCH_VAT);
        assertThat(schedule.invoices()).singleElement().satisfies(invoice -> {
            assertThat(invoice.issued()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(invoice.covers()).isEqualTo(new DateWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
            assertThat(invoice.firm()).isEqualTo(eur("2061.50"));
            assertThat(invoice.tax()).isEqualTo(eur("412.30"));
            assertThat(invoice.cashRounding()).isEqualTo(eur("0.00"));
            assertThat(invoice.total()).isEqualTo(eur("2473.80"));
            assertThat(invoice.shown(TaxDisplay.TAX_EXCLUSIVE)).isEqualTo(eur("2061.50"));
            assertThat(invoice.shown(TaxDisplay.TAX_INCLUSIVE)).isEqualTo(eur("2473.80"));
        });
        assertThat(schedule.totalIncludingTax()).isEqualTo(quote.committed(Taxation.of(TaxRate.FRANCE)).payable());
    }

    @Test
    void aTierWithoutPrepayDiscount_isInvoicedWithoutOne() {
        Quote quote = flatFeeQuote("145.00", ContractTerms.builder().from(terms(LocalDate.of(2026, 1, 1), 12, BillingFrequency.ANNUAL))
                .prepayDiscount(Percentage.of(5)).build());
        assertThat(quote.context().terms().prepayDiscount()).isEqualTo(Percentage.of(5));
        assertThat(BillingSchedule.of(quote, FRENCH_VAT).invoices()).singleElement()
                .satisfies(invoice -> assertThat(invoice.firm()).isEqualTo(eur("1740.00")));
    }

    @Test
    void genevaContract_billedMonthly_twelveInstalmentsAddUpToThePayableTotal() {
        RegionCode geneva = RegionCode.parse("CH-GE");
        RateTable rates = RateTable.builder(CHF).rate(RateKey.of(CostComponent.FLAT_FEE, geneva), "100.00")
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, geneva).withRole(Role.TECHNICIAN), "165.00").build();
        ContractTerms terms = ContractTerms.builder().from(terms(LocalDate.of(2026, 1, 1), 12, BillingFrequency.MONTHLY))
                .prepayDiscount(Percentage.of(5)).build();
        PricingContext context = PricingContext.builder()
                .site(Examples.site("Villa Rochat", geneva, io.github.servicecontract.model.Distance.ofKilometres(5), 10, 2, CHF))
                .tier(Examples.onDemandTier("standard", geneva, "Europe/Zurich")).terms(terms).rates(rates)
                .usage(Usage.of(Intervention.onSite(LocalDate.of(2026, 3, 2), java.time.Duration.ofHours(1)),
                        Intervention.onSite(LocalDate.of(2026, 6, 1), java.time.Duration.ofHours(1)),
                        Intervention.onSite(LocalDate.of(2026, 9, 1), java.time.Duration.ofHours(1)),
                        Intervention.onSite(LocalDate.of(2026, 10, 6), java.time.Duration.ofHours(2))
                                .withCommitment(Commitment.ESTIMATED)))
                .build();
        Quote quote = Quote.of(context, PricingRules.sum(PricingRules.flatFee(), PricingRules.onSiteLabour(),
                PricingRules.prepayDiscount()));
        Taxation swiss = Taxation.standardFor(geneva).orElseThrow();
        assertThat(quote.firmPrice()).isEqualTo(money("1610.25", CHF));
        assertThat(quote.subtotal(QuotePart.ESTIMATE)).as("the call-out is estimated, not discounted").isEqualTo(money("330.00", CHF));
        TaxedAmount payable = quote.committed(swiss);
        assertThat(payable.tax()).isEqualTo(money("130.43", CHF));
        assertThat(payable.includingTax()).isEqualTo(money("1740.68", CHF));
        assertThat(payable.payable()).isEqualTo(money("1740.70", CHF));
        BillingSchedule schedule = BillingSchedule.of(quote, BillingPolicy.builder().taxation(swiss).build());
        assertThat(schedule.invoices()).hasSize(12).allSatisfy(invoice -> {
            assertThat(FIVE_RAPPEN.isRounded(invoice.total().getNumber().numberValueExact(BigDecimal.class))).isTrue();
            assertThat(invoice.cashRounding().abs()).isLessThanOrEqualTo(money("0.05", CHF));
        });
        assertThat(schedule.totalExcludingTax()).isEqualTo(money("1610.25", CHF));
        assertThat(schedule.totalTax()).isEqualTo(money("130.43", CHF));
        assertThat(schedule.totalIncludingTax()).isEqualTo(money("1740.70", CHF));
    }

    @Test
    void monthlyPlanStartedMidMonth_proratesTheFirstAndLastPeriods() {
        Quote quote = flatFeeQuote("56.00", terms(LocalDate.of(2026, 3, 10), 12, BillingFrequency.MONTHLY));
        BillingSchedule schedule = BillingSchedule.of(quote, BillingPolicy.builder().from(FRENCH_VAT).anchorDay(1).build());
        List<Invoice> invoices = schedule.invoices();
        assertThat(invoices).hasSize(13);
        assertThat(invoices.get(0).covers()).isEqualTo(new DateWindow(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 31)));
        assertThat(invoices.get(0).firm()).isEqualTo(eur("39.74"));
        assertThat(invoices.get(1).issued()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(invoices.get(1).firm()).isEqualTo(eur("56.00"));
        assertThat(invoices.get(12).covers()).isEqualTo(new DateWindow(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 9)));
        assertThat(invoices.get(12).firm()).isEqualTo(eur("16.26"));
        assertThat(schedule.totalExcludingTax()).isEqualTo(eur("672.00"));
        assertThat(invoices.get(0).trace().valueOf(StandardTraceKey.DAYS_COVERED)).contains(22L);
    }

    @Test
    void anchorOnThe31st_clampsToTheEndOfShorterMonths() {
        Quote quote = flatFeeQuote("30.00", terms(LocalDate.of(2026, 1, 31), 4, BillingFrequency.MONTHLY));
        assertThat(BillingSchedule.of(quote, FRENCH_VAT).invoices()).extracting(Invoice::issued).containsExactly(
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        Quote leap = flatFeeQuote("30.00", terms(LocalDate.of(2028, 1, 31), 2, BillingFrequency.MONTHLY));
        assertThat(BillingSchedule.of(leap, FRENCH_VAT).invoices().get(1).issued()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void leapDayStart_theAnniversaryFallsOnThe28th_andEachYearSumsExactly() {
        Quote quote = flatFeeQuote("0.19", terms(LocalDate.of(2024, 2, 29), 24, BillingFrequency.MONTHLY));
        BillingSchedule schedule = BillingSchedule.of(quote, FRENCH_VAT);
        assertThat(schedule.invoices()).hasSize(24);
        Invoice thirteenth = schedule.invoices().get(12);
        assertThat(thirteenth.issued()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(thirteenth.trace().valueOf(StandardTraceKey.CONTRACT_YEAR)).contains(2);
        assertThat(schedule.totalExcludingTax()).isEqualTo(eur("4.56"));
        assertThat(schedule.invoices().get(11).firm()).as("the year's residual").isEqualTo(eur("0.19"));
    }

    @Test
    void fixedEscalation_raisesEachAnniversaryFromTheRightDate() {
        ContractTerms threeYears = ContractTerms.builder().from(Examples.LYON_CONTEXT.terms()).term(Term.ofYears(3))
                .escalation(Escalation.fixed(Percentage.of(3), Period.ofMonths(2))).build();
        Quote quote = Quote.of(PricingContext.builder().from(Examples.LYON_CONTEXT).terms(threeYears).build(), Examples.LYON_GOLD_RULE);
        BillingSchedule schedule = BillingSchedule.of(quote, FRENCH_VAT);
        assertThat(schedule.yearlyAmounts()).containsExactly(eur("2061.50"), eur("2123.35"), eur("2187.05"));
        assertThat(schedule.invoices()).extracting(Invoice::issued).containsExactly(LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1));
        assertThat(schedule.escalations()).hasSize(2).first().satisfies(step -> {
            assertThat(step.anniversary()).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(step.noticeBy()).isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(step.before()).isEqualTo(eur("2061.50"));
            assertThat(step.after()).isEqualTo(eur("2123.35"));
        });
        assertThat(schedule.totalExcludingTax()).isEqualTo(eur("6371.90"));
    }

    @Test
    void indexedEscalation_isCapped_andNeedsEveryIndexValue() {
        ContractTerms twoYears = ContractTerms.builder().start(LocalDate.of(2026, 1, 1)).term(Term.ofYears(3))
                .billingFrequency(BillingFrequency.QUARTERLY)
                .escalation(Escalation.indexed("INSEE Syntec", Percentage.of(4), Period.ofMonths(3))).build();
        Quote quote = flatFeeQuote("100.00", twoYears);
        BillingSchedule schedule = BillingSchedule.of(quote, BillingPolicy.builder().from(FRENCH_VAT)
                .putIndexChanges(1, Percentage.of(5)).putIndexChanges(2, Percentage.of(2)).build());
        assertThat(schedule.yearlyAmounts()).containsExactly(eur("1200.00"), eur("1248.00"), eur("1272.96"));
        assertThat(schedule.escalations()).extracting(EscalationStep::rate).containsExactly(Percentage.of(4), Percentage.of(2));
        assertThat(schedule.invoices()).hasSize(12);
        assertThat(schedule.invoices().get(4).firm()).isEqualTo(eur("312.00"));
        assertThatIllegalArgumentException().isThrownBy(() -> BillingSchedule.of(quote, BillingPolicy.builder().from(FRENCH_VAT)
                .putIndexChanges(1, Percentage.of(5)).build()))
                .withMessage("indexChanges[2] must give the change of INSEE Syntec for the anniversary of 2028-01-01, was absent");
    }

    @Test
    void swissSchedule_billsMultiplesOfFiveRappen() {
        RateTable rates = RateTable.builder(CHF).rate(RateKey.of(CostComponent.FLAT_FEE, RegionCode.parse("CH-ZH")), "140.1583")
                .build();
        PricingContext context = PricingContext.builder()
                .site(Examples.site("Haus Keller", RegionCode.parse("CH-ZH"), io.github.servicecontract.model.Distance.ofKilometres(5), 10, 2, CHF))
                .tier(Examples.onDemandTier("standard", RegionCode.parse("CH-ZH"), "Europe/Zurich"))
                .terms(terms(LocalDate.of(2026, 1, 1), 12, BillingFrequency.MONTHLY)).rates(rates).build();
        Quote quote = Quote.of(context, PricingRules.flatFee());
        Taxation swiss = Taxation.of(TaxRate.SWITZERLAND).withCashRounding(money("0.05", CHF));
        BillingSchedule schedule = BillingSchedule.of(quote, BillingPolicy.builder().taxation(swiss).build());
        assertThat(schedule.yearlyAmounts()).containsExactly(money("1681.90", CHF));
        assertThat(schedule.invoices()).extracting(Invoice::firm).containsSequence(money("140.16", CHF), money("140.16", CHF))
                .endsWith(money("140.14", CHF));
        assertThat(schedule.invoices()).allSatisfy(invoice -> {
            assertThat(FIVE_RAPPEN.isRounded(invoice.total().getNumber().numberValueExact(BigDecimal.class))).isTrue();
        });
        assertThat(schedule.totalExcludingTax()).isEqualTo(money("1681.90", CHF));
        // tax once, at 8.1 % of 1,681.90 = 136.23 (not 136.25), and the payable total rounded to 0.05 after tax, as the quote's
        assertThat(schedule.totalTax()).isEqualTo(money("136.23", CHF)).isEqualTo(quote.committed(swiss).tax());
        assertThat(schedule.totalIncludingTax()).isEqualTo(money("1818.15", CHF)).isEqualTo(quote.committed(swiss).payable());
    }

    @Test
    void aQuoteThatLeavesUsageUnpriced_isNeverScheduled() {
        Quote flatOnly = Quote.of(Examples.LYON_CONTEXT, PricingRules.flatFee());
        assertThat(flatOnly.unpricedUsage().interventions()).hasSize(2);
        assertThat(flatOnly.unpricedUsage()).hasToString("2 on-site interventions");
        assertThatIllegalArgumentException().isThrownBy(() -> BillingSchedule.of(flatOnly, FRENCH_VAT))
                .withMessage("quote of tier gold leaves 2 on-site interventions unpriced: no rule prices on-site labour");
        Quote priced = Quote.of(Examples.LYON_CONTEXT, Examples.LYON_GOLD_RULE);
        assertThat(priced.unpricedUsage()).isEqualTo(Usage.NONE).hasToString("no usage");
        assertThat(priced.requireUsagePriced()).isSameAs(priced);
        Usage everyKind = Usage.builder().addInterventions(Intervention.onSite(LocalDate.of(2026, 3, 10), Duration.ofHours(1)),
                Intervention.remote(LocalDate.of(2026, 4, 2), Duration.ofMinutes(30))).remoteTickets(3).systemUpdates(2).build();
        RateTable everyRate = RateTable.builder(Examples.EUR).effective(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))
                .rate(RateKey.of(CostComponent.FLAT_FEE, Examples.LYON).withTier(Examples.GOLD_ID), "60.00")
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, RegionCode.ofCountry("FR")).withRole(Role.TECHNICIAN), "85.00")
                .rate(RateKey.of(CostComponent.REMOTE_LABOUR, RegionCode.ofCountry("FR")).withRole(Role.TECHNICIAN), "75.00")
                .rate(RateKey.of(CostComponent.REMOTE_TICKET, RegionCode.ofCountry("FR")), "35.00")
                .rate(RateKey.of(CostComponent.SYSTEM_UPDATE, RegionCode.ofCountry("FR")), "60.00").build();
        PricingContext busy = PricingContext.builder().from(Examples.LYON_CONTEXT).usage(everyKind).rates(everyRate).build();
        assertThatIllegalArgumentException().isThrownBy(() -> Quote.of(busy, PricingRules.flatFee()).requireUsagePriced())
                .withMessage("quote of tier gold leaves 1 on-site intervention, 1 remote intervention, 3 remote tickets, 2 system updates"
                        + " unpriced: no rule prices on-site labour, remote labour, remote tickets, system updates");
        Quote remoteOnly = Quote.of(busy, PricingRules.sum(PricingRules.remoteLabour(), PricingRules.remoteTickets()));
        assertThat(remoteOnly.unpricedUsage()).hasToString("1 on-site intervention, 2 system updates");
        assertThat(Quote.of(busy, PricingRules.sum(PricingRules.onSiteLabour(), PricingRules.remoteLabour(), PricingRules.remoteTickets(),
                PricingRules.systemUpdates())).unpricedUsage()).isEqualTo(Usage.NONE);
    }

    @Test
    void oneOffCharges_goOnTheFirstInvoice() {
        PricingContext noVisits = PricingContext.builder().from(Examples.LYON_CONTEXT).usage(Usage.NONE).build();
        Quote quote = Quote.of(noVisits, PricingRules.flatFee().andThen(
                PricingRules.extendedWarranty(Map.of(24, Percentage.of(18)), 24)));
        BillingSchedule schedule = BillingSchedule.of(quote, FRENCH_VAT);
        assertThat(schedule.invoices().get(0).oneOff()).isEqualTo(eur("810.00"));
        assertThat(schedule.invoices().get(0).amount()).as("no prepay-discount rule, no discount").isEqualTo(eur("1530.00"));
        assertThat(schedule.invoices().get(0).tax()).isEqualTo(eur("306.00"));
        // the prepay discount is taken off the firm price only, as the quote shows it, and the schedule invoices the quote's figures
        Quote discounted = Quote.of(noVisits, PricingRules.sum(PricingRules.flatFee(),
                PricingRules.extendedWarranty(Map.of(24, Percentage.of(18)), 24), PricingRules.prepayDiscount()));
        assertThat(discounted.sumOf(PricingRules.linesIn(QuoteLine.Category.DISCOUNT))).isEqualTo(eur("-36.00"));
        BillingSchedule discountedSchedule = BillingSchedule.of(discounted, FRENCH_VAT);
        assertThat(discountedSchedule.invoices().get(0).oneOff()).isEqualTo(eur("810.00"));
        assertThat(discountedSchedule.invoices().get(0).firm()).isEqualTo(eur("684.00"));
        assertThat(discountedSchedule.totalIncludingTax()).isEqualTo(discounted.committed(Taxation.of(TaxRate.FRANCE)).payable())
                .isEqualTo(eur("1792.80"));
    }

    @Test
    void openEndedTerms_areScheduledOverTheHorizon() {
        ContractTerms open = ContractTerms.builder().start(LocalDate.of(2026, 1, 1)).term(Term.openEnded())
                .billingFrequency(BillingFrequency.QUARTERLY).build();
        BillingSchedule schedule = BillingSchedule.of(flatFeeQuote("50.00", open), BillingPolicy.builder().from(FRENCH_VAT)
                .openEndedMonths(24).build());
        assertThat(schedule.invoices()).hasSize(8);
        assertThat(schedule.invoices().get(7).covers().lastDay()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(schedule.continuesFrom()).contains(LocalDate.of(2028, 1, 1));
        assertThat(schedule.toString()).endsWith(", continues from 2028-01-01]");
        // an anchor day cuts the horizon's last period short: invoicing continues from the day after it
        BillingSchedule anchored = BillingSchedule.of(flatFeeQuote("50.00", ContractTerms.builder().from(open)
                .start(LocalDate.of(2026, 1, 10)).build()), BillingPolicy.builder().from(FRENCH_VAT).anchorDay(1).build());
        assertThat(anchored.invoices().get(anchored.invoices().size() - 1).covers().lastDay()).isEqualTo(LocalDate.of(2027, 1, 9));
        assertThat(anchored.continuesFrom()).contains(LocalDate.of(2027, 1, 10));
        // a fixed term is scheduled whole; the same invoices with and without a continuation are different schedules
        ContractTerms fixed = ContractTerms.builder().from(open).term(Term.ofMonths(24)).build();
        BillingSchedule whole = BillingSchedule.of(flatFeeQuote("50.00", fixed), FRENCH_VAT);
        assertThat(whole.continuesFrom()).isEmpty();
        assertThat(whole.invoices()).isEqualTo(schedule.invoices());
        assertThat(whole).isNotEqualTo(schedule).isEqualTo(BillingSchedule.of(flatFeeQuote("50.00", fixed), FRENCH_VAT));
        assertThat(whole.hashCode()).isNotEqualTo(schedule.hashCode());
        // the same invoices under another country's tax of the same rate are another schedule
        BillingSchedule untaxed = BillingSchedule.of(flatFeeQuote("50.00", fixed), BillingPolicy.builder().taxation(Taxation.of(TaxRate.UNITED_STATES))
                .build());
        BillingSchedule elsewhere = BillingSchedule.of(flatFeeQuote("50.00", fixed), BillingPolicy.builder()
                .taxation(Taxation.of(TaxRate.of(RegionCode.ofCountry("HK"), Percentage.ZERO))).build());
        assertThat(elsewhere.invoices()).isEqualTo(untaxed.invoices());
        assertThat(elsewhere).isNotEqualTo(untaxed);
        assertThat(elsewhere.taxation().rate().country()).isEqualTo(RegionCode.ofCountry("HK"));
    }

    @Test
    void schedule_namesTheServicesItsTierBillsWhenUsed_whichNoInvoiceIncludes() {
        ContractTerms yearly = terms(LocalDate.of(2026, 1, 1), 12, BillingFrequency.ANNUAL);
        BillingSchedule schedule = BillingSchedule.of(flatFeeQuote("50.00", yearly), FRENCH_VAT);
        assertThat(schedule.billedWhenUsed()).containsExactlyInAnyOrder(ChargeableService.REMOTE_SUPPORT,
                ChargeableService.ON_SITE_VISIT, ChargeableService.SYSTEM_UPDATE, ChargeableService.TRAVEL);
        ServiceTier updatesIncluded = ServiceTier.builder().from(Examples.LYON_GOLD)
                .addClauses(Clause.of(StandardClause.SYSTEM_UPDATES, ClauseParameter.UPDATES, ParameterValue.count(4)))
                .quotas(io.github.servicecontract.model.IncludedQuotas.builder().from(Examples.LYON_GOLD.quotas()).systemUpdatesPerYear(4)
                        .build())
                .billedOnDemand(Set.of(ChargeableService.REMOTE_SUPPORT, ChargeableService.ON_SITE_VISIT, ChargeableService.TRAVEL))
                .build();
        Quote quote = Quote.of(PricingContext.builder().from(flatFeeQuote("50.00", yearly).context()).tier(updatesIncluded).build(),
                PricingRules.flatFee());
        BillingSchedule remote = BillingSchedule.of(quote, FRENCH_VAT);
        assertThat(remote.billedWhenUsed()).containsExactlyInAnyOrder(ChargeableService.REMOTE_SUPPORT,
                ChargeableService.ON_SITE_VISIT, ChargeableService.TRAVEL);
        // the same invoices, leaving other services to be billed when used, are another schedule
        assertThat(remote.invoices()).isEqualTo(schedule.invoices());
        assertThat(remote).isNotEqualTo(schedule).isEqualTo(BillingSchedule.of(quote, FRENCH_VAT));
        assertThat(remote.hashCode()).isNotEqualTo(schedule.hashCode());
    }

    @Test
    void policy_invalidInput_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> BillingPolicy.builder().from(FRENCH_VAT).anchorDay(32).build())
                .withMessage("anchorDay must be between 1 and 31, was 32");
        assertThatIllegalArgumentException().isThrownBy(() -> BillingPolicy.builder().from(FRENCH_VAT).openEndedMonths(0).build())
                .withMessage("openEndedMonths must be between 1 and 120, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> BillingPolicy.builder().from(FRENCH_VAT).openEndedMonths(1_000_000).build())
                .withMessage("openEndedMonths must be between 1 and 120, was 1000000");
        assertThat(BillingPolicy.builder().from(FRENCH_VAT).openEndedMonths(120).build().openEndedMonths()).isEqualTo(120);
        assertThatIllegalArgumentException().isThrownBy(() -> BillingPolicy.builder().from(FRENCH_VAT)
                .putIndexChanges(0, Percentage.of(2)).build()).withMessage("indexChanges anniversary must be >= 1, was 0");
    }

    @Test
    void example5_savingsOfEachFrequencyAgainstMonthly() {
        PlanPrices plan = PlanPrices.of(Map.of(BillingFrequency.MONTHLY, usd("56.00"), BillingFrequency.QUARTERLY, usd("165.00"),
                BillingFrequency.ANNUAL, usd("612.00")));
        assertThat(plan.perYear(BillingFrequency.MONTHLY)).isEqualTo(usd("672.00"));
        assertThat(plan.perYear(BillingFrequency.QUARTERLY)).isEqualTo(usd("660.00"));
        assertThat(plan.savingsVersusMonthly(BillingFrequency.ANNUAL)).isEqualTo(Percentage.of("8.93"));
        assertThat(plan.savingsVersusMonthly(BillingFrequency.QUARTERLY)).isEqualTo(Percentage.of("1.79"));
        assertThat(plan.savingsVersusMonthly(BillingFrequency.MONTHLY)).isEqualTo(Percentage.ZERO);
        assertThatIllegalArgumentException().isThrownBy(() -> plan.perYear(BillingFrequency.SEMI_ANNUAL))
                .withMessage("frequency must be one of the plan's [MONTHLY, QUARTERLY, ANNUAL], was SEMI_ANNUAL");
        assertThatIllegalArgumentException().isThrownBy(() -> PlanPrices.of(Map.of(BillingFrequency.ANNUAL, usd("612.00"))))
                .withMessage("pricePerPeriod must include MONTHLY, was [ANNUAL]");
        assertThatIllegalArgumentException().isThrownBy(() -> PlanPrices.of(Map.of(BillingFrequency.MONTHLY, usd("-1.00"))))
                .withMessage("pricePerPeriod[MONTHLY] must be >= 0, was USD -1.00");
    }
}
