package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static io.github.servicecontract.pricing.Examples.LYON;
import static io.github.servicecontract.pricing.Examples.eur;
import static io.github.servicecontract.pricing.Examples.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.DateWindow;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.RenewalDates;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.billing.Allocator;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import io.github.servicecontract.pricing.billing.EscalationStep;
import io.github.servicecontract.pricing.billing.Invoice;
import io.github.servicecontract.pricing.billing.PlanPrices;
import io.github.servicecontract.pricing.billing.Proration;
import io.github.servicecontract.pricing.ratesheet.RateProblem;
import io.github.servicecontract.pricing.ratesheet.RateReport;
import io.github.servicecontract.pricing.ratesheet.RateRequirements;
import io.github.servicecontract.pricing.ratesheet.RateRow;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** Equality, hash codes, text forms and accessors of the pricing values, and their boundaries. */
class ValueContractsTest {

    private static void assertValue(Object value, Object equal, Object different) {
        assertThat(value).isEqualTo(equal).hasSameHashCodeAs(equal).isNotEqualTo(different).isNotEqualTo("text");
        assertThat(value.hashCode()).as("a different value hashes differently here").isNotEqualTo(different.hashCode());
        assertThat(value.toString()).isNotBlank().isEqualTo(equal.toString());
    }

    @Test
    void roundingMultiplierAndKeys() {
        Rounding cents = Rounding.toScale(2, RoundingMode.HALF_UP, Rounding.Step.PER_LINE);
        assertValue(cents, Rounding.toScale(2, RoundingMode.HALF_UP, Rounding.Step.PER_LINE),
                Rounding.toScale(2, RoundingMode.HALF_EVEN, Rounding.Step.PER_LINE));
        assertThat(cents).isNotEqualTo(Rounding.toScale(3, RoundingMode.HALF_UP, Rounding.Step.PER_LINE))
                .isNotEqualTo(cents.withStep(Rounding.Step.ON_TOTAL));
        assertThat(cents.mode()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(Rounding.toScale(0, RoundingMode.UP, Rounding.Step.PER_LINE).increment()).isEqualByComparingTo("1");
        assertThat(Rounding.toScale(9, RoundingMode.UP, Rounding.Step.PER_LINE).increment()).isEqualByComparingTo("0.000000001");
        assertThatThrownBy(() -> Rounding.toScale(-1, RoundingMode.UP, Rounding.Step.PER_LINE)).hasMessage(
                "scale must be between 0 and 9, was -1");
        assertValue(Multiplier.of("1.5"), Multiplier.parse("1.50x"), Multiplier.of("2"));
        assertThat(Multiplier.of("0").factor()).isEqualByComparingTo("0");
        RateKey key = RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN).withBand(TimeBand.NIGHT)
                .withBrand("Crestron").withTier(TierId.of("gold"));
        RateKey same = RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withTier(TierId.of("gold")).withBrand("Crestron")
                .withBand(TimeBand.NIGHT).withRole(Role.TECHNICIAN);
        assertValue(key, same, key.withRole(Role.ENGINEER));
        assertThat(key).isNotEqualTo(key.withBrand("Savant")).isNotEqualTo(key.withBand(TimeBand.SATURDAY))
                .isNotEqualTo(key.withTier(TierId.of("silver"))).isNotEqualTo(key.withRegion(RegionCode.ofCountry("FR")))
                .isNotEqualTo(RateKey.of(CostComponent.REMOTE_LABOUR, LYON).withRole(Role.TECHNICIAN).withBand(TimeBand.NIGHT)
                        .withBrand("Crestron").withTier(TierId.of("gold")));
        assertThat(key.role()).contains(Role.TECHNICIAN);
        assertThat(key.brand()).contains("Crestron");
        assertThat(key.tier()).contains(TierId.of("gold"));
        assertThat(key.component()).isEqualTo(CostComponent.ON_SITE_LABOUR);
        assertThat(key.region()).isEqualTo(LYON);
        assertThat(key).hasToString("on-site labour rate for region FR-69, role TECHNICIAN, brand Crestron, band NIGHT, tier gold");
    }

