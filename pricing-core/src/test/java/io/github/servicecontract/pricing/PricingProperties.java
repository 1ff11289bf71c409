package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static io.github.servicecontract.pricing.Examples.LYON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.pricing.internal.Amounts;
import io.github.servicecontract.pricing.ratesheet.RateRow;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PricingProperties {

    private static final LocalDate START = Examples.START;

    /** A rate table for the Lyon site with every rate the rules below need, at generated prices. */
    private static RateTable rates(long labourCents, long kmCents, long deviceCents) {
        return RateTable.builder(EUR)
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN), cents(labourCents))
                .rate(RateKey.of(CostComponent.REMOTE_LABOUR, LYON).withRole(Role.TECHNICIAN), cents(labourCents))
                // the day decides the band: weekends and holidays have their own rates
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN).withBand(TimeBand.SATURDAY), cents(labourCents * 2))
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN).withBand(TimeBand.SUNDAY_HOLIDAY), cents(labourCents * 2))
                .rate(RateKey.of(CostComponent.REMOTE_LABOUR, LYON).withRole(Role.TECHNICIAN).withBand(TimeBand.SATURDAY), cents(labourCents * 2))
                .rate(RateKey.of(CostComponent.REMOTE_LABOUR, LYON).withRole(Role.TECHNICIAN).withBand(TimeBand.SUNDAY_HOLIDAY), cents(labourCents * 2))
                .rate(RateKey.of(CostComponent.TRIP_FEE, LYON), "45.00")
                .rate(RateKey.of(CostComponent.TRAVEL_DISTANCE, LYON), cents(kmCents))
                .rate(RateKey.of(CostComponent.FLAT_FEE, LYON), "60.00")
                .rate(RateKey.of(CostComponent.DEVICE_FEE, LYON), cents(deviceCents))
                .rate(RateKey.of(CostComponent.SUBSYSTEM_FEE, LYON), "10.00")
                .rate(RateKey.of(CostComponent.SYSTEM_UPDATE, LYON), "60.00")
                .build();
    }

    private static String cents(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static final LabourRule CALL_OUT = LabourRule.builder().delivery(Delivery.ON_SITE).minimumTime(Duration.ofHours(1))
            .minimumCharge(Examples.eur("150.00")).putBandMultipliers(TimeBand.SATURDAY, Multiplier.of("1.5"))
            .putBandMultipliers(TimeBand.NIGHT, Multiplier.of("2")).build();

    private static final LabourRule REMOTE = LabourRule.builder().delivery(Delivery.REMOTE)
            .putBandMultipliers(TimeBand.SATURDAY, Multiplier.of("1.5")).putBandMultipliers(TimeBand.NIGHT, Multiplier.of("2"))
            .build();

    private static final PricingRule EVERYTHING = PricingRules.sum(PricingRules.flatFee(), PricingRules.perDevice(),
            PricingRules.perSubsystem(), CALL_OUT, REMOTE, PricingRules.tripFee(),
            PricingRules.kilometres(Distance.ofKilometres(15), Legs.RETURN), PricingRules.systemUpdates(),
            PricingRules.memberLabourDiscount(), PricingRules.prepayDiscount());

    private static Gen<Intervention> interventions() {
        Gen<Delivery> deliveries = Generate.enumValues(Delivery.class);
        Gen<TimeBand> bands = Generate.pick(List.of(TimeBand.BUSINESS_HOURS, TimeBand.SATURDAY, TimeBand.NIGHT));
        return deliveries.zip(integers().between(0, 364), integers().between(1, 600), bands,
                (delivery, day, minutes, band) -> Intervention.builder().delivery(delivery).day(START.plusDays(day))
                        .worked(Duration.ofMinutes(minutes)).band(band).build());
    }

    private static Gen<Usage> usages() {
        Gen<List<Intervention>> lists = integers().between(0, 6).zip(longs().all(), (n, seed) -> {
            List<Intervention> list = new ArrayList<>();
            Random random = new Random(seed);
            for (int i = 0; i < n; i++) {
                Delivery delivery = random.nextBoolean() ? Delivery.ON_SITE : Delivery.REMOTE;
                TimeBand band = List.of(TimeBand.BUSINESS_HOURS, TimeBand.SATURDAY, TimeBand.NIGHT).get(random.nextInt(3));
                list.add(Intervention.builder().delivery(delivery).day(START.plusDays(random.nextInt(365)))
                        .worked(Duration.ofMinutes(1 + random.nextInt(600))).band(band).build());
            }
            return list;
        });
        return lists.zip(integers().between(0, 12), (list, updates) -> Usage.builder().addAllInterventions(list)
                .systemUpdates(updates).build());
    }

    private static Site siteAt(int kilometres, int devices) {
        return Examples.site("Generated", LYON, Distance.ofKilometres(kilometres), devices, 3, EUR);
    }

    private static PricingContext context(Site site, RateTable rates, Usage usage) {
        return PricingContext.builder().from(Examples.LYON_CONTEXT).site(site).rates(rates).usage(usage).build();
    }

    private static Gen<PricingContext> contexts() {
        return integers().between(0, 200).zip(integers().between(3, 300), longs().between(1, 30_000), usages(),
                (km, devices, labour, usage) -> context(siteAt(km, devices), rates(labour, 240, 100), usage));
    }

    @Test
    void theTotalAlwaysEqualsTheSumOfTheLines() {
        qt().forAll(contexts(), Generate.enumValues(Rounding.Step.class)).checkAssert((context, step) -> {
            PricingContext rounded = PricingContext.builder().from(context)
                    .rounding(Rounding.toIncrement(new BigDecimal("0.05"), RoundingMode.HALF_UP, step)).build();
            Quote quote = Quote.of(rounded, EVERYTHING);
            BigDecimal sum = quote.lines().stream().map(l -> l.amount().getNumber().numberValueExact(BigDecimal.class))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(quote.total().getNumber().numberValueExact(BigDecimal.class)).isEqualByComparingTo(sum);
            assertThat(rounded.rounding().isRounded(sum)).as("the total is rounded to 0.05").isTrue();
        });
    }

    @Test
    void labourNeverCostsLessForMoreHours() {
        qt().forAll(interventions(), integers().between(0, 600), longs().between(1, 30_000)).checkAssert((visit, extra, cents) -> {
            Intervention longer = Intervention.builder().from(visit).worked(visit.worked().plusMinutes(extra)).build();
            RateTable rates = rates(cents, 240, 100);
            LabourRule rule = visit.delivery() == Delivery.ON_SITE ? CALL_OUT : REMOTE;
            Quote shorter = Quote.of(context(Examples.LYON_SITE, rates, Usage.of(visit)), rule);
            Quote more = Quote.of(context(Examples.LYON_SITE, rates, Usage.of(longer)), rule);
            assertThat(more.total()).isGreaterThanOrEqualTo(shorter.total());
        });
    }

    @Test
    void travelNeverCostsLessForMoreKilometres() {
        qt().forAll(integers().between(0, 300), integers().between(0, 300), longs().between(0, 1_000)).checkAssert((km, extra, cents) -> {
            PricingRule travel = PricingRules.tripFee().andThen(PricingRules.kilometres(Distance.ofKilometres(15), Legs.RETURN));
            Usage visit = Usage.of(Intervention.onSite(START, Duration.ofHours(1)));
            RateTable rates = rates(8_500, cents, 100);
            Quote near = Quote.of(context(siteAt(km, 20), rates, visit), travel);
            Quote far = Quote.of(context(siteAt(km + extra, 20), rates, visit), travel);
            assertThat(far.total()).isGreaterThanOrEqualTo(near.total());
        });
    }

    @Test
    void recurringFeesNeverCostLessForMoreDevices() {
        List<Brackets.Bracket> steps = List.of(Brackets.Bracket.upTo(10, Examples.eur("2.00")),
                Brackets.Bracket.upTo(30, Examples.eur("1.50")), Brackets.Bracket.above(Examples.eur("1.00")));
        PricingRule fees = PricingRules.sum(PricingRules.perDevice(),
                PricingRules.bracketed(Measure.DEVICES, CostComponent.of("graduated-fee"), Brackets.graduated(steps)),
                PricingRules.perUnit(Measure.DEVICES, CostComponent.DEVICE_FEE, QuantityTransform.divideBy(8, RoundingMode.UP)));
        qt().forAll(integers().between(3, 500), integers().between(0, 200)).checkAssert((devices, extra) -> {
            RateTable rates = rates(8_500, 240, 100);
            Quote fewer = Quote.of(context(siteAt(10, devices), rates, Usage.NONE), fees);
            Quote more = Quote.of(context(siteAt(10, devices + extra), rates, Usage.NONE), fees);
            assertThat(more.total()).isGreaterThanOrEqualTo(fewer.total());
        });
    }

    @Test
    void graduatedLines_addUpToTheQuantity_andEachIsItsQuantityTimesItsPrice() {
        qt().forAll(integers().between(1, 40), integers().between(1, 40), integers().between(1, 200), longs().between(0, 999))
                .checkAssert((first, second, devices, seed) -> {
                    Brackets brackets = Brackets.graduated(List.of(Brackets.Bracket.upTo(first, Examples.eur(cents(seed))),
                            Brackets.Bracket.upTo(first + second, Examples.eur(cents(seed * 7 % 1000))),
                            Brackets.Bracket.above(Examples.eur(cents(seed * 13 % 1000)))));
                    Quote quote = Quote.of(context(siteAt(10, devices), rates(8_500, 240, 100), Usage.NONE),
                            PricingRules.bracketed(Measure.DEVICES, CostComponent.DEVICE_FEE, brackets));
                    BigDecimal units = quote.lines().stream().map(QuoteLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(units).isEqualByComparingTo(BigDecimal.valueOf(siteAt(10, devices).deviceCount()));
                    assertThat(quote.lines()).allSatisfy(line -> assertThat(line.amount()).isEqualTo(
                            line.unitPrice().multiply(line.quantity()).multiply(12)));
                    assertThat(quote.total()).isEqualTo(brackets.priceOf(units).multiply(12));
                });
    }

    @Test
    void aDiscountNeverRaisesAPrice() {
        qt().forAll(contexts(), integers().between(0, 100), longs().between(0, 1_000_000)).checkAssert((context, percent, cents) -> {
            PricingRule base = PricingRules.sum(PricingRules.flatFee(), CALL_OUT, PricingRules.tripFee());
            Quote plain = Quote.of(context, base);
            Quote discounted = Quote.of(context, base.andThen(PricingRules.discount(Percentage.of(percent), line -> true))
                    .andThen(PricingRules.discount(Examples.eur(cents(cents)), line -> true)));
            assertThat(discounted.total()).isLessThanOrEqualTo(plain.total());
            assertThat(discounted.total().isNegative()).as("never below zero").isFalse();
        });
    }

    @Test
    void aMinimumNeverLowersAPrice() {
        qt().forAll(contexts(), longs().between(0, 100_000)).checkAssert((context, cents) -> {
            Quote plain = Quote.of(context, PricingRules.perDevice());
            Quote floored = Quote.of(context, PricingRules.floor(PricingRules.perDevice(), Examples.eur(cents(cents))));
            assertThat(floored.total()).isGreaterThanOrEqualTo(plain.total());
            Quote withMinimumCharge = Quote.of(context, CALL_OUT);
            Quote withoutMinimum = Quote.of(context, LabourRule.builder().from(CALL_OUT).minimumCharge(Optional.empty())
                    .minimumTime(Duration.ZERO).build());
            assertThat(withMinimumCharge.total()).isGreaterThanOrEqualTo(withoutMinimum.total());
        });
    }

    @Test
    void aCapNeverRaisesAPrice() {
        qt().forAll(contexts(), longs().between(0, 100_000)).checkAssert((context, cents) -> {
            Quote plain = Quote.of(context, PricingRules.perDevice());
            Quote capped = Quote.of(context, PricingRules.cap(PricingRules.perDevice(), Examples.eur(cents(cents))));
            assertThat(capped.total()).isLessThanOrEqualTo(plain.total());
        });
    }

    @Test
    void graduatedAndVolumeBracketsAgreeInsideTheFirstBracket() {
        qt().forAll(longs().between(1, 1_000), longs().between(0, 100_000), longs().between(0, 100_000), longs().between(0, 2_000))
                .checkAssert((bound, first, second, quantity) -> {
                    List<Brackets.Bracket> steps = List.of(Brackets.Bracket.upTo(bound, Examples.eur(cents(first))),
                            Brackets.Bracket.above(Examples.eur(cents(second))));
                    BigDecimal units = BigDecimal.valueOf(Math.min(quantity, bound));
                    assertThat(Brackets.graduated(steps).priceOf(units)).isEqualTo(Brackets.volume(steps).priceOf(units));
                });
    }

    @Test
    void amountsInOneCurrencyNeverYieldAnother() {
        Gen<CurrencyUnit> currencies = Generate.pick(List.of("EUR", "CHF", "USD", "GBP", "JPY")).map((String code) -> Monetary.getCurrency(code));
        qt().forAll(currencies, longs().between(0, 10_000_000), integers().between(1, 200)).checkAssert((currency, cents, devices) -> {
            RateTable table = RateTable.builder(currency)
                    .rate(RateKey.of(CostComponent.DEVICE_FEE, LYON), Examples.money(cents(cents), currency))
                    .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN), Examples.money("90", currency))
                    .build();
            PricingContext context = PricingContext.builder().from(Examples.LYON_CONTEXT)
                    .site(Examples.site("Any", LYON, Distance.ofKilometres(5), devices, 2, currency)).rates(table)
                    .usage(Usage.of(Intervention.onSite(START.plusDays(4), Duration.ofHours(2)))).build(); // a Monday
            Quote quote = Quote.of(context, PricingRules.perDevice().andThen(PricingRules.onSiteLabour())
                    .andThen(PricingRules.prepayDiscount()));
            assertThat(quote.total().getCurrency()).isEqualTo(currency);
            assertThat(quote.lines()).allSatisfy(line -> {
                assertThat(line.amount().getCurrency()).isEqualTo(currency);
                assertThat(line.unitPrice().getCurrency()).isEqualTo(currency);
            });
            assertThat(quote.rateCard()).allSatisfy(entry -> assertThat(entry.price().getCurrency()).isEqualTo(currency));
        });
    }

    @Test
    void everyRuleIsDeterministic() {
        qt().forAll(contexts()).checkAssert(context -> {
            assertThat(Quote.of(context, EVERYTHING)).isEqualTo(Quote.of(context, EVERYTHING));
        });
    }

    @Test
    void thePrepayDiscountIsItsPercentageOfTheBilledLinesBeforeItOtherThanDiscounts() {
        // the prepay discount takes its base from the draft's running totals; a filter of every line sums the lines one by one
        PricingRule everyLineByFilter = PricingRules.discount(Examples.LYON_CONTEXT.terms().prepayDiscount(), line -> true);
        qt().forAll(contexts(), Generate.booleans()).checkAssert((context, member) -> {
            PricingContext priced = member ? context.withTier(Examples.MEMBER) : context;
            PricingRule before = PricingRules.sum(PricingRules.flatFee(), PricingRules.perDevice(), CALL_OUT, REMOTE,
                    PricingRules.tripFee(), PricingRules.memberLabourDiscount());
            Quote quote = Quote.of(priced, PricingRules.sum(before, PricingRules.prepayDiscount()));
            BigDecimal base = Quote.of(priced, before).lines().stream()
                    .filter(line -> line.isBilled() && line.category() != QuoteLine.Category.DISCOUNT)
                    .map(QuoteLine::decimalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            QuoteLine prepay = quote.lines().get(quote.lines().size() - 1);
            assertThat(prepay.trace().rule()).isEqualTo("prepay-discount");
            assertThat(prepay.trace().valueOf(StandardTraceKey.BASE)).contains(Amounts.of(base, EUR));
            QuoteLine filtered = Quote.of(priced, PricingRules.sum(before, everyLineByFilter)).lines().get(quote.lines().size() - 1);
            assertThat(filtered.trace().valueOf(StandardTraceKey.BASE)).contains(Amounts.of(base, EUR));
            assertThat(prepay.amount()).isEqualTo(filtered.amount());
        });
    }

    @Test
    void includedLinesNeverCostAnything() {
        qt().forAll(contexts()).checkAssert(context -> {
            Quote quote = Quote.of(context.withTier(Examples.MEMBER), EVERYTHING);
            assertThat(quote.lines(line -> !line.isBilled())).allSatisfy(line -> assertThat(line.amount().isZero()).isTrue());
        });
    }

    @Test
    void cashRoundingIsSymmetricAndMovesLessThanHalfAnIncrement() {
        Rounding cash = Rounding.toIncrement(new BigDecimal("0.05"), RoundingMode.HALF_UP, Rounding.Step.ON_TOTAL);
        qt().forAll(longs().between(-10_000_000, 10_000_000)).checkAssert(cents -> {
            BigDecimal value = BigDecimal.valueOf(cents, 3);
            BigDecimal rounded = cash.apply(value);
            assertThat(cash.apply(value.negate())).isEqualByComparingTo(rounded.negate());
            assertThat(rounded.subtract(value).abs()).isLessThanOrEqualTo(new BigDecimal("0.025"));
            assertThat(cash.isRounded(rounded)).isTrue();
            assertThat(cash.apply(rounded)).isEqualByComparingTo(rounded);
        });
    }

    @Test
    void aPowerOfTenRoundingAgreesWithDividingByItsIncrement() {
        // apply and isRounded take a short cut for 1, 0.1, 0.01, 0.001: the same answers as dividing, scale included
        qt().forAll(longs().between(-10_000_000_000L, 10_000_000_000L), integers().between(-2, 6), integers().between(0, 3),
                integers().between(0, RoundingMode.values().length - 2)).checkAssert((unscaled, scale, decimals, mode) -> {
                    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
                    BigDecimal increment = BigDecimal.ONE.movePointLeft(decimals);
                    RoundingMode roundingMode = RoundingMode.values()[mode]; // every mode but UNNECESSARY, the last
                    Rounding rounding = Rounding.toIncrement(increment, roundingMode, Rounding.Step.PER_LINE);
                    BigDecimal divided = value.divide(increment, 0, roundingMode).multiply(increment);
                    BigDecimal rounded = rounding.apply(value);
                    assertThat(rounded).isEqualByComparingTo(divided);
                    assertThat(rounded.scale()).isEqualTo(divided.scale());
                    assertThat(rounding.isRounded(value)).isEqualTo(value.remainder(increment).signum() == 0);
                });
    }

    @Test
    void anAmountReadAsADecimalKeepsItsExactValue() {
        // the exact value of a Money or a FastMoney, whatever its scale
        qt().forAll(longs().between(-10_000_000_000L, 10_000_000_000L), integers().between(-3, 6)).checkAssert((unscaled, scale) -> {
            BigDecimal value = BigDecimal.valueOf(unscaled, scale);
            Money money = Money.of(value, EUR);
            BigDecimal read = Amounts.decimal("money", money, "the test's", EUR);
            assertThat(read).isEqualByComparingTo(value)
                    .isEqualByComparingTo(money.getNumber().numberValueExact(BigDecimal.class));
            BigDecimal fastValue = value.setScale(Math.max(0, Math.min(scale, 5)), RoundingMode.DOWN); // FastMoney keeps 5 decimals
            assertThat(Amounts.decimal("money", FastMoney.of(fastValue, EUR), "the test's", EUR)).isEqualByComparingTo(fastValue);
        });
    }

    @Test
    void theDaysTheRatesChange_areTheFirstDays_andTheLastDaysAfterWhichSomeRateStillApplies() {
        // a row: first day 0 to 60 days after the start; then open (0), that many days long (> 0), or ending before it starts (< 0)
        Gen<RateRow> rows = integers().between(0, 60).zip(integers().between(-3, 40), (first, length) -> {
            LocalDate from = START.plusDays(first);
            return new RateRow(2, RateKey.of(CostComponent.TRIP_FEE, LYON), Optional.empty(), Optional.empty(), Optional.empty(),
                    "TRIP", new BigDecimal("45.00"), EUR, from, length == 0 ? Optional.empty()
                            : Optional.of(from.plusDays(length)));
        });
        qt().forAll(lists().of(rows).ofSizeBetween(1, 12)).checkAssert(sheet -> {
            TreeSet<LocalDate> expected = new TreeSet<>();
            for (RateRow row : sheet) {
                expected.add(row.effectiveFrom());
                row.effectiveUntil().filter(end -> sheet.stream().anyMatch(other -> other.isEffectiveOn(end))).ifPresent(expected::add);
            }
            assertThat(RateSheet.of(sheet).changeDates()).containsExactlyElementsOf(expected);
        });
    }

    @Test
    void aRateIsFoundForEverySubdivisionOfTheCountryThatHasIt() {
        RateTable national = RateTable.builder(EUR).rate(RateKey.of(CostComponent.TRIP_FEE,
                io.github.servicecontract.model.RegionCode.ofCountry("FR")), "45.00").build();
        qt().forAll(integers().between(1, 95)).checkAssert(department -> {
            io.github.servicecontract.model.RegionCode region = io.github.servicecontract.model.RegionCode.of("FR",
                    String.format("%02d", department));
            assertThat(national.rate(RateKey.of(CostComponent.TRIP_FEE, region))).isEqualTo(Examples.eur("45.00"));
        });
    }
}
