package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.CHF;
import static io.github.servicecontract.pricing.Examples.eur;
import static io.github.servicecontract.pricing.Examples.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.TierId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositionTest {

    private static final RegionCode ZURICH = RegionCode.parse("CH-ZH");
    private static final RateTable SWISS = RateTable.builder(CHF)
            .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, RegionCode.ofCountry("CH")).withRole(Role.TECHNICIAN), "137.33")
            .build();
    private static final PricingContext ZURICH_CALL = PricingContext.builder()
            .site(Examples.site("Haus Keller, Zürich", ZURICH, Distance.ofKilometres(9), 12, 2, CHF))
            .tier(Examples.onDemandTier("standard", ZURICH, "Europe/Zurich")).terms(Examples.LYON_CONTEXT.terms()).rates(SWISS)
            .usage(Usage.of(Intervention.onSite(LocalDate.of(2026, 5, 5), Duration.ofMinutes(70))))
            .rounding(Rounding.toIncrement(new BigDecimal("0.05"), RoundingMode.HALF_UP, Rounding.Step.ON_TOTAL)).build();

    @Test
    void roundingOnTheTotal_addsOneRoundingLine_soTheTotalIsStillTheSumOfLines() {
        Quote quote = Quote.of(ZURICH_CALL, PricingRules.onSiteLabour());
        assertThat(quote.lines().get(0).amount()).isEqualTo(money("171.6625", CHF));
        QuoteLine rounding = quote.lines().get(1);
        assertThat(rounding.component()).isEqualTo(CostComponent.ROUNDING);
        assertThat(rounding.amount()).isEqualTo(money("-0.0125", CHF));
        assertThat(rounding.trace().rule()).isEqualTo("rounding");
        assertThat(rounding.trace().steps()).extracting(step -> step.key().id(), TraceStep::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("exact-total", money("171.6625", CHF)),
                org.assertj.core.groups.Tuple.tuple("rounding", ZURICH_CALL.rounding()),
                org.assertj.core.groups.Tuple.tuple("difference", money("-0.0125", CHF)));
        assertThat(quote.total()).isEqualTo(money("171.65", CHF));
        assertThat(rounding.trace()).hasToString("rounding: exact-total=CHF 171.6625, rounding=" + ZURICH_CALL.rounding()
                + ", difference=CHF -0.0125");
        assertThat(quote.lines().get(0).toString()).contains("unitPrice=CHF 137.33, amount=CHF 171.6625");
    }

    @Test
    void roundingPerLine_roundsEachLineAndRecordsTheExactAmount() {
        PricingContext perLine = PricingContext.builder().from(ZURICH_CALL).rounding(Rounding.toCurrency(CHF, RoundingMode.HALF_UP,
                Rounding.Step.PER_LINE)).build();
        Quote quote = Quote.of(perLine, PricingRules.onSiteLabour());
        assertThat(quote.lines()).hasSize(1);
        assertThat(quote.total()).isEqualTo(money("171.66", CHF));
        assertThat(quote.lines().get(0).trace().valueOf(StandardTraceKey.EXACT_AMOUNT)).contains(money("171.6625", CHF));
        assertThat(quote.lines().get(0).trace().toString()).contains("amount=CHF 171.6625, exact-amount=CHF 171.6625, rounding=");
    }

    @Test
    void amountDiscount_neverTakesAPriceBelowZero() {
        Quote quote = Quote.of(Examples.LYON_CONTEXT, PricingRules.onSiteLabour()
                .andThen(PricingRules.discount(eur("500.00"), PricingRules.linesOf(CostComponent.ON_SITE_LABOUR))));
        assertThat(quote.total()).isEqualTo(eur("0.00"));
        assertThat(quote.lines().get(2).trace().valueOf(StandardTraceKey.APPLIED)).contains(eur("340.00"));
        Quote percent = Quote.of(Examples.LYON_CONTEXT, PricingRules.onSiteLabour()
                .andThen(PricingRules.discount(Percentage.of(100), line -> true)));
        assertThat(percent.total()).isEqualTo(eur("0.00"));
        assertThatIllegalArgumentException().isThrownBy(() -> PricingRules.discount(Percentage.of(101), line -> true))
                .withMessage("discount must be <= 100%, was 101%");
        assertThatIllegalArgumentException().isThrownBy(() -> PricingRules.discount(eur("-1.00"), line -> true))
                .withMessage("discount must be >= 0, was EUR -1.00");
    }

    @Test
    void discounts_neverDiscountEarlierDiscounts() {
        Quote quote = Quote.of(Examples.LYON_CONTEXT, PricingRules.onSiteLabour()
                .andThen(PricingRules.discount(Percentage.of(10), line -> true))
                .andThen(PricingRules.discount(Percentage.of(10), line -> true)));
        assertThat(quote.lines(PricingRules.linesIn(QuoteLine.Category.DISCOUNT))).extracting(QuoteLine::amount)
                .containsExactly(eur("-34.00"), eur("-34.00"));
    }

    @Test
    void when_andFirstMatch_chooseRules() {
        PricingRule goldOnly = PricingRules.when(PricingConditions.tierIs(TierId.of("gold")), PricingRules.flatFee());
        assertThat(Quote.of(Examples.LYON_CONTEXT, goldOnly).lines()).hasSize(1);
        assertThat(Quote.of(Examples.SATURDAY_CALL_OUT, goldOnly).lines()).isEmpty();
        PricingRule first = PricingRules.firstMatch(PricingRules.when(PricingConditions.regionWithin(RegionCode.ofCountry("IT")),
                PricingRules.flatFee()), PricingRules.perDevice(), PricingRules.perSubsystem());
        assertThat(Quote.of(Examples.LYON_CONTEXT, first).lines()).extracting(QuoteLine::component)
                .containsExactly(CostComponent.DEVICE_FEE);
        assertThat(PricingConditions.anyInterventionIn(TimeBand.SATURDAY).test(Examples.SATURDAY_CALL_OUT)).isTrue();
        assertThat(PricingConditions.anyEquipmentInWarranty().test(Examples.LYON_CONTEXT)).isTrue();
        assertThat(Quote.of(Examples.LYON_CONTEXT, PricingRules.firstMatch()).lines()).isEmpty();
    }

    @Test
    void scale_addsTheDifferenceAsAnAdjustment() {
        Quote quote = Quote.of(Examples.LYON_CONTEXT, PricingRules.scale(PricingRules.onSiteLabour(), Multiplier.of("0.5")));
        assertThat(quote.lines().get(2).amount()).isEqualTo(eur("-170.00"));
        assertThat(quote.total()).isEqualTo(eur("170.00"));
        // nothing billed, nothing to scale or bound: no adjustment line, the inner rule's lines alone
        PricingContext noUsage = PricingContext.builder().from(Examples.LYON_CONTEXT).usage(Usage.NONE).build();
        assertThat(Quote.of(noUsage, PricingRules.scale(PricingRules.onSiteLabour(), Multiplier.of("0.5"))).lines()).isEmpty();
        assertThat(Quote.of(noUsage, PricingRules.floor(PricingRules.onSiteLabour(), eur("99.00"))).lines()).isEmpty();
    }

    @Test
    void aVendorRule_isALambdaThatCombinesWithOurs() {
        PricingRule poolCare = draft -> draft.plus(QuoteLine.builder()
                .component(CostComponent.of("pool-care")).category(QuoteLine.Category.RECURRING)
                .billing(QuoteLine.Billing.BILLED).periodicity(QuoteLine.Periodicity.YEARLY)
                .quantity(BigDecimal.ONE).unit(Unit.ITEM)
                .unitPrice(draft.money("120.00")).amount(draft.money("120.00"))
                .trace(Trace.of("pool-care")).build());
        Quote quote = Quote.of(Examples.LYON_CONTEXT, Examples.LYON_GOLD_RULE.andThen(poolCare));
        // the prepay discount names its base, the firm price: it discounts the pool care added after it too
        assertThat(quote.total()).isEqualTo(eur("2175.50"));
        assertThat(quote.recurringPerYear()).isEqualTo(eur("1860.00"));
    }

    @Test
    void linesInAnotherCurrency_neverEnterADraft() {
        PricingRule dollars = draft -> draft.plus(QuoteLine.builder().component(CostComponent.of("import")).category(
                QuoteLine.Category.USAGE).part(QuotePart.FIRM).billing(QuoteLine.Billing.BILLED).quantity(BigDecimal.ONE).unit(Unit.ITEM)
                .unitPrice(Examples.usd("10.00")).amount(Examples.usd("10.00")).trace(Trace.of("import")).build());
        assertThatThrownBy(() -> Quote.of(Examples.LYON_CONTEXT, dollars)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("line.amount must be in the rate table's currency EUR, was USD 10.00");
        assertThatThrownBy(() -> Quote.of(Examples.LYON_CONTEXT, PricingRules.zoneFee(DistanceZones.of(List.of(
                DistanceZones.Zone.beyond(Examples.usd("30.00")))))))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void quoteLine_eachRuleIsEnforcedWithItsMessage() {
        QuoteLine.Builder fee = QuoteLine.builder().component(CostComponent.FLAT_FEE).category(QuoteLine.Category.RECURRING)
                .billing(QuoteLine.Billing.BILLED).quantity(BigDecimal.ONE).unit(Unit.ITEM).trace(Trace.of("x"));
        assertThatIllegalArgumentException().isThrownBy(() -> fee.unitPrice(eur("-1.00")).amount(eur("1.00")).build())
                .withMessage("unitPrice must be >= 0 for a RECURRING line, was EUR -1.00");
        assertThatIllegalArgumentException().isThrownBy(() -> fee.unitPrice(eur("1.00")).amount(eur("-1.00")).build())
                .withMessage("amount must be >= 0 for a RECURRING line, was EUR -1.00");
        assertThatIllegalArgumentException().isThrownBy(() -> fee.unitPrice(eur("1.00")).amount(eur("1.00"))
                .billing(QuoteLine.Billing.INCLUDED).build())
                .withMessage("amount must be zero for an INCLUDED line, was EUR 1.00");
        assertThatIllegalArgumentException().isThrownBy(() -> fee.billing(QuoteLine.Billing.BILLED).quantity(new BigDecimal("-1"))
                .build()).withMessage("quantity must be >= 0, was -1");
        // a refused amount is shown as it was given, not rounded to the currency's decimals (Moneta's toString shows EUR 0.00)
        assertThatIllegalArgumentException().isThrownBy(() -> fee.quantity(BigDecimal.ONE).unitPrice(eur("-0.004"))
                .amount(eur("1.00")).build()).withMessage("unitPrice must be >= 0 for a RECURRING line, was EUR -0.004");
        assertThatThrownBy(() -> fee.quantity(BigDecimal.ONE).amount(Examples.usd("1.00")).build())
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void tierCatalogue_eachRuleIsEnforcedWithItsMessage() {
        TierCatalogue.Offer basic = Examples.US_TIERS.offers().get(0);
        assertThatIllegalArgumentException().isThrownBy(() -> TierCatalogue.of(List.of(basic, basic)))
                .withMessage("offers must list each tier once, was basic");
        assertThatIllegalArgumentException().isThrownBy(() -> TierCatalogue.of(List.of()))
                .withMessage("offers must contain at least one tier, was []");
        assertThatIllegalArgumentException().isThrownBy(() -> Examples.US_TIERS.offer(TierId.of("gold")))
                .withMessage("tier must be in the catalogue [basic, plus, premier], was gold");
        assertThat(Examples.US_TIERS.offer(TierId.of("plus")).tier().id()).isEqualTo(TierId.of("plus"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TierComparison.of(Examples.US_YEAR, Examples.US_TIERS).quote(TierId.of("gold")))
                .withMessage("tier must be one of the compared tiers, was gold");
    }

    @Test
    void usageBeforeTheTerms_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> PricingContext.builder().from(Examples.LYON_CONTEXT)
                .usage(Usage.of(Intervention.onSite(LocalDate.of(2025, 12, 31), Duration.ofHours(1)))).build())
                .withMessage("usage.interventions[0].day must not be before the start of the terms 2026-01-01, was 2025-12-31");
    }
}