    @Test
    void rateKeys_ofSimilarRegionsAndRoles_haveDistinctHashes() {
        // 31-multiplied hashes of FR-01 to FR-95 and ROLE_0 to ROLE_1052 cancel out: 7,446 hashes for 100,035 keys
        Set<Integer> hashes = new HashSet<>();
        int keys = 0;
        for (int department = 1; department <= 95; department++) {
            for (int role = 0; role <= 1052; role++) {
                hashes.add(RateKey.of(CostComponent.ON_SITE_LABOUR, RegionCode.of("FR", String.format("%02d", department)))
                        .withRole(Role.of("ROLE_" + role)).hashCode());
                keys++;
            }
        }
        assertThat(hashes).as("distinct hashes of %d keys", keys).hasSizeGreaterThan(keys - 10);
    }

    @Test
    void tablesBracketsZonesAndScales() {
        assertValue(Examples.FRANCE, RateTable.builder(EUR).effective(Examples.START, LocalDate.of(2027, 1, 1))
                .rate(RateKey.of(CostComponent.FLAT_FEE, LYON).withTier(Examples.GOLD_ID), "60.00")
                .rate(RateKey.of(CostComponent.DEVICE_FEE, LYON).withTier(Examples.GOLD_ID), "1.00")
                .rate(RateKey.of(CostComponent.SUBSYSTEM_FEE, LYON).withTier(Examples.GOLD_ID), "10.00")
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, RegionCode.ofCountry("FR")).withRole(Role.TECHNICIAN), "85.00")
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, Examples.MONTPELLIER).withRole(Role.TECHNICIAN), "90.00")
                .rate(RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), "45.00")
                .rate(RateKey.of(CostComponent.TRAVEL_DISTANCE, RegionCode.ofCountry("FR")), "2.40")
                .rate(RateKey.of(CostComponent.SYSTEM_UPDATE, RegionCode.ofCountry("FR")), "60.00").build(), Examples.ITALY);
        List<Brackets.Bracket> steps = List.of(Brackets.Bracket.upTo(10, eur("2.00")), Brackets.Bracket.above(eur("1.00")));
        Brackets graduated = Brackets.graduated(steps);
        assertValue(graduated, Brackets.graduated(steps), Brackets.volume(steps));
        assertThat(graduated.currency()).isEqualTo(EUR);
        assertThat(graduated.brackets().get(0)).hasToString("up to 10 at EUR 2.00");
        assertThat(graduated.brackets().get(1)).hasToString("above at EUR 1.00");
        assertThat(Brackets.volume(List.of(Brackets.Bracket.above(eur("0.125"))))).hasToString("VOLUME [above at EUR 0.125]");
        assertThat(graduated.priceOf(BigDecimal.TEN)).isEqualTo(eur("20.00"));
        assertThat(graduated.priceOf(BigDecimal.valueOf(11))).isEqualTo(eur("21.00"));
        assertThat(graduated.sharesOf(BigDecimal.ONE)).hasSize(1);
        assertThatThrownBy(() -> Brackets.volume(List.of(Brackets.Bracket.upTo(0, eur("1.00")), Brackets.Bracket.above(eur("1.00")))))
                .hasMessage("brackets[0].upTo must be greater than 0, was 0");
        RateTable withBrackets = RateTable.builder(EUR).brackets(RateKey.of(CostComponent.DEVICE_FEE, LYON), graduated).build();
        assertThat(withBrackets.bracketEntries()).hasSize(1);
        assertThat(withBrackets).isNotEqualTo(RateTable.builder(EUR).build());
        assertThatThrownBy(() -> RateTable.builder(EUR).brackets(RateKey.of(CostComponent.DEVICE_FEE, LYON),
                Brackets.volume(List.of(Brackets.Bracket.above(usd("1.00")))))).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> RateTable.builder(EUR).brackets(RateKey.of(CostComponent.DEVICE_FEE, LYON), graduated)
                .brackets(RateKey.of(CostComponent.DEVICE_FEE, LYON), graduated)).hasMessageStartingWith("brackets of device fee rate");
        assertThat(RateTable.builder(EUR).rate(RateKey.of(CostComponent.TRIP_FEE, LYON), "0").build().size()).isEqualTo(1);
        DistanceZones zones = Examples.FRENCH_ZONES;
        assertValue(zones, DistanceZones.of(zones.zones()), DistanceZones.of(List.of(DistanceZones.Zone.beyond(eur("1.00")))));
        assertThatThrownBy(() -> DistanceZones.of(List.of(DistanceZones.Zone.upTo(Distance.ofKilometres(5), eur("1.00")),
                DistanceZones.Zone.beyond(usd("2.00"))))).isInstanceOf(CurrencyMismatchException.class);
        ComplexityScale scale = ComplexityScale.of(List.of(new ComplexityScale.Step(45, 5, Multiplier.of("1.1"))));
        assertValue(scale, ComplexityScale.of(scale.steps()), ComplexityScale.of(List.of(new ComplexityScale.Step(46, 5,
                Multiplier.of("1.1")))));
        assertThat(scale.multiplierOf(Examples.LYON_SITE)).as("45 devices reach the step").isEqualTo(Multiplier.of("1.1"));
        assertThat(ComplexityScale.of(List.of(new ComplexityScale.Step(46, 4, Multiplier.of("1.1")))).multiplierOf(Examples.LYON_SITE))
                .as("4 subsystems reach the step").isEqualTo(Multiplier.of("1.1"));
        assertThat(ComplexityScale.of(List.of(new ComplexityScale.Step(46, 5, Multiplier.of("1.1")))).multiplierOf(Examples.LYON_SITE))
                .isEqualTo(Multiplier.ONE);
        assertThatThrownBy(() -> ComplexityScale.of(List.of(new ComplexityScale.Step(1, 1, Multiplier.of("1.1")),
                new ComplexityScale.Step(2, 2, Multiplier.of("1.1"))))).hasMessage("steps[1].multiplier must be greater than 1.1x, was 1.1x");
    }

    @Test
    void billingValues() {
        Allocator allocator = Allocator.of(BillingTest.CENTS, Allocator.Residual.FIRST);
        assertValue(allocator, Allocator.of(BillingTest.CENTS, Allocator.Residual.FIRST), Allocator.of(BillingTest.CENTS,
                Allocator.Residual.LAST));
        assertThat(allocator).isNotEqualTo(Allocator.of(BillingTest.FIVE_RAPPEN, Allocator.Residual.FIRST));
        assertThat(allocator.rounding()).isEqualTo(BillingTest.CENTS);
        assertThat(allocator.residual()).isEqualTo(Allocator.Residual.FIRST);
        PlanPrices plan = PlanPrices.of(Map.of(BillingFrequency.MONTHLY, usd("56.00"), BillingFrequency.ANNUAL, usd("672.00")));
        assertValue(plan, PlanPrices.of(plan.pricePerPeriod()), PlanPrices.of(Map.of(BillingFrequency.MONTHLY, usd("50.00"))));
        assertThat(plan.savingsVersusMonthly(BillingFrequency.ANNUAL)).as("same price, no saving").isEqualTo(Percentage.ZERO);
        assertThatThrownBy(() -> PlanPrices.of(Map.of(BillingFrequency.MONTHLY, usd("56.00"), BillingFrequency.ANNUAL, eur("600.00"))))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> PlanPrices.of(Map.of(BillingFrequency.MONTHLY, usd("0.00")))).hasMessage(
                "pricePerPeriod[MONTHLY] must be > 0, was USD 0.00");
        RenewalDates dates = RenewalDates.of(BillingTest.terms(LocalDate.of(2026, 1, 1), 12, BillingFrequency.MONTHLY));
        assertValue(dates, RenewalDates.of(BillingTest.terms(LocalDate.of(2026, 1, 1), 12, BillingFrequency.MONTHLY)),
                RenewalDates.of(BillingTest.terms(LocalDate.of(2026, 2, 1), 12, BillingFrequency.MONTHLY)));
        assertThat(dates).hasToString("RenewalDates[end 2026-12-31, renews 2027-01-01, cancel by 2026-12-01]");
        DateWindow window = new DateWindow(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 1));
        assertThat(window.contains(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(window.contains(LocalDate.of(2026, 11, 2))).isFalse();
        assertThat(window.contains(LocalDate.of(2026, 11, 1))).isTrue();
        assertThat(window).hasToString("2026-09-01..2026-11-01");
        Quote quote = BillingTest.flatFeeQuote("56.00", BillingTest.terms(LocalDate.of(2026, 1, 1), 12, BillingFrequency.QUARTERLY));
        BillingSchedule schedule = BillingSchedule.of(quote, BillingTest.FRENCH_VAT);
        assertValue(schedule, BillingSchedule.of(quote, BillingTest.FRENCH_VAT), BillingSchedule.of(quote,
                BillingPolicy.builder().taxation(Taxation.of(TaxRate.ITALY)).build()));
        assertThat(schedule.totalTax()).isEqualTo(eur("134.40"));
        assertThat(schedule.totalIncludingTax()).isEqualTo(eur("806.40"));
        assertThat(schedule).hasToString("BillingSchedule[4 invoices, EUR 806.40 with tax]");
        // records write their amounts exactly: Moneta's toString shows two decimals, even for the Bahraini dinar's three
        CurrencyUnit dinar = Monetary.getCurrency("BHD");
        assertThat(new Invoice(1, LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 17), window, Examples.money("11735.221", dinar), Examples.money("0", dinar),
                Examples.money("1173.522", dinar), Examples.money("0", dinar), Trace.of("billing-period"))).hasToString(
                "Invoice[number=1, issued=2026-02-17, due=2026-02-17, covers=2026-09-01..2026-11-01, firm=BHD 11735.221, oneOff=BHD 0.000, "
                + "tax=BHD 1173.522, cashRounding=BHD 0.000, trace=billing-period: , kind=PERIOD]");
        assertThat(new EscalationStep(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 11, 1), Percentage.of(3),
                Examples.money("100.005", dinar), Examples.money("103.005", dinar))).hasToString("EscalationStep[anniversary=2027-01-01, "
                + "noticeBy=2026-11-01, rate=3%, before=BHD 100.005, after=BHD 103.005]");
        assertThat(DistanceZones.Zone.beyond(Examples.money("4.125", dinar))).hasToString("Zone[upTo=Optional.empty, fee=BHD 4.125]");
        assertThat(Proration.BY_DAY.apply(new BigDecimal("31.00"), 0, 31, BillingTest.CENTS)).isEqualByComparingTo("0");
        assertThat(Proration.FULL_PERIOD.apply(new BigDecimal("31.00"), 1, 31, BillingTest.CENTS)).isEqualByComparingTo("31.00");
        assertThatThrownBy(() -> Proration.BY_DAY.apply(BigDecimal.TEN, -1, 31, BillingTest.CENTS)).hasMessage(
                "coveredDays must be between 0 and periodDays 31, was -1");
        assertThatThrownBy(() -> new Invoice(1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), window, eur("1.00"), usd("0.00"), eur("0.20"), eur("0.00"), Trace.of("x")))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> new Invoice(1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), window, eur("1.00"), eur("0.00"), usd("0.20"), eur("0.00"), Trace.of("x")))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> new EscalationStep(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 11, 1), Percentage.of(3), eur("1.00"),
                usd("1.03"))).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> BillingPolicy.builder().taxation(Taxation.of(TaxRate.FRANCE)).anchorDay(0).build()).hasMessage(
                "anchorDay must be between 1 and 31, was 0");
        assertThat(BillingPolicy.builder().taxation(Taxation.of(TaxRate.FRANCE)).anchorDay(31).build().anchorDay()).contains(31);
    }

    @Test
    void quotesComparisonsCataloguesAndReports() {
        Quote quote = Quote.of(Examples.LYON_CONTEXT, Examples.LYON_GOLD_RULE);
        assertValue(quote, Quote.of(Examples.LYON_CONTEXT, Examples.LYON_GOLD_RULE), Quote.of(Examples.LYON_CONTEXT, PricingRules.flatFee()));
        assertThat(quote).isNotEqualTo(Quote.of(PricingContext.builder().from(Examples.LYON_CONTEXT).usage(Usage.NONE).build(),
                Examples.LYON_GOLD_RULE));
        assertThat(quote).hasToString("Quote[gold, 8 lines, total EUR 2061.50]");
        assertThat(quote.currency()).isEqualTo(EUR);
        TierComparison comparison = TierComparison.of(Examples.US_YEAR, Examples.US_TIERS);
        assertValue(comparison, TierComparison.of(Examples.US_YEAR, Examples.US_TIERS), TierComparison.of(Examples.US_YEAR,
                TierCatalogue.of(List.of(Examples.US_TIERS.offers().get(0)))));
        assertThat(comparison).hasToString("TierComparison{basic=USD 825.00, plus=USD 1545.00, premier=USD 2265.00}");
        TierCatalogue catalogue = Examples.US_TIERS;
        assertValue(catalogue, TierCatalogue.of(catalogue.offers()), TierCatalogue.of(catalogue.offers().subList(0, 2)));
        assertThat(catalogue).hasToString("TierCatalogue[basic, plus, premier]");
        RateRequirements requirements = RateRequirements.of(List.of(RateKey.of(CostComponent.TRIP_FEE, LYON)));
        assertValue(requirements, RateRequirements.of(requirements.keys()), RateRequirements.none());
        assertThat(requirements).hasToString("RateRequirements[1 rates]");
        RateSheet sheet = RateSheet.from(Examples.ITALY);
        assertValue(sheet, RateSheet.from(Examples.ITALY), RateSheet.from(Examples.FRANCE));
        assertThat(sheet).hasToString("RateSheet[2 rows, EUR]");
        RateRow row = RateRow.of(RateKey.of(CostComponent.TRIP_FEE, LYON), Unit.TRIP, BigDecimal.TEN, EUR, Examples.START);
        assertThat(row.location()).isEqualTo("trip fee rate for region FR-69");
        assertThat(new RateRow(1, row.key(), Optional.empty(), Optional.empty(), Optional.empty(), "TRIP", BigDecimal.TEN, EUR, Examples.START,
                Optional.empty()).location()).isEqualTo("line 1");
        RateReport report = RateSheet.of(List.of(row, new RateRow(0, row.key(), Optional.empty(), Optional.empty(), Optional.empty(), "TRIP",
                BigDecimal.ONE.negate(), EUR, Examples.START, Optional.empty()))).validate();
        assertThat(report.problems(RateProblem.Code.NEGATIVE_RATE)).hasSize(1);
        assertThat(report.problems(RateProblem.Code.ZERO_RATE)).isEmpty();
        assertThat(TaxRate.of(RegionCode.ofCountry("FR"), Percentage.of("5.5")).rate()).isEqualTo(Percentage.of("5.5"));
        assertThat(PricingConditions.regionWithin(RegionCode.ofCountry("FR")).test(Examples.LYON_CONTEXT)).isTrue();
        assertThat(PricingConditions.anyInterventionIn(TimeBand.NIGHT).test(Examples.SATURDAY_CALL_OUT)).isFalse();
        assertThat(PricingConditions.anyEquipmentInWarranty().test(PricingContext.builder().from(Examples.LYON_CONTEXT)
                .pricingDay(LocalDate.of(2026, 12, 31)).build())).as("a warranty ending on 2026-12-31 covers that day").isTrue();
        io.github.servicecontract.model.Equipment old = io.github.servicecontract.model.Equipment.builder().brand("Acme")
                .model("Legacy").subsystem(io.github.servicecontract.model.Subsystem.CONTROL).unitValue(eur("1000.00"))
                .installDate(LocalDate.of(2015, 1, 1)).warrantyEnd(LocalDate.of(2017, 1, 1)).build();
        PricingContext outOfWarranty = PricingContext.builder().from(Examples.LYON_CONTEXT).site(io.github.servicecontract.model.Site
                .builder().from(Examples.LYON_SITE).equipment(List.of(old)).build()).build();
        assertThat(PricingConditions.anyEquipmentInWarranty().test(outOfWarranty)).as("every warranty has ended").isFalse();
        assertThat(Examples.LYON_CONTEXT.usage().interventions(io.github.servicecontract.model.Delivery.REMOTE)).isEmpty();
    }

    @Test
    void draftsKeepOneRateCardEntryPerService_andRejectOtherCurrencies() {
        QuoteDraft draft = QuoteDraft.of(Examples.LYON_CONTEXT);
        RateCardEntry trip = RateCardEntry.builder().component(CostComponent.TRIP_FEE).unit(Unit.TRIP).standardPrice(eur("45.00"))
                .price(eur("45.00")).trace(Trace.of("trip-fee")).build();
        QuoteDraft once = draft.plus(trip).plus(trip);
        assertThat(once.rateCard()).containsExactly(trip);
        assertThat(once.plus(RateCardEntry.builder().from(trip).unit(Unit.ITEM).build()).rateCard()).hasSize(2);
        assertThat(once.plus(RateCardEntry.builder().from(trip).band(TimeBand.NIGHT).build()).rateCard()).hasSize(2);
        assertThat(once.plus(RateCardEntry.builder().from(trip).role(Role.ENGINEER).build()).rateCard()).hasSize(2);
        assertThat(once.plus(RateCardEntry.builder().from(trip).component(CostComponent.TRAVEL_DISTANCE).build()).rateCard()).hasSize(2);
        assertThatThrownBy(() -> draft.plus(RateCardEntry.builder().from(trip).standardPrice(usd("45.00")).price(usd("45.00")).build()))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> RateCardEntry.builder().from(trip).price(usd("45.00")).build()).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> Quote.of(Examples.LYON_CONTEXT, PricingRules.bracketed(Measure.DEVICES, CostComponent.DEVICE_FEE,
                Brackets.volume(List.of(Brackets.Bracket.above(usd("1.00"))))))).isInstanceOf(CurrencyMismatchException.class);
        assertThat(draft.money("1.5")).isEqualTo(eur("1.50"));
    }

    @Test
    void labourBoundaries() {
        LabourRule minimum = LabourRule.builder().delivery(io.github.servicecontract.model.Delivery.ON_SITE)
                .minimumTime(Duration.ofHours(1)).minimumCharge(eur("170.00")).build();
        PricingContext exactHour = PricingContext.builder().from(Examples.LYON_CONTEXT)
                .usage(Usage.of(Intervention.onSite(LocalDate.of(2026, 3, 10), Duration.ofHours(2)))).build();
        QuoteLine line = Quote.of(exactHour, minimum).lines().get(0);
        assertThat(minimum).hasToString("LabourRule{delivery=ON_SITE, minimumTime=PT1H, increment=PT15M, minimumCharge=EUR 170.00, "
                + "bandMultipliers={}, bandApplication=RATE, inWarrantyLabour=BILLED}");
        assertThat(PricingRules.remoteLabour().toString()).doesNotContain("minimumCharge");
        assertThat(line.amount()).as("170.00 is the charge, not a minimum").isEqualTo(eur("170.00"));
        assertThat(line.trace().valueOf(StandardTraceKey.MINIMUM_CHARGE)).isEmpty();
        PricingContext oneHour = PricingContext.builder().from(Examples.LYON_CONTEXT)
                .usage(Usage.of(Intervention.onSite(LocalDate.of(2026, 3, 10), Duration.ofHours(1)))).build();
        assertThat(Quote.of(oneHour, minimum).lines().get(0).trace().valueOf(StandardTraceKey.BILLED_HOURS)).contains(BigDecimal.ONE);
        LabourRule charge = LabourRule.builder().from(minimum).bandApplication(LabourRule.BandApplication.CHARGE)
                .putBandMultipliers(TimeBand.SATURDAY, Multiplier.of("1.5")).build();
        PricingContext saturday = PricingContext.builder().from(Examples.LYON_CONTEXT).usage(Usage.of(
                Intervention.onSite(LocalDate.of(2026, 3, 14), Duration.ofHours(2)).withBand(TimeBand.SATURDAY))).build();
        assertThat(Quote.of(saturday, charge).total()).as("2 h x 85.00 = 170.00, not below the minimum, x 1.5").isEqualTo(eur("255.00"));
        PricingContext nanos = PricingContext.builder().from(Examples.LYON_CONTEXT).usage(Usage.of(
                Intervention.onSite(LocalDate.of(2026, 3, 10), Duration.ofMinutes(60).plusNanos(1)))).build();
        assertThat(Quote.of(nanos, PricingRules.onSiteLabour()).lines().get(0).quantity()).isEqualByComparingTo("1.25");
        assertThat(Quote.of(PricingContext.builder().from(Examples.LYON_CONTEXT).usage(Usage.of(Intervention.onSite(
                LocalDate.of(2026, 3, 10), Duration.ofMinutes(45)))).build(), PricingRules.onSiteLabour()).lines().get(0).quantity())
                .isEqualByComparingTo("0.75");
    }
}
