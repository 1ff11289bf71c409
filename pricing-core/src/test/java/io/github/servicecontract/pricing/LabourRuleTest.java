package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static io.github.servicecontract.pricing.Examples.LYON;
import static io.github.servicecontract.pricing.Examples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseParameter;
import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.Equipment;
import io.github.servicecontract.model.HolidayCalendar;
import io.github.servicecontract.model.IncludedQuotas;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.RemoteHoursAllowance;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.internal.Checks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabourRuleTest {

    private static final RateTable HUNDRED_AN_HOUR = RateTable.builder(EUR)
            .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN), "100.00")
            .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN).withBrand("Crestron"), "120.00")
            .rate(RateKey.of(CostComponent.REMOTE_LABOUR, LYON).withRole(Role.TECHNICIAN), "80.00")
            .build();

    private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 14);
    /** A Tuesday: work on it is in business hours, whatever the tier's calendar. */
    private static final LocalDate WEEKDAY = LocalDate.of(2026, 3, 10);

    private static PricingContext context(ServiceTier tier, Intervention... interventions) {
        return PricingContext.builder().from(Examples.LYON_CONTEXT).tier(tier).rates(HUNDRED_AN_HOUR)
                .usage(Usage.of(interventions)).build();
    }

    private static PricingContext context(Intervention... interventions) {
        return context(Examples.LYON_GOLD, interventions);
    }

    /** The Gold tier with one remote hour included per period, and the clause that says so. */
    private static ServiceTier oneRemoteHourPer(RemoteHoursAllowance.AllowancePeriod period, RemoteHoursAllowance.Rollover rollover) {
        return ServiceTier.builder().from(Examples.LYON_GOLD)
                .quotas(IncludedQuotas.builder().remoteHours(RemoteHoursAllowance.of(Duration.ofHours(1), period, rollover)).build())
                .addClauses(Clause.of(StandardClause.REMOTE_SUPPORT, ClauseParameter.HOURS, ParameterValue.duration(Duration.ofHours(1))))
                .build();
    }

    private static LabourRule.Builder saturdayWithMinimumCharge() {
        return LabourRule.builder().delivery(Delivery.ON_SITE).minimumCharge(eur("150.00"))
                .putBandMultipliers(TimeBand.SATURDAY, Multiplier.of("1.5"));
    }

    @Test
    void theBandOfADay_isSundayOrHolidayThenSaturdayThenBusinessHours() {
        HolidayCalendar france = HolidayCalendar.national(RegionCode.parse("FR-69"));
        assertThat(TimeBand.ofDay(LocalDate.of(2026, 7, 14), france)).isEqualTo(TimeBand.SUNDAY_HOLIDAY); // Tuesday, national day
        assertThat(TimeBand.ofDay(LocalDate.of(2026, 4, 6), france)).isEqualTo(TimeBand.SUNDAY_HOLIDAY); // Easter Monday
        assertThat(TimeBand.ofDay(LocalDate.of(2026, 7, 19), france)).isEqualTo(TimeBand.SUNDAY_HOLIDAY);
        assertThat(TimeBand.ofDay(LocalDate.of(2026, 7, 18), france)).isEqualTo(TimeBand.SATURDAY);
        assertThat(TimeBand.ofDay(LocalDate.of(2026, 8, 15), france)).isEqualTo(TimeBand.SUNDAY_HOLIDAY); // a Saturday holiday
        assertThat(TimeBand.ofDay(LocalDate.of(2026, 7, 15), france)).isEqualTo(TimeBand.BUSINESS_HOURS);
        assertThat(TimeBand.ofDay(LocalDate.of(2026, 7, 17), france)).isEqualTo(TimeBand.BUSINESS_HOURS); // Friday
        HolidayCalendar none = HolidayCalendar.of(RegionCode.ofCountry("FR"), List.of());
        assertThat(TimeBand.ofDay(LocalDate.of(2026, 7, 14), none)).isEqualTo(TimeBand.BUSINESS_HOURS);
        assertThat(TimeBand.ofDay(LocalDate.of(2026, 7, 20), none)).isEqualTo(TimeBand.BUSINESS_HOURS); // Monday
    }

    @Test
    void bandMultipliesTheRate_minimumChargeNotMultiplied() {
        Quote quote = Quote.of(context(Intervention.onSite(SATURDAY, Duration.ofMinutes(75)).withBand(TimeBand.SATURDAY)),
                saturdayWithMinimumCharge().bandApplication(LabourRule.BandApplication.RATE).build());
        assertThat(quote.total()).isEqualTo(eur("187.50"));
    }

    @Test
    void bandMultipliesTheCharge_afterTheMinimum() {
        Quote quote = Quote.of(context(Intervention.onSite(SATURDAY, Duration.ofMinutes(75)).withBand(TimeBand.SATURDAY)),
                saturdayWithMinimumCharge().bandApplication(LabourRule.BandApplication.CHARGE).build());
        assertThat(quote.total()).isEqualTo(eur("225.00"));
        assertThat(quote.lines().get(0).trace().valueOf(StandardTraceKey.MINIMUM_CHARGE)).contains(eur("150.00"));
        assertThat(quote.lines().get(0).trace().valueOf(StandardTraceKey.BAND_APPLIES_TO)).contains(LabourRule.BandApplication.CHARGE);
    }

    @Test
    void severalTechnicians_multiplyTheHours() {
        Quote quote = Quote.of(context(Intervention.onSite(WEEKDAY, Duration.ofHours(3)).withTechnicians(2)),
                PricingRules.onSiteLabour());
        assertThat(quote.lines().get(0).quantity()).isEqualByComparingTo("6");
        assertThat(quote.total()).isEqualTo(eur("600.00"));
    }

    @Test
    void increments_roundUp_andMinimumTimeApplies() {
        LabourRule halfHours = LabourRule.builder().delivery(Delivery.ON_SITE).increment(Duration.ofMinutes(30))
                .minimumTime(Duration.ofHours(2)).build();
        assertThat(Quote.of(context(Intervention.onSite(WEEKDAY, Duration.ofMinutes(121))), halfHours).total())
                .isEqualTo(eur("250.00"));
        assertThat(Quote.of(context(Intervention.onSite(WEEKDAY, Duration.ofMinutes(10))), halfHours).total())
                .isEqualTo(eur("200.00"));
        assertThat(Quote.of(context(Intervention.onSite(WEEKDAY, Duration.ofSeconds(3601))), PricingRules.onSiteLabour())
                .total()).isEqualTo(eur("125.00"));
    }

    @Test
    void brandOfTheEquipment_choosesItsRate() {
        Equipment processor = Equipment.builder().brand("Crestron").model("CP4").subsystem(io.github.servicecontract.model.Subsystem.CONTROL)
                .unitValue(eur("2400.00")).installDate(LocalDate.of(2020, 1, 1)).warrantyEnd(LocalDate.of(2022, 1, 1)).build();
        Quote quote = Quote.of(context(Intervention.onSite(WEEKDAY, Duration.ofHours(1)).withEquipment(processor)),
                PricingRules.onSiteLabour());
        assertThat(quote.total()).isEqualTo(eur("120.00"));
    }

    @Test
    void labourOnEquipmentInWarranty_isIncludedWhenCovered() {
        Equipment amplifier = Equipment.builder().brand("Sonos").model("Amp").subsystem(io.github.servicecontract.model.Subsystem.AUDIO_VIDEO)
                .unitValue(eur("699.00")).installDate(LocalDate.of(2025, 1, 1)).warrantyEnd(LocalDate.of(2027, 1, 1)).build();
        PricingContext context = context(Intervention.onSite(WEEKDAY, Duration.ofHours(1)).withEquipment(amplifier));
        LabourRule covered = LabourRule.builder().delivery(Delivery.ON_SITE).inWarrantyLabour(LabourRule.WarrantyLabour.COVERED).build();
        Quote quote = Quote.of(context, covered);
        assertThat(quote.lines().get(0).billing()).isEqualTo(QuoteLine.Billing.INCLUDED);
        assertThat(quote.lines().get(0).trace().valueOf(StandardTraceKey.INCLUDED)).contains("in-warranty");
        assertThat(quote.total()).isEqualTo(eur("0.00"));
        assertThat(Quote.of(context, PricingRules.onSiteLabour()).total()).isEqualTo(eur("100.00"));
    }

    @Test
    void visitQuota_includesTheFirstVisitsOfEachYear() {
        ServiceTier twoVisits = ServiceTier.builder().from(Examples.LYON_GOLD)
                .quotas(IncludedQuotas.builder().onSiteVisitsPerYear(2).build())
                .addClauses(Clause.of(StandardClause.ON_SITE_VISITS, ClauseParameter.VISITS, ParameterValue.count(2))).build();
        // given out of order: the quota counts them in order of day
        // a two-year term: the quota counts the visits of each contract year
        PricingContext twoYears = PricingContext.builder().from(Examples.LYON_CONTEXT).tier(twoVisits).rates(HUNDRED_AN_HOUR)
                .terms(io.github.servicecontract.model.ContractTerms.builder().from(Examples.LYON_CONTEXT.terms())
                        .term(io.github.servicecontract.model.Term.ofMonths(24)).build())
                .usage(Usage.of(Intervention.onSite(LocalDate.of(2027, 1, 5), Duration.ofHours(1)),
                        Intervention.onSite(LocalDate.of(2026, 8, 3), Duration.ofHours(1)),
                        Intervention.onSite(LocalDate.of(2026, 2, 2), Duration.ofHours(1)),
                        Intervention.onSite(LocalDate.of(2026, 5, 4), Duration.ofHours(1)))).build();
        Quote quote = Quote.of(twoYears, PricingRules.onSiteLabour());
        assertThat(quote.lines()).extracting(QuoteLine::billing).containsExactly(QuoteLine.Billing.INCLUDED,
                QuoteLine.Billing.INCLUDED, QuoteLine.Billing.BILLED, QuoteLine.Billing.INCLUDED);
        assertThat(quote.total()).isEqualTo(eur("100.00"));
        assertThat(quote.lines().get(0).unitPrice()).isEqualTo(eur("100.00"));
    }

    @Test
    void remoteAllowance_withRollover_carriesUnusedTime() {
        ServiceTier rolling = oneRemoteHourPer(RemoteHoursAllowance.AllowancePeriod.MONTH, RemoteHoursAllowance.Rollover.CARRY_OVER);
        Intervention march = Intervention.remote(LocalDate.of(2026, 3, 3), Duration.ofMinutes(150));
        assertThat(Quote.of(context(rolling, march), PricingRules.remoteLabour()).total()).as("Jan to Mar: 3 h carried")
                .isEqualTo(eur("0.00"));
        ServiceTier lost = ServiceTier.builder().from(rolling).quotas(IncludedQuotas.builder().remoteHours(RemoteHoursAllowance.of(
                Duration.ofHours(1), RemoteHoursAllowance.AllowancePeriod.MONTH, RemoteHoursAllowance.Rollover.NONE)).build()).build();
        Intervention january = Intervention.remote(LocalDate.of(2026, 1, 12), Duration.ofMinutes(20));
        assertThat(Quote.of(context(lost, january, march), PricingRules.remoteLabour()).total()).as("1.5 h beyond March's hour")
                .isEqualTo(eur("120.00"));
        assertThat(Quote.of(context(rolling, january, march), PricingRules.remoteLabour()).total()).as("40 min carried + 2 h")
                .isEqualTo(eur("0.00"));
    }

    @Test
    void remoteAllowance_isIgnoredWhenTheTierDoesNotIncludeRemoteSupport() {
        ServiceTier quotaWithoutClause = ServiceTier.builder().from(Examples.LYON_GOLD)
                .quotas(IncludedQuotas.builder().remoteHours(RemoteHoursAllowance.of(Duration.ofHours(5),
                        RemoteHoursAllowance.AllowancePeriod.MONTH, RemoteHoursAllowance.Rollover.NONE)).build()).build();
        assertThat(quotaWithoutClause.includes(ChargeableService.REMOTE_SUPPORT)).isFalse();
        assertThat(Quote.of(context(quotaWithoutClause, Intervention.remote(WEEKDAY, Duration.ofHours(1))),
                PricingRules.remoteLabour()).total()).isEqualTo(eur("80.00"));
    }

    @Test
    void remoteMinimumTime_appliesToACallWithNoAllowance_butNotToTimeBeyondAnAllowance() {
        LabourRule remote = LabourRule.builder().delivery(Delivery.REMOTE).minimumTime(Duration.ofHours(1)).build();
        Intervention twentyMinutes = Intervention.remote(LocalDate.of(2026, 3, 3), Duration.ofMinutes(20));
        assertThat(Quote.of(context(twentyMinutes), remote).total()).as("no allowance: the minimum hour").isEqualTo(eur("80.00"));
        ServiceTier oneHour = oneRemoteHourPer(RemoteHoursAllowance.AllowancePeriod.MONTH, RemoteHoursAllowance.Rollover.NONE);
        Intervention eightyMinutes = Intervention.remote(LocalDate.of(2026, 3, 3), Duration.ofMinutes(80));
        assertThat(Quote.of(context(oneHour, eightyMinutes), remote).total()).as("20 min beyond the hour: 30 min, no minimum")
                .isEqualTo(eur("40.00"));
    }

    @Test
    void premiumBandWithoutRateOrMultiplier_isAMissingRate() {
        assertThatThrownBy(() -> Quote.of(context(Intervention.onSite(SATURDAY, Duration.ofHours(1)).withBand(TimeBand.SATURDAY)),
                PricingRules.onSiteLabour()))
                .isInstanceOf(MissingRateException.class)
                .hasMessage("no on-site labour rate for region FR-69, role TECHNICIAN, band SATURDAY");
    }

    @Test
    void rule_invalidSettings_areRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LabourRule.builder().delivery(Delivery.ON_SITE).increment(Duration.ofSeconds(90)).build())
                .withMessage("increment must be a whole number of minutes, was PT1M30S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LabourRule.builder().delivery(Delivery.ON_SITE).increment(Duration.ZERO).build())
                .withMessage("increment must be a whole number of minutes, was PT0S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LabourRule.builder().delivery(Delivery.ON_SITE).minimumTime(Duration.ofSeconds(30)).build())
                .withMessage("minimumTime must be zero or a whole number of minutes, was PT30S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LabourRule.builder().delivery(Delivery.ON_SITE).minimumTime(Duration.ofMinutes(-5)).build())
                .withMessageStartingWith("minimumTime must be zero or a whole number of minutes");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LabourRule.builder().delivery(Delivery.ON_SITE).minimumCharge(eur("-1.00")).build())
                .withMessage("minimumCharge must be >= 0, was EUR -1.00");
        assertThatIllegalArgumentException().isThrownBy(() -> Intervention.onSite(WEEKDAY, Duration.ZERO))
                .withMessage("worked must be > 0, was PT0S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Intervention.onSite(WEEKDAY, Duration.ofHours(1)).withTechnicians(0))
                .withMessage("technicians must be between 1 and 100, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Usage.builder().systemUpdates(-1).build())
                .withMessage("systemUpdates must be >= 0, was -1");
    }

    @Test
    void labour_explainsEachLineAndTheRateCard() {
        ServiceTier quotas = ServiceTier.builder().from(Examples.LYON_GOLD)
                .quotas(IncludedQuotas.builder().onSiteVisitsPerYear(1).remoteHours(RemoteHoursAllowance.of(Duration.ofHours(1),
                        RemoteHoursAllowance.AllowancePeriod.MONTH, RemoteHoursAllowance.Rollover.NONE)).build())
                .addClauses(Clause.of(StandardClause.ON_SITE_VISITS, ClauseParameter.VISITS, ParameterValue.count(1)),
                        Clause.of(StandardClause.REMOTE_SUPPORT, ClauseParameter.HOURS, ParameterValue.duration(Duration.ofHours(1))))
                .build();
        PricingContext context = context(quotas, Intervention.onSite(LocalDate.of(2026, 2, 2), Duration.ofHours(1)),
                Intervention.onSite(SATURDAY, Duration.ofMinutes(75)).withBand(TimeBand.SATURDAY),
                Intervention.remote(LocalDate.of(2026, 4, 1), Duration.ofMinutes(40)),
                Intervention.remote(LocalDate.of(2026, 5, 4), Duration.ofMinutes(100)));
        LabourRule onSite = saturdayWithMinimumCharge().minimumTime(Duration.ofHours(1))
                .bandApplication(LabourRule.BandApplication.CHARGE).build();
        Quote quote = Quote.of(context, onSite.andThen(LabourRule.builder().delivery(Delivery.REMOTE).build()));
        assertThat(quote.lines()).extracting(line -> Checks.describe(line.amount()) + " " + line.trace()).containsExactly(
                "EUR 0.00 labour: rate=EUR 100.00, band=BUSINESS_HOURS, day=2026-02-02, worked=PT1H, technicians=1, included=visit-quota, "
                        + "visit=1, visits-included=1, hours=1",
                "EUR 225.00 labour: rate=EUR 100.00, band=SATURDAY, band-multiplier=1.5x, day=2026-03-14, worked=PT1H15M, technicians=1, "
                        + "increment=PT15M, minimum-time=PT1H, billed-hours=1.25, minimum-charge=EUR 150.00, "
                        + "band-applies-to=CHARGE, amount=EUR 225.00",
                "EUR 0.00 labour: rate=EUR 80.00, band=BUSINESS_HOURS, day=2026-04-01, worked=PT40M, technicians=1, included=remote-allowance, "
                        + "hours=0.75",
                "EUR 60.00 labour: rate=EUR 80.00, band=BUSINESS_HOURS, day=2026-05-04, worked=PT1H40M, technicians=1, allowance-used=PT1H, "
                        + "beyond-allowance=PT40M, increment=PT15M, billed-hours=0.75, amount=EUR 60.00");
        assertThat(quote.rateCard()).extracting(entry -> entry.role().orElseThrow() + " " + entry.band().orElseThrow() + " "
                + Checks.describe(entry.price()) + " " + entry.trace()).containsExactly(
                "TECHNICIAN BUSINESS_HOURS EUR 100.00 labour: rate=EUR 100.00, band=BUSINESS_HOURS, member-discount=0%, "
                        + "price=EUR 100.00",
                "TECHNICIAN SATURDAY EUR 150.00 labour: rate=EUR 100.00, band=SATURDAY, band-multiplier=1.5x, "
                        + "member-discount=0%, price=EUR 150.00",
                "TECHNICIAN BUSINESS_HOURS EUR 80.00 labour: rate=EUR 80.00, band=BUSINESS_HOURS, member-discount=0%, "
                        + "price=EUR 80.00");
    }

    @Test
    void theRateCard_listsTheTechnician_andEachOtherRoleThatWorked_once() {
        RateTable engineers = RateTable.builder(EUR).rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN), "100.00")
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.ENGINEER), "140.00").build();
        Intervention engineer = Intervention.builder().from(Intervention.onSite(LocalDate.of(2026, 2, 2), Duration.ofHours(1)))
                .role(Role.ENGINEER).build();
        PricingContext context = PricingContext.builder().from(context(engineer, engineer.withBand(TimeBand.BUSINESS_HOURS)))
                .rates(engineers).build();
        assertThat(Quote.of(context, PricingRules.onSiteLabour()).rateCard())
                .extracting(entry -> entry.role().orElseThrow() + " " + Checks.describe(entry.price()))
                .containsExactly("TECHNICIAN EUR 100.00", "ENGINEER EUR 140.00");
    }

    @Test
    void aTiersOwnLabourRate_inTheSameTable_wins_andOtherTiersHaveTheRateForAnyTier() {
        RateTable withMembers = RateTable.builder(EUR)
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN), "100.00")
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN).withTier(TierId.of("member")), "80.00")
                .build();
        ServiceTier member = ServiceTier.builder().from(Examples.LYON_GOLD).id(TierId.of("member")).build();
        LabourRule withMinimum = LabourRule.builder().delivery(Delivery.ON_SITE).minimumCharge(eur("60.00")).build();
        Intervention hour = Intervention.onSite(WEEKDAY, Duration.ofHours(1));
        Quote memberQuote = Quote.of(PricingContext.builder().from(context(member, hour)).rates(withMembers).build(), withMinimum);
        assertThat(memberQuote.lines().get(0).amount()).isEqualTo(eur("80.00"));
        assertThat(memberQuote.rateCard()).extracting(entry -> entry.role().orElseThrow() + " " + entry.band().orElseThrow() + " "
                + Checks.describe(entry.price())).contains("TECHNICIAN BUSINESS_HOURS EUR 80.00");
        Quote goldQuote = Quote.of(PricingContext.builder().from(context(hour)).rates(withMembers).build(), withMinimum);
        assertThat(goldQuote.lines().get(0).amount()).isEqualTo(eur("100.00"));
        // half an hour: the member's own minimum charge of its own pricing applies to its own rate
        Quote shortVisit = Quote.of(PricingContext.builder().from(context(member, Intervention.onSite(WEEKDAY,
                Duration.ofMinutes(30)))).rates(withMembers).build(), withMinimum);
        assertThat(shortVisit.lines().get(0).amount()).isEqualTo(eur("60.00"));
    }

    @Test
    void anyWholeNumberOfMinutes_isBilled_exactWhereHoursAre_roundedToTheCentWhereNot() {
        LabourRule tenMinutes = LabourRule.builder().delivery(Delivery.ON_SITE).increment(Duration.ofMinutes(10)).build();
        Quote fifty = Quote.of(context(Intervention.onSite(WEEKDAY, Duration.ofMinutes(41))), tenMinutes);
        QuoteLine line = fifty.lines().get(0);
        // 50 minutes at 100.00 an hour: 83.333... rounded half up to 83.33, and the trace says so
        assertThat(line.amount()).isEqualTo(eur("83.33"));
        assertThat(line.quantity()).isEqualByComparingTo("0.833333");
        assertThat(line.trace().valueOf(StandardTraceKey.BILLED_TIME)).contains(Duration.ofMinutes(50));
        assertThat(line.trace().valueOf(StandardTraceKey.BILLED_HOURS)).isEmpty();
        assertThat(line.trace().valueOf(StandardTraceKey.ROUNDING)).contains(Rounding.toCurrency(EUR, java.math.RoundingMode.HALF_UP,
                Rounding.Step.PER_LINE));
        // two technicians: the price of their 100 minutes, rounded once (166.67, not twice 83.33)
        Quote two = Quote.of(context(Intervention.onSite(WEEKDAY, Duration.ofMinutes(41)).withTechnicians(2)), tenMinutes);
        assertThat(two.lines().get(0).amount()).isEqualTo(eur("166.67"));
        // three technicians: 150 minutes are 2.5 hours, exact, and no rounding is written
        Quote three = Quote.of(context(Intervention.onSite(WEEKDAY, Duration.ofMinutes(41)).withTechnicians(3)), tenMinutes);
        assertThat(three.lines().get(0).amount()).isEqualTo(eur("250.00"));
        assertThat(three.lines().get(0).quantity()).isEqualByComparingTo("2.5");
        assertThat(three.lines().get(0).trace().valueOf(StandardTraceKey.ROUNDING)).isEmpty();
        // an hour is exact as before
        Quote sixty = Quote.of(context(Intervention.onSite(WEEKDAY, Duration.ofMinutes(60))), tenMinutes);
        assertThat(sixty.lines().get(0).amount()).isEqualTo(eur("100.00"));
        assertThat(sixty.lines().get(0).trace().valueOf(StandardTraceKey.BILLED_HOURS)).contains(java.math.BigDecimal.ONE);
        // a multiplier on the charge is priced with the time, once: 40 minutes at 100.00 times 1.5 is 100.00, not 66.67 x 1.5
        LabourRule onCharge = LabourRule.builder().delivery(Delivery.ON_SITE).increment(Duration.ofMinutes(40))
                .putBandMultipliers(TimeBand.SATURDAY, Multiplier.of("1.5")).bandApplication(LabourRule.BandApplication.CHARGE).build();
        QuoteLine saturday = Quote.of(context(Intervention.onSite(SATURDAY, Duration.ofMinutes(40)).withBand(TimeBand.SATURDAY)),
                onCharge).lines().get(0);
        assertThat(saturday.amount()).isEqualTo(eur("100.00"));
        assertThat(saturday.trace().valueOf(StandardTraceKey.ROUNDING)).isEmpty();
        // 10 minutes at 100.00 x 1.5: 25.00 exactly, where the rounded 16.67 x 1.5 would be 25.005
        QuoteLine tenOnCharge = Quote.of(context(Intervention.onSite(SATURDAY, Duration.ofMinutes(10)).withBand(TimeBand.SATURDAY)),
                LabourRule.builder().from(onCharge).increment(Duration.ofMinutes(10)).build()).lines().get(0);
        assertThat(tenOnCharge.amount()).isEqualTo(eur("25.00"));
        // a minimum charge replaces the rounded price, and no rounding is written
        QuoteLine minimum = Quote.of(context(Intervention.onSite(WEEKDAY, Duration.ofMinutes(41))),
                LabourRule.builder().from(tenMinutes).minimumCharge(eur("150.00")).build()).lines().get(0);
        assertThat(minimum.amount()).isEqualTo(eur("150.00"));
        assertThat(minimum.trace().valueOf(StandardTraceKey.ROUNDING)).isEmpty();
        assertThat(minimum.trace().valueOf(StandardTraceKey.MINIMUM_CHARGE)).isPresent();
    }

    @Test
    void quarterlyRemoteAllowance_withRollover_addsEveryQuarterSinceTheLastOneUsed() {
        ServiceTier quarterly = oneRemoteHourPer(RemoteHoursAllowance.AllowancePeriod.QUARTER, RemoteHoursAllowance.Rollover.CARRY_OVER);
        Quote quote = Quote.of(context(quarterly, Intervention.remote(LocalDate.of(2026, 1, 12), Duration.ofMinutes(20)),
                Intervention.remote(LocalDate.of(2026, 5, 5), Duration.ofMinutes(150)),
                Intervention.remote(LocalDate.of(2026, 12, 1), Duration.ofMinutes(200))), PricingRules.remoteLabour());
        // Q1: 60 min, 20 used; Q2: 40 + 60 = 100 for 150, 50 beyond (1 h); Q3 and Q4: 0 + 120 for 200, 80 beyond (1.5 h)
        assertThat(quote.lines()).extracting(line -> Checks.describe(line.amount())).containsExactly("EUR 0.00", "EUR 80.00",
                "EUR 120.00");
    }

    @Test
    void theMinimumChargeApplies_onlyWhereTheMinimumTimeDoes() {
        ServiceTier allowance = oneRemoteHourPer(RemoteHoursAllowance.AllowancePeriod.MONTH, RemoteHoursAllowance.Rollover.NONE);
        LabourRule remote = LabourRule.builder().delivery(Delivery.REMOTE).minimumCharge(eur("150.00")).build();
        Quote beyond = Quote.of(context(allowance, Intervention.remote(LocalDate.of(2026, 3, 3), Duration.ofMinutes(75))), remote);
        assertThat(beyond.total()).as("15 min beyond the allowance: no minimum charge").isEqualTo(eur("20.00"));
        Quote whole = Quote.of(context(Intervention.remote(LocalDate.of(2026, 3, 3), Duration.ofMinutes(15))), remote);
        assertThat(whole.total()).as("a whole intervention billed: the minimum charge").isEqualTo(eur("150.00"));
    }

    @Test
    void coveredInWarrantyLabour_stillBillsEquipmentOutOfWarranty() {
        Equipment old = Equipment.builder().brand("Sonos").model("Amp").subsystem(io.github.servicecontract.model.Subsystem.AUDIO_VIDEO)
                .unitValue(eur("699.00")).installDate(LocalDate.of(2020, 1, 1)).warrantyEnd(LocalDate.of(2022, 1, 1)).build();
        LabourRule covered = LabourRule.builder().delivery(Delivery.ON_SITE).inWarrantyLabour(LabourRule.WarrantyLabour.COVERED).build();
        Quote quote = Quote.of(context(Intervention.onSite(WEEKDAY, Duration.ofHours(1)).withEquipment(old)), covered);
        assertThat(quote.lines().get(0).billing()).isEqualTo(QuoteLine.Billing.BILLED);
        assertThat(quote.total()).isEqualTo(eur("100.00"));
    }

    @Test
    void theRateCard_isMadeWhenFirstRead_once() {
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        PricingRule counted = draft -> draft.plusRateCard(() -> {
            made.incrementAndGet();
            return List.of();
        });
        Quote quote = Quote.of(context(Intervention.onSite(WEEKDAY, Duration.ofHours(1))), PricingRules.onSiteLabour()
                .andThen(counted));
        assertThat(quote.total()).isEqualTo(eur("100.00"));
        assertThat(made).hasValue(0);
        assertThat(quote.rateCard()).hasSize(1).isSameAs(quote.rateCard());
        assertThat(made).hasValue(1);
    }

    @Test
    void aBandTheTableCannotPrice_isLeftOffTheRateCard_butFailsTheInterventionsInIt() {
        RateTable remoteOnly = RateTable.builder(EUR).rate(RateKey.of(CostComponent.REMOTE_LABOUR, LYON).withRole(Role.TECHNICIAN),
                "80.00").build();
        LabourRule saturdays = saturdayWithMinimumCharge().build();
        PricingContext noVisit = PricingContext.builder().from(context()).rates(remoteOnly).build();
        Quote quote = Quote.of(noVisit, saturdays);
        assertThat(quote.total()).isEqualTo(eur("0.00"));
        assertThat(quote.rateCard()).isEmpty();
        PricingContext saturday = PricingContext.builder().from(noVisit)
                .usage(Usage.of(Intervention.onSite(SATURDAY, Duration.ofHours(1)).withBand(TimeBand.SATURDAY))).build();
        assertThatThrownBy(() -> Quote.of(saturday, saturdays)).isInstanceOf(MissingRateException.class)
                .hasMessageContaining("role TECHNICIAN").hasMessageNotContaining("band");
        PricingContext night = PricingContext.builder().from(noVisit)
                .usage(Usage.of(Intervention.onSite(SATURDAY, Duration.ofHours(1)).withBand(TimeBand.NIGHT))).build();
        assertThatThrownBy(() -> Quote.of(night, saturdays)).isInstanceOf(MissingRateException.class)
                .hasMessageContaining("band NIGHT");
    }
}
