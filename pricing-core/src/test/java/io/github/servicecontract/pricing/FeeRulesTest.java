package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static io.github.servicecontract.pricing.Examples.GOLD_ID;
import static io.github.servicecontract.pricing.Examples.LYON;
import static io.github.servicecontract.pricing.Examples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.ClauseParameter;
import io.github.servicecontract.model.Equipment;
import io.github.servicecontract.model.IncludedQuotas;
import io.github.servicecontract.model.Monitoring;
import io.github.servicecontract.model.Obsolescence;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.StandardClause;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeeRulesTest {

    private static final RateTable FEES = RateTable.builder(EUR)
            .rate(RateKey.of(CostComponent.SITE_FEE, LYON), "30.00")
            .rate(RateKey.of(CostComponent.of("device-block-fee"), LYON), "8.00")
            .rate(RateKey.of(CostComponent.DEVICE_MONITORING, LYON), "0.50")
            .rate(RateKey.of(CostComponent.SITE_MONITORING, LYON), "19.00")
            .rate(RateKey.of(CostComponent.DEVICE_UPDATES, LYON), "12.00")
            .rate(RateKey.of(CostComponent.SYSTEM_UPDATE, LYON), "60.00")
            .rate(RateKey.of(CostComponent.REMOTE_TICKET, LYON), "35.00")
            .rate(RateKey.of(CostComponent.FLAT_FEE, LYON).withTier(GOLD_ID), "60.00")
            .build();

    private static final ServiceTier MONITORED = ServiceTier.builder().from(Examples.LYON_GOLD).monitoring(Monitoring.PROACTIVE)
            .addBilledOnDemand(ChargeableService.MONITORING).build();

    private static final ServiceTier ALL_INCLUDED = ServiceTier.builder().from(MONITORED)
            .quotas(IncludedQuotas.builder().systemUpdatesPerYear(2).build())
            .addClauses(Clause.of(StandardClause.PROACTIVE_MONITORING),
                    Clause.of(StandardClause.SYSTEM_UPDATES, ClauseParameter.UPDATES, ParameterValue.count(2)),
                    Clause.of(StandardClause.REMOTE_SUPPORT, ClauseParameter.HOURS, ParameterValue.duration(java.time.Duration.ZERO)))
            .billedOnDemand(List.of(ChargeableService.ON_SITE_VISIT, ChargeableService.TRAVEL, ChargeableService.SYSTEM_UPDATE))
            .build();

    private static PricingContext context(ServiceTier tier, Usage usage) {
        return PricingContext.builder().from(Examples.LYON_CONTEXT).rates(FEES).tier(tier).usage(usage).build();
    }

    private static PricingContext context() {
        return context(Examples.LYON_GOLD, Usage.NONE);
    }

    @Test
    void perSite_isAMonthlyFeeCountedOverAYear() {
        Quote quote = Quote.of(context(), PricingRules.perSite());
        assertThat(quote.recurringPerYear()).isEqualTo(eur("360.00"));
        assertThat(quote.recurringPer(BillingFrequency.QUARTERLY)).isEqualTo(eur("90.00"));
    }

    @Test
    void percentOfInstalledValue_isAYearlyFee() {
        Site installed = Site.builder().from(Examples.LYON_SITE).installedProductValue(eur("70000.00"))
                .installedLabourValue(eur("15000.00")).build();
        PricingContext context = PricingContext.builder().from(context()).site(installed).build();
        Quote both = Quote.of(context, PricingRules.percentOfInstalledValue(Percentage.of(8), InstalledValueBasis.PRODUCTS_AND_LABOUR));
        assertThat(both.recurringPerYear()).isEqualTo(eur("6800.00"));
        assertThat(both.recurringPer(BillingFrequency.MONTHLY)).isEqualTo(eur("566.67"));
        assertThat(both.lines().get(0).periodicity()).isEqualTo(QuoteLine.Periodicity.YEARLY);
        assertThat(Quote.of(context, PricingRules.percentOfInstalledValue(Percentage.of(10), InstalledValueBasis.LABOUR)).total())
                .isEqualTo(eur("1500.00"));
        assertThat(Quote.of(context, PricingRules.percentOfInstalledValue(Percentage.of(10), InstalledValueBasis.PRODUCTS)).total())
                .isEqualTo(eur("7000.00"));
    }

    @Test
    void blocks_priceEveryStartedBlockOfDevices() {
        Quote quote = Quote.of(context(), PricingRules.perUnit(Measure.DEVICES, CostComponent.of("device-block-fee"),
                QuantityTransform.divideBy(10, RoundingMode.UP)));
        assertThat(quote.lines().get(0).quantity()).isEqualByComparingTo("5");
        assertThat(quote.lines().get(0).unit()).isEqualTo(Unit.BLOCK);
        assertThat(quote.recurringPer(BillingFrequency.MONTHLY)).isEqualTo(eur("40.00"));
        assertThat(QuantityTransform.divideBy(10, RoundingMode.DOWN).applyTo(45)).isEqualByComparingTo("4");
        assertThatIllegalArgumentException().isThrownBy(() -> QuantityTransform.divideBy(0, RoundingMode.UP))
                .withMessage("divisor must be >= 1, was 0");
    }

    @Test
    void brackets_graduatedAndVolume() {
        List<Brackets.Bracket> steps = List.of(Brackets.Bracket.upTo(10, eur("2.00")), Brackets.Bracket.upTo(30, eur("1.50")),
                Brackets.Bracket.above(eur("1.00")));
        assertThat(Quote.of(context(), PricingRules.bracketed(Measure.DEVICES, CostComponent.DEVICE_FEE,
                Brackets.graduated(steps))).recurringPer(BillingFrequency.MONTHLY)).isEqualTo(eur("65.00"));
        assertThat(Quote.of(context(), PricingRules.bracketed(Measure.DEVICES, CostComponent.DEVICE_FEE,
                Brackets.volume(steps))).recurringPer(BillingFrequency.MONTHLY)).isEqualTo(eur("45.00"));
        assertThat(Brackets.volume(steps).priceOf(new BigDecimal("30"))).isEqualTo(eur("45.00"));
        assertThat(Brackets.graduated(steps).priceOf(new BigDecimal("30"))).isEqualTo(eur("50.00"));
        assertThat(Brackets.graduated(steps).priceOf(BigDecimal.ZERO)).isEqualTo(eur("0.00"));
    }

    /** Per-camera monitoring: 1-8 at 6.00, 9-16 at 4.50 plus 25.00 once reached, 17 and more at 3.00. */
    private static final List<Brackets.Bracket> CAMERAS = List.of(Brackets.Bracket.upTo(8, eur("6.00")),
            Brackets.Bracket.upTo(16, eur("4.50")).withFlat(eur("25.00")), Brackets.Bracket.above(eur("3.00")));

    @Test
    void brackets_flatAmount_addedOnceWhenTheBracketIsReached() {
        PricingContext twentyCameras = PricingContext.builder().from(context())
                .site(Examples.site("Villa Martin, Lyon", LYON, Distance.ofKilometres(18), 20, 4, EUR)).build();
        Quote quote = Quote.of(twentyCameras, PricingRules.bracketed(Measure.DEVICES, CostComponent.DEVICE_MONITORING,
                Brackets.graduated(CAMERAS)));
        // 8 x 6.00 + 8 x 4.50 + 25.00 + 4 x 3.00
        assertThat(quote.recurringPer(BillingFrequency.MONTHLY)).isEqualTo(eur("121.00"));
        assertThat(quote.lines()).extracting(line -> line.quantity().toPlainString() + " " + line.unit() + " at "
                + line.unitPrice().getNumber()).containsExactly("8 DEVICE at 6", "8 DEVICE at 4.5", "1 ITEM at 25",
                        "4 DEVICE at 3");
        assertThat(quote.lines().get(2).trace().toString()).isEqualTo("device-monitoring: bracket-mode=GRADUATED, count=20, "
                + "bracket-up-to=16, bracket-above=8, bracket-flat=EUR 25.00, per-month=EUR 25.00");
        assertThat(Brackets.graduated(CAMERAS).priceOf(new BigDecimal("20"))).isEqualTo(eur("121.00"));
        // the flat amount is charged from the first unit in its bracket, not before
        assertThat(Brackets.graduated(CAMERAS).priceOf(new BigDecimal("8"))).isEqualTo(eur("48.00"));
        assertThat(Brackets.graduated(CAMERAS).priceOf(new BigDecimal("9"))).isEqualTo(eur("77.50"));
        // volume: every unit at the reached bracket's price, with that bracket's flat amount only
        assertThat(Brackets.volume(CAMERAS).priceOf(new BigDecimal("12"))).isEqualTo(eur("79.00"));
        assertThat(Brackets.volume(CAMERAS).priceOf(new BigDecimal("20"))).isEqualTo(eur("60.00"));
        // zero units reach no bracket, so no flat amount, even on the first
        List<Brackets.Bracket> flatFirst = List.of(Brackets.Bracket.upTo(8, eur("6.00")).withFlat(eur("10.00")),
                Brackets.Bracket.above(eur("3.00")));
        assertThat(Brackets.graduated(flatFirst).priceOf(BigDecimal.ZERO)).isEqualTo(eur("0.00"));
        assertThat(Brackets.volume(flatFirst).priceOf(BigDecimal.ONE)).isEqualTo(eur("16.00"));
        Quote first = Quote.of(twentyCameras, PricingRules.bracketed(Measure.DEVICES, CostComponent.DEVICE_MONITORING,
                Brackets.graduated(flatFirst)));
        assertThat(first.lines().get(1).trace().toString()).as("the first bracket's flat line is above nothing")
                .isEqualTo("device-monitoring: bracket-mode=GRADUATED, count=20, bracket-up-to=8, bracket-flat=EUR 10.00, "
                        + "per-month=EUR 10.00");
        assertThat(CAMERAS.get(1)).hasToString("up to 16 at EUR 4.50 plus EUR 25.00");
    }

    @Test
    void brackets_flatAmount_negativeOrInAnotherCurrency_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Brackets.graduated(List.of(
                Brackets.Bracket.upTo(8, eur("6.00")).withFlat(eur("-1.00")), Brackets.Bracket.above(eur("3.00")))))
                .withMessage("brackets[0].flat must be >= 0, was EUR -1.00");
        assertThatThrownBy(() -> Brackets.volume(List.of(Brackets.Bracket.upTo(8, eur("6.00")),
                Brackets.Bracket.above(eur("3.00")).withFlat(Examples.usd("5.00")))))
                .hasMessageContaining("brackets[1].flat").hasMessageContaining("USD");
    }

    @Test
    void brackets_shareAQuantityOut_graduatedByBracket_volumeInTheBracketReached() {
        List<Brackets.Bracket> steps = List.of(Brackets.Bracket.upTo(10, eur("2.00")), Brackets.Bracket.upTo(25, eur("1.50")),
                Brackets.Bracket.above(eur("1.00")));
        assertThat(Brackets.graduated(steps).sharesOf(new BigDecimal("30"))).containsExactly(
                new Brackets.Share(BigDecimal.TEN, steps.get(0), BigDecimal.ZERO),
                new Brackets.Share(new BigDecimal("15"), steps.get(1), BigDecimal.TEN),
                new Brackets.Share(new BigDecimal("5"), steps.get(2), new BigDecimal("25")));
        assertThat(Brackets.graduated(steps).sharesOf(new BigDecimal("10"))).extracting(share -> share.units().toPlainString())
                .containsExactly("10");
        assertThat(Brackets.graduated(steps).sharesOf(BigDecimal.ZERO)).containsExactly(new Brackets.Share(BigDecimal.ZERO,
                steps.get(0), BigDecimal.ZERO));
        assertThat(Brackets.volume(steps).sharesOf(new BigDecimal("30"))).containsExactly(new Brackets.Share(new BigDecimal("30"),
                steps.get(2), new BigDecimal("25")));
        assertThat(Brackets.volume(steps).sharesOf(new BigDecimal("12"))).containsExactly(new Brackets.Share(new BigDecimal("12"),
                steps.get(1), BigDecimal.TEN));
        assertThatIllegalArgumentException().isThrownBy(() -> Brackets.graduated(steps).sharesOf(new BigDecimal("-1")))
                .withMessage("quantity must be >= 0, was -1");
        // the bracket a quantity falls in: bounds are inclusive
        assertThat(List.of("0", "10", "10.5", "25", "26").stream().map(q -> Brackets.volume(steps).bracketOf(new BigDecimal(q))))
                .containsExactly(steps.get(0), steps.get(0), steps.get(1), steps.get(1), steps.get(2));
    }

    @Test
    void oneOpenBracket_pricesEveryUnit_andItsLineNamesNoBracket() {
        Quote quote = Quote.of(context(), PricingRules.bracketed(Measure.DEVICES, CostComponent.DEVICE_FEE,
                Brackets.graduated(List.of(Brackets.Bracket.above(eur("1.00"))))));
        assertThat(quote.lines()).extracting(line -> line.trace().toString()).containsExactly(
                "device-fee: bracket-mode=GRADUATED, count=45, bracket-units=45, bracket-price=EUR 1.00, per-month=EUR 45.00");
    }

    @Test
    void aGraduatedFee_addsALineForEachBracketItReaches_eachItsQuantityTimesItsPrice() {
        List<Brackets.Bracket> steps = List.of(Brackets.Bracket.upTo(25, eur("1.50")), Brackets.Bracket.above(eur("1.00")));
        Quote graduated = Quote.of(context(), PricingRules.bracketed(Measure.DEVICES, CostComponent.DEVICE_FEE,
                Brackets.graduated(steps)));
        assertThat(graduated.lines()).extracting(QuoteLine::quantity, QuoteLine::unitPrice, QuoteLine::amount).containsExactly(
                tuple(new BigDecimal("25"), eur("1.50"), eur("450.00")), tuple(new BigDecimal("20"), eur("1.00"), eur("240.00")));
        assertThat(graduated.lines()).allSatisfy(line -> {
            assertThat(line.component()).isEqualTo(CostComponent.DEVICE_FEE);
            assertThat(line.periodicity()).isEqualTo(QuoteLine.Periodicity.MONTHLY);
            assertThat(line.unit()).isEqualTo(Unit.DEVICE);
        });
        assertThat(graduated.lines()).extracting(line -> line.trace().toString()).containsExactly(
                "device-fee: bracket-mode=GRADUATED, count=45, bracket-up-to=25, bracket-units=25, bracket-price=EUR 1.50, per-month=EUR 37.50",
                "device-fee: bracket-mode=GRADUATED, count=45, bracket-above=25, bracket-units=20, bracket-price=EUR 1.00, per-month=EUR 20.00");
        assertThat(graduated.recurringPer(BillingFrequency.MONTHLY)).isEqualTo(eur("57.50"));
        Quote volume = Quote.of(context(), PricingRules.bracketed(Measure.DEVICES, CostComponent.DEVICE_FEE, Brackets.volume(steps)));
        assertThat(volume.lines()).extracting(QuoteLine::quantity, QuoteLine::unitPrice, QuoteLine::amount)
                .containsExactly(tuple(new BigDecimal("45"), eur("1.00"), eur("540.00")));
        assertThat(volume.lines().get(0).trace()).hasToString(
                "device-fee: bracket-mode=VOLUME, count=45, bracket-above=25, bracket-price=EUR 1.00, per-month=EUR 45.00");
    }

    @Test
    void brackets_invalidInput_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Brackets.graduated(List.of()))
                .withMessage("brackets must contain at least one bracket, was []");
        assertThatIllegalArgumentException().isThrownBy(() -> Brackets.volume(List.of(Brackets.Bracket.above(eur("1.00")),
                Brackets.Bracket.above(eur("0.50"))))).withMessage("brackets[0].upTo must be bounded before the last bracket, was open");
        assertThatIllegalArgumentException().isThrownBy(() -> Brackets.volume(List.of(Brackets.Bracket.upTo(10, eur("1.00")),
                Brackets.Bracket.upTo(5, eur("0.50")), Brackets.Bracket.above(eur("0.40")))))
                .withMessage("brackets[1].upTo must be greater than 10, was 5");
        assertThatIllegalArgumentException().isThrownBy(() -> Brackets.graduated(List.of(Brackets.Bracket.upTo(0, eur("1.00")),
                Brackets.Bracket.above(eur("0.50"))))).withMessage("brackets[0].upTo must be greater than 0, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Brackets.volume(List.of(Brackets.Bracket.upTo(10, eur("1.00")),
                Brackets.Bracket.upTo(10, eur("0.50")), Brackets.Bracket.above(eur("0.40")))))
                .withMessage("brackets[1].upTo must be greater than 10, was 10");
        assertThatIllegalArgumentException().isThrownBy(() -> Brackets.volume(List.of(Brackets.Bracket.above(eur("-1.00")))))
                .withMessage("brackets[0].unitPrice must be >= 0, was EUR -1.00");
        assertThatIllegalArgumentException().isThrownBy(() -> Brackets.volume(List.of(Brackets.Bracket.upTo(10, eur("1.00")),
                Brackets.Bracket.above(Examples.usd("0.50"))))).withMessage(
                        "brackets[1].unitPrice must be in the first bracket's currency EUR, was USD 0.50");
    }

    @Test
    void monitoring_noneIncludedOrBilled() {
        assertThat(Quote.of(context(), PricingRules.deviceMonitoring()).lines()).isEmpty();
        Quote billed = Quote.of(context(MONITORED, Usage.NONE), PricingRules.deviceMonitoring().andThen(PricingRules.siteMonitoring()));
        assertThat(billed.recurringPer(BillingFrequency.MONTHLY)).isEqualTo(eur("41.50"));
        Quote included = Quote.of(context(ALL_INCLUDED, Usage.NONE), PricingRules.deviceMonitoring());
        assertThat(included.lines().get(0).billing()).isEqualTo(QuoteLine.Billing.INCLUDED);
        assertThat(included.lines().get(0).unitPrice()).isEqualTo(eur("0.50"));
        assertThat(included.total()).isEqualTo(eur("0.00"));
    }

    @Test
    void updates_perDeviceYearlyAndPerUpdateBeyondTheQuota() {
        assertThat(Quote.of(context(), PricingRules.deviceUpdates()).recurringPerYear()).isEqualTo(eur("540.00"));
        assertThat(Quote.of(context(ALL_INCLUDED, Usage.NONE), PricingRules.deviceUpdates()).total()).isEqualTo(eur("0.00"));
        Quote five = Quote.of(context(ALL_INCLUDED, Usage.builder().systemUpdates(5).build()), PricingRules.systemUpdates());
        assertThat(five.lines()).extracting(QuoteLine::billing, l -> l.quantity().intValue()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(QuoteLine.Billing.INCLUDED, 2),
                org.assertj.core.groups.Tuple.tuple(QuoteLine.Billing.BILLED, 3));
        assertThat(five.total()).isEqualTo(eur("180.00"));
        assertThat(Quote.of(context(Examples.LYON_GOLD, Usage.builder().systemUpdates(2).build()), PricingRules.systemUpdates())
                .total()).as("the Gold tier of example 1 includes no updates").isEqualTo(eur("120.00"));
        assertThat(five.rateCard()).singleElement().satisfies(e -> assertThat(e.price()).isEqualTo(eur("60.00")));
    }

    @Test
    void remoteTickets_billedOrIncluded() {
        Usage three = Usage.builder().remoteTickets(3).build();
        assertThat(Quote.of(context(Examples.LYON_GOLD, three), PricingRules.remoteTickets()).total()).isEqualTo(eur("105.00"));
        assertThat(Quote.of(context(ALL_INCLUDED, three), PricingRules.remoteTickets()).total()).isEqualTo(eur("0.00"));
        assertThat(Quote.of(context(), PricingRules.remoteTickets()).lines()).isEmpty();
    }

    @Test
    void extendedWarranty_isAPercentageOfSupportedEquipmentValue() {
        Equipment old = Equipment.builder().brand("Acme").model("Legacy").subsystem(io.github.servicecontract.model.Subsystem.CONTROL)
                .quantity(2).unitValue(eur("1000.00")).installDate(java.time.LocalDate.of(2015, 1, 1))
                .warrantyEnd(java.time.LocalDate.of(2017, 1, 1)).obsolescence(Obsolescence.OBSOLETE).build();
        Site site = Site.builder().from(Examples.LYON_SITE).addEquipment(old).build();
        Map<Integer, Percentage> rates = Map.of(12, Percentage.of(10), 24, Percentage.of(18), 36, Percentage.of(25));
        Quote quote = Quote.of(PricingContext.builder().from(context()).site(site).build(), PricingRules.extendedWarranty(rates, 24));
        assertThat(quote.total()).as("18 % of 45 x 100.00").isEqualTo(eur("810.00"));
        assertThat(quote.lines().get(0).category()).isEqualTo(QuoteLine.Category.ONE_OFF);
        assertThat(quote.lines().get(0).trace().valueOf(StandardTraceKey.OBSOLETE_DEVICES_EXCLUDED)).contains(2);
        assertThatIllegalArgumentException().isThrownBy(() -> PricingRules.extendedWarranty(rates, 48))
                .withMessage("months must be a term with an extended warranty rate [12, 24, 36], was 48");
    }

    @Test
    void complexity_addsAnAdjustmentOfTheInnerLines() {
        ComplexityScale scale = ComplexityScale.of(List.of(new ComplexityScale.Step(30, 4, Multiplier.of("1.1")),
                new ComplexityScale.Step(80, 7, Multiplier.of("1.25"))));
        Quote quote = Quote.of(Examples.LYON_CONTEXT, PricingRules.complexity(scale,
                PricingRules.sum(PricingRules.flatFee(), PricingRules.perDevice(), PricingRules.perSubsystem())));
        QuoteLine adjustment = quote.lines().get(3);
        assertThat(adjustment.component()).isEqualTo(CostComponent.COMPLEXITY);
        assertThat(adjustment.periodicity()).isEqualTo(QuoteLine.Periodicity.MONTHLY);
        assertThat(adjustment.unitPrice()).isEqualTo(eur("14.50"));
        assertThat(quote.recurringPer(BillingFrequency.MONTHLY)).isEqualTo(eur("159.50"));
        assertThat(scale.multiplierOf(Examples.MILAN_SITE)).as("5 subsystems").isEqualTo(Multiplier.of("1.1"));
        assertThatIllegalArgumentException().isThrownBy(() -> ComplexityScale.of(List.of(
                new ComplexityScale.Step(30, 4, Multiplier.of("1.2")), new ComplexityScale.Step(80, 7, Multiplier.of("1.1")))))
                .withMessage("steps[1].multiplier must be greater than 1.2x, was 1.1x");
    }

    @Test
    void floorCapAndClamp_boundMonthlyFeesPerMonth() {
        Quote floored = Quote.of(context(), PricingRules.floor(PricingRules.perSite(), eur("49.00")));
        assertThat(floored.lines().get(1).component()).isEqualTo(CostComponent.MINIMUM_FEE);
        assertThat(floored.recurringPer(BillingFrequency.MONTHLY)).isEqualTo(eur("49.00"));
        Quote capped = Quote.of(context(), PricingRules.cap(PricingRules.perSite(), eur("25.00")));
        assertThat(capped.lines().get(1).component()).isEqualTo(CostComponent.FEE_CAP);
        assertThat(capped.recurringPerYear()).isEqualTo(eur("300.00"));
        assertThat(Quote.of(context(), PricingRules.clamp(PricingRules.perSite(), eur("20.00"), eur("40.00"))).lines()).hasSize(1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PricingRules.clamp(PricingRules.perSite(), eur("40.00"), eur("20.00")))
                .withMessage("maximum must be >= minimum EUR 40.00, was EUR 20.00");
        assertThatIllegalArgumentException().isThrownBy(() -> PricingRules.floor(PricingRules.perSite(), eur("-1.00")))
                .withMessage("minimum must be >= 0, was EUR -1.00");
    }

    @Test
    void everyFeeRule_explainsEachLineAndRateCardEntry() {
        Usage usage = Usage.builder().systemUpdates(5).remoteTickets(3).build();
        Site installed = Site.builder().from(Examples.LYON_SITE).installedProductValue(eur("70000.00")).build();
        PricingContext all = PricingContext.builder().from(context(ALL_INCLUDED, usage)).site(installed).build();
        PricingContext billed = context(MONITORED, usage);
        PricingRule fees = PricingRules.sum(PricingRules.perUnit(Measure.DEVICES, CostComponent.of("device-block-fee"),
                QuantityTransform.divideBy(10, RoundingMode.UP)), PricingRules.deviceMonitoring(), PricingRules.deviceUpdates(),
                PricingRules.systemUpdates(), PricingRules.remoteTickets(),
                PricingRules.percentOfInstalledValue(Percentage.of(8), InstalledValueBasis.PRODUCTS),
                PricingRules.bracketed(Measure.DEVICES, CostComponent.DEVICE_FEE, Brackets.graduated(List.of(
                        Brackets.Bracket.upTo(10, eur("2.00")), Brackets.Bracket.above(eur("1.00"))))),
                PricingRules.scale(PricingRules.perSite(), Multiplier.of("1.1")),
                PricingRules.cap(PricingRules.perSite(), eur("25.00")),
                PricingRules.discount(eur("10.00"), PricingRules.linesIn(QuoteLine.Category.USAGE)));
        assertThat(Quote.of(all, fees).lines()).extracting(line -> line.trace().toString()).containsExactly(
                "device-block-fee: rate=EUR 8.00, count=45, block-size=10, block-rounding=UP, quantity=5, per-month=EUR 40.00",
                "device-monitoring: rate=EUR 0.50, quantity=45, per-month=EUR 22.50, included=tier",
                "device-updates: rate=EUR 12.00, devices=45, included=tier",
                "system-updates: rate=EUR 60.00, updates=5, updates-included=2, included=update-quota",
                "system-updates: rate=EUR 60.00, updates=5, updates-included=2, billed-updates=3",
                "remote-tickets: rate=EUR 35.00, tickets=3, included=tier",
                "installed-value-fee: basis=PRODUCTS, installed-value=EUR 70000.00, percentage=8%",
                "device-fee: bracket-mode=GRADUATED, count=45, bracket-up-to=10, bracket-units=10, bracket-price=EUR 2.00, per-month=EUR 20.00",
                "device-fee: bracket-mode=GRADUATED, count=45, bracket-above=10, bracket-units=35, bracket-price=EUR 1.00, per-month=EUR 35.00",
                "site-fee: rate=EUR 30.00, count=1, quantity=1, per-month=EUR 30.00",
                "scale: base=EUR 360.00, multiplier=1.1x, adjustment=EUR 36.00",
                "site-fee: rate=EUR 30.00, count=1, quantity=1, per-month=EUR 30.00",
                "fee-cap: amount=EUR 30.00, periodicity=MONTHLY, maximum=EUR 25.00, adjustment=EUR -60.00",
                "discount: base=EUR 180.00, discount=EUR 10.00, applied=EUR 10.00");
        Quote quote = Quote.of(billed, fees);
        assertThat(quote.lines()).extracting(line -> line.trace().toString()).containsExactly(
                "device-block-fee: rate=EUR 8.00, count=45, block-size=10, block-rounding=UP, quantity=5, per-month=EUR 40.00",
                "device-monitoring: rate=EUR 0.50, quantity=45, per-month=EUR 22.50",
                "device-updates: rate=EUR 12.00, devices=45, amount=EUR 540.00",
                "system-updates: rate=EUR 60.00, updates=5, updates-included=0, billed-updates=5",
                "remote-tickets: rate=EUR 35.00, tickets=3",
                "installed-value-fee: basis=PRODUCTS, installed-value=EUR 4500.00, percentage=8%",
                "device-fee: bracket-mode=GRADUATED, count=45, bracket-up-to=10, bracket-units=10, bracket-price=EUR 2.00, per-month=EUR 20.00",
                "device-fee: bracket-mode=GRADUATED, count=45, bracket-above=10, bracket-units=35, bracket-price=EUR 1.00, per-month=EUR 35.00",
                "site-fee: rate=EUR 30.00, count=1, quantity=1, per-month=EUR 30.00",
                "scale: base=EUR 360.00, multiplier=1.1x, adjustment=EUR 36.00",
                "site-fee: rate=EUR 30.00, count=1, quantity=1, per-month=EUR 30.00",
                "fee-cap: amount=EUR 30.00, periodicity=MONTHLY, maximum=EUR 25.00, adjustment=EUR -60.00",
                "discount: base=EUR 405.00, discount=EUR 10.00, applied=EUR 10.00");
        assertThat(quote.lines()).extracting(QuoteLine::isBilled).containsOnly(true);
        assertThat(Quote.of(all, fees).lines()).extracting(QuoteLine::isBilled)
                .containsExactly(true, false, false, false, true, false, true, true, true, true, true, true, true, true);
        assertThat(quote.rateCard()).extracting(entry -> entry.trace().toString(), RateCardEntry::unit).containsExactly(
                org.assertj.core.groups.Tuple.tuple("system-update: rate=EUR 60.00", Unit.UPDATE),
                org.assertj.core.groups.Tuple.tuple("remote-ticket: rate=EUR 35.00", Unit.TICKET));
    }

    @Test
    void boundsAndDiscounts_atTheirExactBoundaries() {
        assertThat(Quote.of(context(), PricingRules.floor(PricingRules.perSite(), eur("30.00"))).lines())
                .as("a fee exactly at the floor").hasSize(1);
        assertThat(Quote.of(context(), PricingRules.cap(PricingRules.perSite(), eur("30.00"))).lines())
                .as("a fee exactly at the cap").hasSize(1);
        assertThatIllegalArgumentException().isThrownBy(() -> PricingRules.cap(PricingRules.perSite(), eur("-1.00")))
                .withMessage("maximum must be >= 0, was EUR -1.00");
        assertThat(Quote.of(context(), PricingRules.perSite().andThen(PricingRules.discount(eur("0.00"), line -> true))).lines())
                .as("nothing off adds no line").hasSize(1);
        PricingRule everythingOffThenPrepay = PricingRules.sum(PricingRules.perSite(),
                PricingRules.discount(Percentage.ONE_HUNDRED, line -> true), PricingRules.prepayDiscount());
        assertThat(Quote.of(context(), everythingOffThenPrepay).lines()).as("no discount below zero")
                .extracting(QuoteLine::component).containsExactly(CostComponent.SITE_FEE, CostComponent.DISCOUNT);
        assertThat(Quote.of(context(ALL_INCLUDED, Usage.NONE), PricingRules.deviceMonitoring().andThen(
                PricingRules.prepayDiscount())).lines()).as("nothing billed, nothing to discount").hasSize(1);
        Quote exactlyTheQuota = Quote.of(context(ALL_INCLUDED, Usage.builder().systemUpdates(2).build()),
                PricingRules.systemUpdates());
        assertThat(exactlyTheQuota.lines()).extracting(QuoteLine::billing).containsExactly(QuoteLine.Billing.INCLUDED);
    }

    @Test
    void anAdjustmentOfLinesQuotedOnDifferentPeriods_isQuotedOnce() {
        Quote quote = Quote.of(context(), PricingRules.scale(PricingRules.perSite().andThen(PricingRules.deviceUpdates()),
                Multiplier.of("1.1")));
        QuoteLine adjustment = quote.lines().get(2);
        assertThat(adjustment.periodicity()).isEqualTo(QuoteLine.Periodicity.ONCE);
        assertThat(adjustment.amount()).as("10 % of 360.00 + 540.00").isEqualTo(eur("90.00"));
        Quote monthly = Quote.of(context(), PricingRules.scale(PricingRules.perSite().andThen(PricingRules.perSite()),
                Multiplier.of("1.1")));
        assertThat(monthly.lines().get(2).periodicity()).isEqualTo(QuoteLine.Periodicity.MONTHLY);
    }

    @Test
    void aBracketBound_mustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> Brackets.graduated(List.of(Brackets.Bracket.upTo(0, eur("2.00")),
                Brackets.Bracket.above(eur("1.00"))))).withMessage("brackets[0].upTo must be greater than 0, was 0");
        assertThat(Brackets.graduated(List.of(Brackets.Bracket.upTo(1, eur("2.00")), Brackets.Bracket.above(eur("1.00"))))
                .priceOf(new BigDecimal("3"))).isEqualTo(eur("4.00"));
    }
}
