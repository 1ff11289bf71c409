package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static io.github.servicecontract.pricing.Examples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.servicecontract.model.Benefit;
import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseParameter;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.MemberPerks;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.internal.Checks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TravelRulesTest {

    private static final Intervention VISIT = Intervention.onSite(LocalDate.of(2026, 4, 2), Duration.ofHours(1));

    private static PricingContext at(Distance distance, ServiceTier tier) {
        Site site = Site.builder().from(Examples.LYON_SITE).distanceFromBase(distance).build();
        return PricingContext.builder().from(Examples.LYON_CONTEXT).site(site).tier(tier).usage(Usage.of(VISIT)).build();
    }

    /** The Gold tier, with travel included within {@code radius} instead of billed on demand. */
    private static ServiceTier travelIncludedWithin(Distance radius) {
        return ServiceTier.builder().from(Examples.LYON_GOLD).billedOnDemand(List.of(
                        ChargeableService.REMOTE_SUPPORT, ChargeableService.ON_SITE_VISIT, ChargeableService.SYSTEM_UPDATE))
                .addClauses(Clause.of(StandardClause.TRAVEL_WITHIN_RADIUS, ClauseParameter.RADIUS, ParameterValue.distance(radius)))
                .build();
    }

    private static PricingContext at(Distance distance) {
        return at(distance, Examples.LYON_GOLD);
    }

    @Test
    void kilometresBeyondAFreeRadius_countedBothWays() {
        Quote quote = Quote.of(at(Distance.ofKilometres(42)),
                PricingRules.tripFee().andThen(PricingRules.kilometres(Distance.ofKilometres(15), Legs.RETURN)));
        QuoteLine kilometres = quote.lines().get(1);
        assertThat(kilometres.quantity()).isEqualByComparingTo("54");
        assertThat(kilometres.amount()).isEqualTo(eur("129.60"));
        assertThat(quote.total()).isEqualTo(eur("174.60"));
        assertThat(Quote.of(at(Distance.ofKilometres(10)), PricingRules.kilometres(Distance.ofKilometres(15), Legs.ONE_WAY))
                .lines()).isEmpty();
    }

    /** A visit to the Miller residence, {@code distance} from the base, with a US rate card: trip fee 75.00, 0.70 a mile. */
    private static PricingContext inTheUnitedStates(Distance distance, ServiceTier tier) {
        Site site = Site.builder().from(Examples.US_SITE).distanceFromBase(distance).build();
        RateTable rates = RateTable.builder(Examples.USD).rate(RateKey.of(CostComponent.TRIP_FEE, Examples.US), "75.00")
                .rate(RateKey.of(CostComponent.TRAVEL_MILES, Examples.US), "0.70").build();
        return PricingContext.builder().from(Examples.US_YEAR).site(site).tier(tier).rates(rates).usage(Usage.of(VISIT)).build();
    }

    @Test
    void milesBeyondAFreeRadius_countedBothWays_forASiteMeasuredInMiles() {
        ServiceTier basic = Examples.US_YEAR.tier();
        Quote quote = Quote.of(inTheUnitedStates(Distance.ofMiles(26), basic),
                PricingRules.tripFee().andThen(PricingRules.miles(Distance.ofMiles(10), Legs.RETURN)));
        QuoteLine miles = quote.lines().get(1);
        assertThat(miles.component()).isEqualTo(CostComponent.TRAVEL_MILES);
        assertThat(miles.unit()).isEqualTo(Unit.MILE);
        assertThat(miles.quantity()).as("2 x (26 - 10) mi").isEqualByComparingTo("32");
        assertThat(miles.amount()).isEqualTo(Examples.usd("22.40"));
        assertThat(miles.trace().toString()).isEqualTo("miles: distance=26 mi, free-radius=10 mi, legs=RETURN, charged-distance=32 mi, "
                + "rate=USD 0.70, day=2026-04-02, amount=USD 22.40");
        assertThat(quote.total()).isEqualTo(Examples.usd("97.40"));
        assertThat(quote.rateCard()).extracting(entry -> entry.component().id() + " " + entry.unit()).containsExactly(
                "trip-fee TRIP", "travel-miles MILE");
        // a free radius given in kilometres that is an exact number of miles counts as those miles
        assertThat(Quote.of(inTheUnitedStates(Distance.ofMiles(26), basic), PricingRules.miles(Distance.parse("16.09344 km"), Legs.RETURN))
                .total()).isEqualTo(Examples.usd("22.40"));
        assertThat(Quote.of(inTheUnitedStates(Distance.ofMiles(8), basic), PricingRules.miles(Distance.ofMiles(10), Legs.ONE_WAY))
                .lines()).isEmpty();
    }

    @Test
    void miles_neverCountAKilometreDistanceInexactly_andKilometresCountMilesExactly() {
        ServiceTier basic = Examples.US_YEAR.tier();
        assertThatIllegalArgumentException().isThrownBy(() -> PricingRules.miles(Distance.ofKilometres(15), Legs.RETURN))
                .withMessage("freeRadius must be an exact number of mi for the miles rule (1 mi = 1.609344 km); give it in mi, was 15 km");
        // a tier's radius of included travel in kilometres that is no exact number of miles, named with the rule
        ServiceTier withinKilometres = ServiceTier.builder().from(basic)
                .addClauses(Clause.of(StandardClause.TRAVEL_WITHIN_RADIUS, ClauseParameter.RADIUS, ParameterValue.distance(Distance.ofKilometres(25))))
                .build();
        assertThatIllegalArgumentException().isThrownBy(() -> Quote.of(inTheUnitedStates(Distance.ofMiles(26), withinKilometres),
                PricingRules.miles(Distance.ofMiles(10), Legs.RETURN))).withMessage("tier basic's travel-within-radius radius must be an"
                        + " exact number of mi for the miles rule (1 mi = 1.609344 km); give it in mi, was 25 km");
        PricingContext kilometresAway = inTheUnitedStates(Distance.ofKilometres(42), basic);
        assertThatIllegalArgumentException().isThrownBy(() -> Quote.of(kilometresAway, PricingRules.miles(Distance.ofMiles(10), Legs.RETURN)))
                .withMessage("site.distanceFromBase must be an exact number of mi for the miles rule (1 mi = 1.609344 km); give it in mi,"
                        + " was 42 km");
        // a site in miles priced per kilometre: 10 mi = 16.09344 km exactly, 1.09344 km beyond 15 km one way, at 2.40
        QuoteLine kilometres = Quote.of(at(Distance.ofMiles(10)), PricingRules.kilometres(Distance.ofKilometres(15), Legs.ONE_WAY)).lines().get(0);
        assertThat(kilometres.quantity()).isEqualByComparingTo("1.09344");
        assertThat(kilometres.trace().valueOf(StandardTraceKey.DISTANCE)).contains(Distance.ofMiles(10));
        assertThat(kilometres.amount()).isEqualTo(eur("2.62"));
    }

    @Test
    void zones_chooseTheFeeByDistanceWithInclusiveBounds() {
        assertThat(Quote.of(at(Distance.ofKilometres(10)), PricingRules.zoneFee(Examples.FRENCH_ZONES)).total()).isEqualTo(eur("25.00"));
        assertThat(Quote.of(at(Distance.ofKilometres(10)), PricingRules.zoneFee(Examples.FRENCH_ZONES)).lines().get(0).trace()
                .valueOf(StandardTraceKey.ZONE_UP_TO)).contains(Distance.ofKilometres(10));
        Trace oneZone = Quote.of(at(Distance.ofKilometres(10)),
                PricingRules.zoneFee(DistanceZones.of(List.of(DistanceZones.Zone.beyond(eur("30.00")))))).lines().get(0).trace();
        assertThat(oneZone).hasToString("zone-fee: distance=10 km, fee=EUR 30.00, day=2026-04-02, amount=EUR 30.00");
        assertThat(Quote.of(at(Distance.parse("10.1 km")), PricingRules.zoneFee(Examples.FRENCH_ZONES)).total())
                .isEqualTo(eur("30.00"));
        assertThat(Quote.of(at(Distance.ofKilometres(120)), PricingRules.zoneFee(Examples.FRENCH_ZONES)).total())
                .isEqualTo(eur("45.00"));
    }

    @Test
    void travelTime_isBilledAsLabour() {
        Quote quote = Quote.of(at(Distance.ofKilometres(42)), PricingRules.travelTime(Duration.ofMinutes(30), Legs.RETURN));
        assertThat(quote.lines().get(0).quantity()).isEqualByComparingTo("1");
        assertThat(quote.total()).isEqualTo(eur("85.00"));
        assertThatIllegalArgumentException().isThrownBy(() -> PricingRules.travelTime(Duration.ofSeconds(1230), Legs.ONE_WAY))
                .withMessage("oneWay must be a positive whole number of minutes, was PT20M30S");
        assertThatIllegalArgumentException().isThrownBy(() -> PricingRules.travelTime(Duration.ZERO, Legs.ONE_WAY))
                .withMessage("oneWay must be a positive whole number of minutes, was PT0S");
    }

    /** The sample with on-site labour at {@code hourly} an hour in business hours. */
    private static PricingContext labourAt(String hourly) {
        RateTable rates = RateTable.builder(EUR).rate(RateKey.of(CostComponent.ON_SITE_LABOUR, Examples.LYON).withRole(Role.TECHNICIAN),
                hourly).build();
        return PricingContext.builder().from(at(Distance.ofKilometres(42))).rates(rates).build();
    }

    @Test
    void travelTime_ofAnyWholeNumberOfMinutes_exactWhereItCanBe_roundedExplicitlyWhereNot() {
        // a 50-minute leg each way at 48.00 an hour: 100 minutes, 80.00 exactly
        QuoteLine fifty = Quote.of(labourAt("48.00"), PricingRules.travelTime(Duration.ofMinutes(50), Legs.RETURN)).lines().get(0);
        assertThat(fifty.amount()).isEqualTo(eur("80.00"));
        assertThat(fifty.trace().valueOf(StandardTraceKey.ROUNDING)).isEmpty();
        assertThat(fifty.trace().valueOf(StandardTraceKey.TIME)).contains(Duration.ofMinutes(100));
        // a 25-minute leg each way at 55.00 an hour: 45.8333... rounded half up to 45.83, the rounding in the trace
        QuoteLine twentyFive = Quote.of(labourAt("55.00"), PricingRules.travelTime(Duration.ofMinutes(25), Legs.RETURN)).lines().get(0);
        assertThat(twentyFive.amount()).isEqualTo(eur("45.83"));
        assertThat(twentyFive.quantity()).isEqualByComparingTo("0.833333");
        assertThat(twentyFive.trace().toString()).isEqualTo("travel-time: one-way=PT25M, legs=RETURN, time=PT50M, rate=EUR 55.00, "
                + "day=2026-04-02, rounding=0.01 HALF_UP PER_LINE, amount=EUR 45.83");
        // travel included within a radius: nothing billed, so nothing rounded
        PricingContext within = PricingContext.builder().from(at(Distance.ofKilometres(10), travelIncludedWithin(Distance.ofKilometres(20))))
                .rates(labourAt("55.00").rates()).build();
        QuoteLine free = Quote.of(within, PricingRules.travelTime(Duration.ofMinutes(25), Legs.RETURN)).lines().get(0);
        assertThat(free.amount()).isEqualTo(eur("0.00"));
        assertThat(free.trace().valueOf(StandardTraceKey.ROUNDING)).isEmpty();
        assertThat(free.trace().valueOf(StandardTraceKey.INCLUDED)).contains("within-radius");
    }

    @Test
    void memberPerk_waivesEveryTravelCharge() {
        ServiceTier members = ServiceTier.builder().from(Examples.LYON_GOLD)
                .perks(MemberPerks.builder().addBenefits(Benefit.TRIP_FEE_WAIVED).build()).build();
        Quote quote = Quote.of(at(Distance.ofKilometres(42), members), PricingRules.sum(PricingRules.tripFee(),
                PricingRules.kilometres(Distance.ofKilometres(15), Legs.RETURN),
                PricingRules.travelTime(Duration.ofMinutes(30), Legs.RETURN)));
        assertThat(quote.lines()).hasSize(3).allSatisfy(line -> {
            assertThat(line.billing()).isEqualTo(QuoteLine.Billing.INCLUDED);
            assertThat(line.trace().valueOf(StandardTraceKey.INCLUDED)).contains("trip-fee-waived");
        });
        assertThat(quote.total()).isEqualTo(eur("0.00"));
    }

    @Test
    void tierIncludingTravelWithinARadius_coversSitesInsideIt_andWidensTheFreeRadius() {
        ServiceTier radius = travelIncludedWithin(Distance.ofKilometres(30));
        assertThat(Quote.of(at(Distance.ofKilometres(25), radius), PricingRules.tripFee()).total()).isEqualTo(eur("0.00"));
        Quote far = Quote.of(at(Distance.ofKilometres(42), radius),
                PricingRules.tripFee().andThen(PricingRules.kilometres(Distance.ofKilometres(15), Legs.RETURN)));
        assertThat(far.lines().get(1).quantity()).as("2 x (42 - 30) km").isEqualByComparingTo("24");
        assertThat(far.total()).isEqualTo(eur("102.60"));
    }

    @Test
    void zones_invalidInput_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> DistanceZones.of(List.of()))
                .withMessage("zones must contain at least one zone, was []");
        assertThatIllegalArgumentException().isThrownBy(() -> DistanceZones.of(List.of(
                DistanceZones.Zone.upTo(Distance.ofKilometres(10), eur("25.00")))))
                .withMessage("zones[0].upTo must be open for the last zone, was 10 km");
        assertThatIllegalArgumentException().isThrownBy(() -> DistanceZones.of(List.of(
                DistanceZones.Zone.upTo(Distance.ofKilometres(20), eur("25.00")),
                DistanceZones.Zone.upTo(Distance.ofKilometres(10), eur("30.00")),
                DistanceZones.Zone.beyond(eur("45.00")))))
                .withMessage("zones[1].upTo must be greater than 20 km, was 10 km");
        assertThatIllegalArgumentException().isThrownBy(() -> DistanceZones.of(List.of(DistanceZones.Zone.beyond(eur("-5.00")))))
                .withMessage("zones[0].fee must be >= 0, was EUR -5.00");
    }

    @Test
    void everyTravelRule_explainsEachLineAndRateCardEntry_billedOrWaived() {
        ServiceTier members = ServiceTier.builder().from(Examples.LYON_GOLD)
                .perks(MemberPerks.builder().addBenefits(Benefit.TRIP_FEE_WAIVED).build()).build();
        PricingRule travel = PricingRules.sum(PricingRules.tripFee(), PricingRules.zoneFee(Examples.FRENCH_ZONES),
                PricingRules.kilometres(Distance.ofKilometres(15), Legs.RETURN),
                PricingRules.travelTime(Duration.ofMinutes(30), Legs.RETURN));
        Quote billed = Quote.of(at(Distance.ofKilometres(42)), travel);
        assertThat(billed.lines()).extracting(line -> line.trace().toString()).containsExactly(
                "trip-fee: fee=EUR 45.00, day=2026-04-02, amount=EUR 45.00",
                "zone-fee: distance=42 km, zone-beyond=40 km, fee=EUR 45.00, day=2026-04-02, amount=EUR 45.00",
                "kilometres: distance=42 km, free-radius=15 km, legs=RETURN, charged-distance=54 km, rate=EUR 2.40, "
                        + "day=2026-04-02, amount=EUR 129.60",
                "travel-time: one-way=PT30M, legs=RETURN, hours=1, rate=EUR 85.00, day=2026-04-02, amount=EUR 85.00");
        assertThat(billed.rateCard()).extracting(entry -> Checks.describe(entry.price()) + " " + entry.trace()).containsExactly(
                "EUR 45.00 trip-fee: rate=EUR 45.00", "EUR 2.40 travel-distance: rate=EUR 2.40, free-radius=15 km, legs=RETURN",
                "EUR 85.00 travel-time: one-way=PT30M, legs=RETURN, rate=EUR 85.00, price=EUR 85.00");
        Quote waived = Quote.of(at(Distance.ofKilometres(42), members), travel);
        assertThat(waived.lines()).extracting(line -> line.trace().toString()).containsExactly(
                "trip-fee: fee=EUR 45.00, day=2026-04-02, included=trip-fee-waived",
                "zone-fee: distance=42 km, zone-beyond=40 km, fee=EUR 45.00, day=2026-04-02, included=trip-fee-waived",
                "kilometres: distance=42 km, free-radius=15 km, legs=RETURN, charged-distance=54 km, rate=EUR 2.40, "
                        + "day=2026-04-02, included=trip-fee-waived",
                "travel-time: one-way=PT30M, legs=RETURN, hours=1, rate=EUR 85.00, day=2026-04-02, included=trip-fee-waived");
        assertThat(waived.rateCard()).extracting(entry -> Checks.describe(entry.price()) + " " + entry.trace()).containsExactly(
                "EUR 0.00 trip-fee: rate=EUR 45.00, included=trip-fee-waived",
                "EUR 0.00 travel-distance: rate=EUR 2.40, free-radius=15 km, legs=RETURN, included=trip-fee-waived",
                "EUR 0.00 travel-time: one-way=PT30M, legs=RETURN, rate=EUR 85.00, price=EUR 85.00, included=trip-fee-waived");
    }

    @Test
    void aTierRadiusSmallerThanTheFreeRadius_neverShrinksIt() {
        ServiceTier tenKilometres = travelIncludedWithin(Distance.ofKilometres(10));
        Quote quote = Quote.of(at(Distance.ofKilometres(42), tenKilometres),
                PricingRules.kilometres(Distance.ofKilometres(15), Legs.RETURN));
        assertThat(quote.lines().get(0).quantity()).as("2 x (42 - 15) km").isEqualByComparingTo("54");
    }
}
