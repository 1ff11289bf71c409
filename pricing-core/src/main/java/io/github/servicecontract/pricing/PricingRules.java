package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.QuoteDraft.money;

import io.github.servicecontract.model.Benefit;
import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.DistanceUnit;
import io.github.servicecontract.model.Equipment;
import io.github.servicecontract.model.Monitoring;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.money.MonetaryAmount;

/**
 * The catalogue of pricing rules and their combinators.
 *
 * <p>Each rule prices one cost component from the {@link PricingContext}, looking its rates up
 * in the {@link RateTable} by the site's region and the tier; each line it adds carries a
 * {@link Trace}. Combinators build larger rules from smaller ones. For example, DOMAIN.md
 * example 1:
 *
 * <pre>{@code
 * PricingRule gold = PricingRules.sum(PricingRules.flatFee(), PricingRules.perDevice(),
 *         PricingRules.perSubsystem(), PricingRules.onSiteLabour(), PricingRules.tripFee(),
 *         PricingRules.prepayDiscount());
 * }</pre>
 *
 * <p>Recurring rules add lines quoted per month (or per year) whose amount covers a year.
 * Bounds of {@link #floor}, {@link #cap} and {@link #clamp} are per month when the lines they
 * bound are monthly, per year when yearly, and absolute otherwise.
 *
 * <p>A rule that looks a rate up remembers the last one it found, for the same table instance,
 * region and tier, so that contracts priced one after another against one table look each rate
 * up once. A look-up that fails is not remembered.
 *
 * <p>Every rule is immutable in value and thread-safe: what it remembers is replaced whole.
 */
public final class PricingRules {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private PricingRules() {}

    // ------------------------------------------------------------------ recurring fees

    /**
     * Obtains the tier's flat fee per month ({@link CostComponent#FLAT_FEE}).
     *
     * @return the rule
     */
    public static PricingRule flatFee() {
        return perUnit(Measure.SITE, CostComponent.FLAT_FEE, QuantityTransform.none());
    }

    /**
     * Obtains the tier's fee per device per month ({@link CostComponent#DEVICE_FEE}).
     *
     * @return the rule
     */
    public static PricingRule perDevice() {
        return perUnit(Measure.DEVICES, CostComponent.DEVICE_FEE, QuantityTransform.none());
    }

    /**
     * Obtains the tier's fee per subsystem per month ({@link CostComponent#SUBSYSTEM_FEE}).
     *
     * @return the rule
     */
    public static PricingRule perSubsystem() {
        return perUnit(Measure.SUBSYSTEMS, CostComponent.SUBSYSTEM_FEE, QuantityTransform.none());
    }

    /**
     * Obtains the tier's fee per site per month ({@link CostComponent#SITE_FEE}).
     *
     * @return the rule
     */
    public static PricingRule perSite() {
        return perUnit(Measure.SITE, CostComponent.SITE_FEE, QuantityTransform.none());
    }

    /**
     * Obtains a monthly fee per unit of {@code measure}, the count transformed first (package or
     * block pricing), at the table's rate of {@code component} for the region and tier.
     *
     * <p>For example, {@code perUnit(Measure.DEVICES, CostComponent.of("device-block-fee"),
     * QuantityTransform.divideBy(10, RoundingMode.UP))} prices 45 devices as 5 blocks.
     *
     * @param measure what is counted
     * @param component the rate to look up
     * @param transform how the count becomes the priced quantity
     * @return the rule
     */
    public static PricingRule perUnit(Measure measure, CostComponent component, QuantityTransform transform) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(transform, "transform");
        TierRate tierRate = new TierRate(component);
        LineTemplate fee = LineTemplate.recurring(component, QuoteLine.Periodicity.MONTHLY, transform.isNone() ? measure.unit() : Unit.BLOCK);
        return draft -> {
            PricingContext context = draft.context();
            BigDecimal rate = tierRate.in(context);
            int count = measure.countOn(context.site());
            BigDecimal quantity = transform.applyTo(count);
            BigDecimal perMonth = quantity.multiply(rate);
            return draft.plus(fee.billed(QuotePart.FIRM, quantity, context.currency(), rate, perMonth.multiply(TWELVE), () -> {
                        Trace trace = Trace.of(component.id(), TraceStep.of(StandardTraceKey.RATE, money(context, rate)),
                                TraceStep.of(StandardTraceKey.COUNT, count));
                        if (!transform.isNone()) {
                            trace = trace.plus(StandardTraceKey.BLOCK_SIZE, transform.divisor()).plus(StandardTraceKey.BLOCK_ROUNDING, transform.mode());
                        }
                        return trace.plus(StandardTraceKey.QUANTITY, quantity).plus(StandardTraceKey.PER_MONTH, money(context, perMonth));
                    }));
        };
    }

    /**
     * Obtains a monthly fee for the count of {@code measure}, priced by brackets: with volume
     * pricing, one line of every unit at the price of the bracket the count reaches; with
     * graduated pricing, a line for each bracket the count reaches, of its units at its price,
     * so that every line's amount is its quantity times its unit price; a bracket's flat amount,
     * once reached, is a line of its own (one item at that amount).
     *
     * <p>For example, 30 devices by graduated brackets up to 25 at 1.50 and above at 1.00 a
     * month: 25 devices at 1.50 and 5 at 1.00, 42.50 a month.
     *
     * @param measure what is counted
     * @param component what the lines are for
     * @param brackets the unit prices by quantity
     * @return the rule
     */
    public static PricingRule bracketed(Measure measure, CostComponent component, Brackets brackets) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(brackets, "brackets");
        LineTemplate units = LineTemplate.recurring(component, QuoteLine.Periodicity.MONTHLY, measure.unit());
        LineTemplate flats = LineTemplate.recurring(component, QuoteLine.Periodicity.MONTHLY, Unit.ITEM);
        return draft -> {
            PricingContext context = draft.context();
            BigDecimal quantity = BigDecimal.valueOf(measure.countOn(context.site()));
            QuoteDraft result = draft;
            for (Brackets.Share share : brackets.sharesOf(quantity)) {
                BigDecimal unitPrice = Amounts.decimal("brackets", share.bracket().unitPrice(), "the rate table's",
                        context.currency());
                BigDecimal perMonth = share.units().multiply(unitPrice);
                result = result.plus(units.billed(QuotePart.FIRM, share.units(), context.currency(), unitPrice, perMonth.multiply(TWELVE), () -> {
                            Trace trace = bracketTrace(component, brackets, quantity, share);
                            if (brackets.mode() == Brackets.Mode.GRADUATED) {
                                trace = trace.plus(StandardTraceKey.BRACKET_UNITS, share.units());
                            }
                            return trace.plus(StandardTraceKey.BRACKET_PRICE, share.bracket().unitPrice()).plus(StandardTraceKey.PER_MONTH, money(context, perMonth));
                        }));
                if (share.reachesFlat()) {
                    BigDecimal flat = Amounts.decimal("brackets", share.bracket().flat().get(), "the rate table's", context.currency());
                    result = result.plus(flats.billed(QuotePart.FIRM, BigDecimal.ONE, context.currency(), flat, flat.multiply(TWELVE),
                            () -> {
                                Trace trace = bracketTrace(component, brackets, quantity, share);
                                if (share.bracket().upTo().isPresent() && share.above().signum() > 0) {
                                    trace = trace.plus(StandardTraceKey.BRACKET_ABOVE, share.above());
                                }
                                return trace.plus(StandardTraceKey.BRACKET_FLAT, share.bracket().flat().get()).plus(StandardTraceKey.PER_MONTH, money(context, flat));
                            }));
                }
            }
            return result;
        };
    }

    /** The steps every line of a bracket starts with: the mode, the count and which bracket. */
    private static Trace bracketTrace(CostComponent component, Brackets brackets, BigDecimal count, Brackets.Share share) {
        Trace trace = Trace.of(component.id(), TraceStep.of(StandardTraceKey.BRACKET_MODE, brackets.mode()), TraceStep.of(StandardTraceKey.COUNT, count));
        if (share.bracket().upTo().isPresent()) {
            return trace.plus(StandardTraceKey.BRACKET_UP_TO, share.bracket().upTo().get());
        }
        return share.above().signum() > 0 ? trace.plus(StandardTraceKey.BRACKET_ABOVE, share.above()) : trace;
    }

    /**
     * Obtains a monthly fee for the count of {@code measure}, priced by the brackets the rate
     * table holds for {@code component} in the region and tier.
     *
     * @param measure what is counted
     * @param component the bracketed rate to look up
     * @return the rule
     */
    public static PricingRule bracketed(Measure measure, CostComponent component) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(component, "component");
        return draft -> {
            RateKey key = tierKey(draft.context(), component);
            return draft.with(bracketed(measure, component, draft.context().rates().bracketsOf(key)));
        };
    }

    /**
     * Obtains a yearly fee as a percentage of the site's installed value.
     *
     * <p>For example, 8 % of an installed value of 85,000.00 is 6,800.00 a year.
     *
     * @param perYear the percentage per year
     * @param basis which installed value: products, labour or both
     * @return the rule
     */
    public static PricingRule percentOfInstalledValue(Percentage perYear, InstalledValueBasis basis) {
        Objects.requireNonNull(perYear, "perYear");
        Objects.requireNonNull(basis, "basis");
        return draft -> {
            Site site = draft.context().site();
            BigDecimal value = Amounts.decimal("site.installedValue", basis.valueOf(site), "the rate table's", draft.context().currency());
            BigDecimal amount = value.multiply(perYear.fraction());
            PricingContext context = draft.context();
            return draft.plus(INSTALLED_VALUE_LINE.billed(QuotePart.FIRM, BigDecimal.ONE, context.currency(), amount, amount,
                    () -> Trace.of("installed-value-fee", TraceStep.of(StandardTraceKey.BASIS, basis),
                            TraceStep.of(StandardTraceKey.INSTALLED_VALUE, money(context, value)), TraceStep.of(StandardTraceKey.PERCENTAGE, perYear))));
        };
    }

    /**
     * Obtains monitoring per device per month ({@link CostComponent#DEVICE_MONITORING}): nothing
     * when the tier does not monitor, included when a clause includes monitoring, billed
     * otherwise.
     *
     * @return the rule
     */
    public static PricingRule deviceMonitoring() {
        return monitoring(Measure.DEVICES, CostComponent.DEVICE_MONITORING);
    }

    /**
     * Obtains monitoring per site per month ({@link CostComponent#SITE_MONITORING}), as
     * {@link #deviceMonitoring()}.
     *
     * @return the rule
     */
    public static PricingRule siteMonitoring() {
        return monitoring(Measure.SITE, CostComponent.SITE_MONITORING);
    }

    private static PricingRule monitoring(Measure measure, CostComponent component) {
        TierRate tierRate = new TierRate(component);
        LineTemplate fee = LineTemplate.recurring(component, QuoteLine.Periodicity.MONTHLY, measure.unit());
        return draft -> {
            PricingContext context = draft.context();
            if (context.tier().monitoring() == Monitoring.NONE) {
                return draft;
            }
            BigDecimal rate = tierRate.in(context);
            BigDecimal quantity = BigDecimal.valueOf(measure.countOn(context.site()));
            boolean included = context.tier().includes(ChargeableService.MONITORING);
            BigDecimal perMonth = quantity.multiply(rate);
            return draft.plus(fee.line(included, QuotePart.FIRM, quantity, context.currency(), rate, perMonth.multiply(TWELVE), () -> {
                        Trace trace = Trace.of(component.id(), TraceStep.of(StandardTraceKey.RATE, money(context, rate)),
                                TraceStep.of(StandardTraceKey.QUANTITY, quantity), TraceStep.of(StandardTraceKey.PER_MONTH, money(context, perMonth)));
                        return included ? trace.plus(StandardTraceKey.INCLUDED, "tier") : trace;
                    }));
        };
    }

    /**
     * Obtains updates per device per year ({@link CostComponent#DEVICE_UPDATES}): included when
     * a clause of the tier includes system updates, billed otherwise.
     *
     * @return the rule
     */
    public static PricingRule deviceUpdates() {
        TierRate tierRate = new TierRate(CostComponent.DEVICE_UPDATES);
        return draft -> {
            PricingContext context = draft.context();
            BigDecimal rate = tierRate.in(context);
            BigDecimal devices = BigDecimal.valueOf(context.site().deviceCount());
            boolean included = context.tier().includes(ChargeableService.SYSTEM_UPDATE);
            BigDecimal amount = devices.multiply(rate);
            return draft.plus(DEVICE_UPDATES_LINE.line(included, QuotePart.FIRM, devices, context.currency(), rate, amount, () -> {
                        Trace trace = Trace.of("device-updates", TraceStep.of(StandardTraceKey.RATE, money(context, rate)),
                                TraceStep.of(StandardTraceKey.DEVICES, devices));
                        return included ? trace.plus(StandardTraceKey.INCLUDED, "tier") : trace.plus(StandardTraceKey.AMOUNT, money(context, amount));
                    }));
        };
    }

    // ------------------------------------------------------------------ usage

    /**
     * Obtains on-site labour with the defaults of {@link LabourRule}: 15-minute increments, no
     * minimum, bands by their own rates only.
     *
     * @return the rule
     */
    public static LabourRule onSiteLabour() {
        return LabourRule.builder().delivery(Delivery.ON_SITE).build();
    }

    /**
     * Obtains remote labour with the defaults of {@link LabourRule}.
     *
     * @return the rule
     */
    public static LabourRule remoteLabour() {
        return LabourRule.builder().delivery(Delivery.REMOTE).build();
    }

    /**
     * Obtains the system updates of the usage, each at the table's
     * {@link CostComponent#SYSTEM_UPDATE} rate; the tier's yearly quota is included when a
     * clause includes system updates.
     *
     * @return the rule
     */
    public static PricingRule systemUpdates() {
        TierRate tierRate = new TierRate(CostComponent.SYSTEM_UPDATE);
        return draft -> {
            PricingContext context = draft.context();
            BigDecimal rate = tierRate.in(context);
            QuoteDraft result = withEntry(draft, CostComponent.SYSTEM_UPDATE, Unit.UPDATE, rate);
            int updates = context.usage().systemUpdates();
            int quota = context.tier().includes(ChargeableService.SYSTEM_UPDATE) ? context.tier().quotas().systemUpdatesPerYear() : 0;
            int included = Math.min(updates, quota);
            Supplier<Trace> trace = () -> Trace.of("system-updates", TraceStep.of(StandardTraceKey.RATE, money(context, rate)),
                    TraceStep.of(StandardTraceKey.UPDATES, updates), TraceStep.of(StandardTraceKey.UPDATES_INCLUDED, quota));
            if (included > 0) {
                result = result.plus(SYSTEM_UPDATE_LINE.included(QuotePart.FIRM, BigDecimal.valueOf(included), context.currency(), rate,
                        () -> trace.get().plus(StandardTraceKey.INCLUDED, "update-quota")));
            }
            if (updates > included) {
                BigDecimal billed = BigDecimal.valueOf(updates - included);
                result = result.plus(SYSTEM_UPDATE_LINE.billed(QuotePart.ESTIMATE, billed, context.currency(), rate, billed.multiply(rate),
                        () -> trace.get().plus(StandardTraceKey.BILLED_UPDATES, billed)));
            }
            return result;
        };
    }

    /**
     * Obtains the remote tickets of the usage, each at the table's
     * {@link CostComponent#REMOTE_TICKET} rate; included when a clause includes remote support.
     *
     * @return the rule
     */
    public static PricingRule remoteTickets() {
        TierRate tierRate = new TierRate(CostComponent.REMOTE_TICKET);
        return draft -> {
            PricingContext context = draft.context();
            BigDecimal rate = tierRate.in(context);
            QuoteDraft result = withEntry(draft, CostComponent.REMOTE_TICKET, Unit.TICKET, rate);
            int tickets = context.usage().remoteTickets();
            if (tickets == 0) {
                return result;
            }
            boolean included = context.tier().includes(ChargeableService.REMOTE_SUPPORT);
            BigDecimal quantity = BigDecimal.valueOf(tickets);
            return result.plus(REMOTE_TICKET_LINE.line(included, included ? QuotePart.FIRM : QuotePart.ESTIMATE, quantity, context.currency(),
                    rate, quantity.multiply(rate), () -> {
                        Trace trace = Trace.of("remote-tickets", TraceStep.of(StandardTraceKey.RATE, money(context, rate)),
                                TraceStep.of(StandardTraceKey.TICKETS, tickets));
                        return included ? trace.plus(StandardTraceKey.INCLUDED, "tier") : trace;
                    }));
        };
    }

    /**
     * Obtains a fixed charge of {@code component} for each intervention delivered one way, at the
     * table's rate for that component (for the tier, else for everyone), each line in the part of
     * its intervention: materials or small parts billed per visit, for example.
     *
     * <p>For example, {@code perIntervention(Delivery.ON_SITE, CostComponent.MATERIALS)} with a rate
     * of 18.50: two planned visits add 37.00 to the firm price.
     *
     * @param delivery the interventions it is charged for, remote or on site
     * @param component what it is charged as, for example {@link CostComponent#MATERIALS}
     * @return the rule
     */
    public static PricingRule perIntervention(Delivery delivery, CostComponent component) {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(component, "component");
        TierRate tierRate = new TierRate(component);
        LineTemplate charge = LineTemplate.usage(component, Unit.ITEM);
        return draft -> {
            PricingContext context = draft.context();
            BigDecimal rate = tierRate.in(context);
            QuoteDraft result = withEntry(draft, component, Unit.ITEM, rate);
            for (Intervention work : context.usage().interventions(delivery)) {
                result = result.plus(charge.billed(work.commitment().part(), BigDecimal.ONE, context.currency(), rate, rate,
                        () -> Trace.of("per-intervention", TraceStep.of(StandardTraceKey.RATE, money(context, rate)),
                                TraceStep.of(StandardTraceKey.DAY, work.day()))));
            }
            return result;
        };
    }

    /**
     * Obtains a fixed trip fee ({@link CostComponent#TRIP_FEE}) for each on-site intervention.
     * Travel is included when members have the trip fee waived, or when the tier includes travel
     * within a radius that the site lies in.
     *
     * @return the rule
     */
    public static PricingRule tripFee() {
        TierRate tierRate = new TierRate(CostComponent.TRIP_FEE);
        return draft -> {
            PricingContext context = draft.context();
            BigDecimal fee = tierRate.in(context);
            Optional<String> waiver = travelWaiver(context);
            QuoteDraft result = withEntry(draft, CostComponent.TRIP_FEE, Unit.TRIP, fee, waiver);
            for (Intervention visit : context.usage().interventions(Delivery.ON_SITE)) {
                result = result.plus(travelLine(result, visit, waiver, TRIP_FEE_LINE, BigDecimal.ONE, fee,
                        () -> Trace.of("trip-fee", TraceStep.of(StandardTraceKey.FEE, money(context, fee)), TraceStep.of(StandardTraceKey.DAY, visit.day()))));
            }
            return result;
        };
    }

    /**
     * Obtains a trip fee by distance zone for each on-site intervention; included as for
     * {@link #tripFee()}.
     *
     * @param zones the fees by zone, in the table's currency
     * @return the rule
     */
    public static PricingRule zoneFee(DistanceZones zones) {
        Objects.requireNonNull(zones, "zones");
        Distance openZoneStart = zones.openZoneStart();
        return draft -> {
            PricingContext context = draft.context();
            Distance distance = context.site().distanceFromBase();
            DistanceZones.Zone zone = zones.zoneOf(distance);
            BigDecimal fee = Amounts.decimal("zones", zone.fee(), "the rate table's", context.currency());
            Optional<String> waiver = travelWaiver(context);
            QuoteDraft result = withEntry(draft, CostComponent.TRIP_FEE, Unit.TRIP, fee, waiver);
            for (Intervention visit : context.usage().interventions(Delivery.ON_SITE)) {
                result = result.plus(travelLine(result, visit, waiver, TRIP_FEE_LINE, BigDecimal.ONE, fee,
                        () -> {
                            Trace trace = Trace.of("zone-fee", TraceStep.of(StandardTraceKey.DISTANCE, distance));
                            if (zone.upTo().isPresent()) {
                                trace = trace.plus(StandardTraceKey.ZONE_UP_TO, zone.upTo().get());
                            } else if (openZoneStart.isGreaterThan(Distance.ZERO)) {
                                trace = trace.plus(StandardTraceKey.ZONE_BEYOND, openZoneStart);
                            }
                            return trace.plus(StandardTraceKey.FEE, money(context, fee)).plus(StandardTraceKey.DAY, visit.day());
                        }));
            }
            return result;
        };
    }

    /**
     * Obtains travel per kilometre ({@link CostComponent#TRAVEL_DISTANCE}) beyond a free radius,
     * counted one way or return, for each on-site intervention. A tier that includes travel
     * within a larger radius widens the free radius; members with the trip fee waived pay no
     * travel. A site whose distance is given in miles is counted in kilometres, exactly.
     *
     * <p>For example, 2.40 per km beyond 15 km counted both ways: a site 42 km away pays
     * 2 x 27 km x 2.40 = 129.60 a trip.
     *
     * @param freeRadius the distance travelled free
     * @param legs one way or return
     * @return the rule
     */
    public static PricingRule kilometres(Distance freeRadius, Legs legs) {
        return distance("kilometres", CostComponent.TRAVEL_DISTANCE, Unit.KILOMETRE, DistanceUnit.KILOMETRE, freeRadius, legs);
    }

    /**
     * Obtains travel per mile ({@link CostComponent#TRAVEL_MILES}) beyond a free radius, counted
     * one way or return, for each on-site intervention, as {@link #kilometres} does in kilometres:
     * for sites whose road distances are measured in miles (in the United States), with a rate
     * per mile on the rate card.
     *
     * <p>For example, 0.70 per mile beyond 10 mi counted both ways: a site 26 mi away pays
     * 2 x 16 mi x 0.70 = 22.40 a trip.
     *
     * <p>Distances given in kilometres are counted in miles when they are an exact number of miles
     * (16.09344 km is 10 mi); pricing a site 42 km away (26.0975... mi, without end) is refused with
     * an {@code IllegalArgumentException} that says to give its distance in miles.
     *
     * @param freeRadius the distance travelled free, an exact number of miles
     * @param legs one way or return
     * @return the rule
     * @throws IllegalArgumentException if {@code freeRadius} is no exact number of miles
     */
    public static PricingRule miles(Distance freeRadius, Legs legs) {
        return distance("miles", CostComponent.TRAVEL_MILES, Unit.MILE, DistanceUnit.MILE, freeRadius, legs);
    }

    /** Travel per unit of distance beyond a free radius, everything counted in {@code measure}, exactly. */
    private static PricingRule distance(String name, CostComponent component, Unit unit, DistanceUnit measure, Distance freeRadius, Legs legs) {
        Objects.requireNonNull(freeRadius, "freeRadius");
        Objects.requireNonNull(legs, "legs");
        Distance free = counted("freeRadius", freeRadius, name, measure);
        TierRate tierRate = new TierRate(component);
        LineTemplate travel = LineTemplate.usage(component, unit);
        return draft -> {
            PricingContext context = draft.context();
            BigDecimal rate = tierRate.in(context);
            Optional<String> waiver = travelWaiver(context);
            Distance radius = context.tier().includedTravelRadius().filter(r -> r.isGreaterThan(free))
                    .map(r -> counted("tier " + context.tier().id() + "'s travel-within-radius radius", r, name, measure)).orElse(free);
            // the rate card says from where and how distance is counted: "beyond 15 km (return trip)"
            QuoteDraft result = withEntry(draft, component, unit, rate, waiver,
                    trace -> trace.plus(StandardTraceKey.FREE_RADIUS, radius).plus(StandardTraceKey.LEGS, legs));
            Distance charged = counted("site.distanceFromBase", context.site().distanceFromBase(), name, measure).beyond(radius)
                    .multipliedBy(legs.count());
            if (charged.isZero()) {
                return result;
            }
            for (Intervention visit : context.usage().interventions(Delivery.ON_SITE)) {
                result = result.plus(travelLine(result, visit, waiver, travel, charged.value(), rate,
                        () -> Trace.of(name, TraceStep.of(StandardTraceKey.DISTANCE, context.site().distanceFromBase()),
                                TraceStep.of(StandardTraceKey.FREE_RADIUS, radius), TraceStep.of(StandardTraceKey.LEGS, legs),
                                TraceStep.of(StandardTraceKey.CHARGED_DISTANCE, charged), TraceStep.of(StandardTraceKey.RATE, money(context, rate)),
                                TraceStep.of(StandardTraceKey.DAY, visit.day()))));
            }
            return result;
        };
    }

    /** A distance counted in {@code measure}, exactly, or a refusal that names the field, the value and the rule. */
    private static Distance counted(String field, Distance distance, String rule, DistanceUnit measure) {
        try {
            return distance.in(measure);
        } catch (IllegalArgumentException e) {
            throw Checks.invalid(field, distance, "must be an exact number of " + measure.symbol() + " for the " + rule
                    + " rule (1 mi = 1.609344 km); give it in " + measure.symbol());
        }
    }

    /**
     * Obtains travel time billed as on-site labour at the business-hours rate of the
     * intervention's role, for each on-site intervention; free as travel is for
     * {@link #tripFee()}.
     *
     * <p>For example, a 50-minute leg each way at 48.00 an hour is 80.00; a 25-minute leg each way
     * at 55.00 is 45.83, the exact 45.8333... rounded half up to the cent, which the trace says. The
     * rate card gives the price of a trip for a technician and for each role of the visits.
     *
     * @param oneWay the time of one leg, a whole number of minutes
     * @param legs one way or return
     * @return the rule
     * @throws IllegalArgumentException if {@code oneWay} is not a positive whole number of minutes
     */
    public static PricingRule travelTime(Duration oneWay, Legs legs) {
        Objects.requireNonNull(oneWay, "oneWay");
        Objects.requireNonNull(legs, "legs");
        if (oneWay.isNegative() || oneWay.isZero() || oneWay.toSeconds() % 60 != 0 || oneWay.toNanosPart() != 0) {
            throw Checks.invalid("oneWay", oneWay, "must be a positive whole number of minutes");
        }
        long minutes = oneWay.toMinutes() * legs.count();
        BigDecimal hours = Hours.of(minutes);
        return draft -> {
            PricingContext context = draft.context();
            Optional<String> waiver = travelWaiver(context);
            // the rate card's price of a trip for each role that travels (a technician, and the roles of the visits): its time at
            // the business-hours rate, as the lines price it, where the table has that rate
            QuoteDraft result = draft.plusRateCard(() -> {
                List<Role> roles = new ArrayList<>(List.of(Role.TECHNICIAN));
                for (Intervention visit : context.usage().interventions(Delivery.ON_SITE)) {
                    if (!roles.contains(visit.role())) {
                        roles.add(visit.role());
                    }
                }
                List<RateCardEntry> entries = new ArrayList<>();
                for (Role role : roles) {
                    RateKey key = RateKey.of(CostComponent.ON_SITE_LABOUR, context.site().region()).withRole(role)
                            .withTier(context.tier().id());
                    BigDecimal tripRate = Optional.ofNullable(context.rates().lookUpOrNull(key.withBand(TimeBand.BUSINESS_HOURS)))
                            .orElseGet(() -> context.rates().lookUpOrNull(key));
                    if (tripRate == null) {
                        continue;
                    }
                    BigDecimal trip = Hours.price(minutes, tripRate, context.currency());
                    BigDecimal charged = waiver.isPresent() ? BigDecimal.ZERO : trip;
                    entries.add(new RateCardEntry(CostComponent.TRAVEL_TIME, Unit.TRIP, role, null, DeferredAmount.of(trip,
                            context.currency()), DeferredAmount.of(charged, context.currency()), LazyTrace.of(() -> {
                                Trace trace = Trace.of("travel-time", TraceStep.of(StandardTraceKey.ONE_WAY, oneWay),
                                        TraceStep.of(StandardTraceKey.LEGS, legs), TraceStep.of(StandardTraceKey.RATE, money(context, tripRate)),
                                        TraceStep.of(StandardTraceKey.PRICE, money(context, trip)));
                                return waiver.map(why -> trace.plus(StandardTraceKey.INCLUDED, why)).orElse(trace);
                            })));
                }
                return entries;
            });
            for (Intervention visit : context.usage().interventions(Delivery.ON_SITE)) {
                RateKey key = RateKey.of(CostComponent.ON_SITE_LABOUR, context.site().region()).withRole(visit.role())
                        .withTier(context.tier().id());
                BigDecimal rate = Optional.ofNullable(context.rates().lookUpOrNull(key.withBand(TimeBand.BUSINESS_HOURS)))
                        .orElseGet(() -> context.rates().decimalRate(key));
                result = result.plus(travelLine(result, visit, waiver, TRAVEL_TIME_LINE, hours, rate,
                        Hours.price(minutes, rate, context.currency()), () -> {
                            Trace trace = Trace.of("travel-time", TraceStep.of(StandardTraceKey.ONE_WAY, oneWay), TraceStep.of(StandardTraceKey.LEGS, legs),
                                    Hours.isExact(minutes) ? TraceStep.of(StandardTraceKey.HOURS, hours) : TraceStep.of(StandardTraceKey.TIME, Duration.ofMinutes(minutes)),
                                    TraceStep.of(StandardTraceKey.RATE, money(context, rate)), TraceStep.of(StandardTraceKey.DAY, visit.day()));
                            return waiver.isPresent() || Hours.isPriceExact(minutes, rate) ? trace
                                    : trace.plus(StandardTraceKey.ROUNDING, Hours.rounding(context.currency()));
                        }));
            }
            return result;
        };
    }

    // ------------------------------------------------------------------ warranty

    /**
     * Obtains an extended warranty for {@code months}, priced as the percentage of that term of
     * the value of the site's supported equipment (obsolete equipment cannot be covered).
     *
     * <p>For example, with rates {@code {12: 10%, 24: 18%, 36: 25%}} and 24 months, equipment
     * worth 20,000.00 costs 3,600.00 once.
     *
     * @param ratesByTermMonths the percentage of equipment value for each term in months
     * @param months the term chosen
     * @return the rule
     * @throws IllegalArgumentException if there is no rate for {@code months}
     */
    public static PricingRule extendedWarranty(Map<Integer, Percentage> ratesByTermMonths, int months) {
        Objects.requireNonNull(ratesByTermMonths, "ratesByTermMonths");
        Map<Integer, Percentage> rates = new TreeMap<>(ratesByTermMonths);
        Percentage percentage = rates.get(months);
        if (percentage == null) {
            throw Checks.invalid("months", months, "must be a term with an extended warranty rate " + rates.keySet());
        }
        return draft -> {
            PricingContext context = draft.context();
            BigDecimal value = BigDecimal.ZERO;
            int excluded = 0;
            for (Equipment equipment : context.site().equipment()) {
                if (equipment.isObsolete()) {
                    excluded += equipment.quantity();
                } else {
                    BigDecimal unitValue = Amounts.decimal("site.equipment.unitValue", equipment.unitValue(), "the rate table's",
                            context.currency());
                    value = value.add(unitValue.multiply(BigDecimal.valueOf(equipment.quantity())));
                }
            }
            BigDecimal amount = value.multiply(percentage.fraction());
            BigDecimal covered = value;
            int obsolete = excluded;
            return draft.plus(EXTENDED_WARRANTY_LINE.billed(QuotePart.ONE_OFF, BigDecimal.ONE, context.currency(), amount, amount,
                    () -> Trace.of("extended-warranty", TraceStep.of(StandardTraceKey.TERM_MONTHS, months),
                            TraceStep.of(StandardTraceKey.EQUIPMENT_VALUE, money(context, covered)),
                            TraceStep.of(StandardTraceKey.OBSOLETE_DEVICES_EXCLUDED, obsolete), TraceStep.of(StandardTraceKey.PERCENTAGE, percentage))));
        };
    }

    // ------------------------------------------------------------------ discounts

    /**
     * Obtains a percentage discount on the billed lines that match {@code lines}, in every part of
     * the quote, applied once every other line is known (wherever the rule stands among the
     * rules). Each discount is a percentage of the undiscounted lines (10 % then 10 % is 20 %),
     * and no discount takes a part of the quote below zero.
     *
     * @param percentage the discount, 0 to 100 %
     * @param lines which lines it applies to
     * @return the rule
     * @throws IllegalArgumentException if {@code percentage} is above 100 %
     */
    public static PricingRule discount(Percentage percentage, Predicate<QuoteLine> lines) {
        requireAtMostWhole("discount", percentage);
        Objects.requireNonNull(lines, "lines");
        Discount discount = Discount.percentage(CostComponent.DISCOUNT, percentage, notDiscounts(lines), ALL_PARTS);
        return draft -> draft.plus(discount);
    }

    /**
     * Obtains an amount off the billed lines that match {@code lines}, applied once every other
     * line is known: taken from the firm price, then the one-off charges, then the estimate,
     * never more than the lines' sum in a part, and never taking a part below zero.
     *
     * @param amount the discount, at least zero, in the table's currency
     * @param lines which lines it applies to
     * @return the rule
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public static PricingRule discount(MonetaryAmount amount, Predicate<QuoteLine> lines) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(lines, "lines");
        if (amount.isNegative()) {
            throw Checks.invalid("discount", amount, "must be >= 0");
        }
        Discount discount = Discount.amount(CostComponent.DISCOUNT, amount, notDiscounts(lines), ALL_PARTS);
        return draft -> {
            Amounts.requireCurrency("discount", amount, "the rate table's", draft.context().currency());
            return draft.plus(discount);
        };
    }

    /**
     * Obtains the terms' prepay discount on the firm price: a line of
     * {@link CostComponent#PREPAY_DISCOUNT} for the terms' percentage of every billed line of the
     * {@link QuotePart#FIRM firm price} (recurring fees and planned usage), applied once every other
     * line is known. One-off charges and estimated usage are not prepaid, so not discounted.
     *
     * <p>For example, DOMAIN.md example 1: 5 % of 2,170.00 (the subscription and the two planned
     * visits) is 108.50.
     *
     * @return the rule
     */
    public static PricingRule prepayDiscount() {
        return draft -> {
            Percentage prepay = draft.context().terms().prepayDiscount();
            return draft.plus(Discount.percentage(CostComponent.PREPAY_DISCOUNT, prepay, null, FIRM_ONLY));
        };
    }

    /**
     * Obtains the tier's member discount on the billed labour lines so far: a line of
     * {@link CostComponent#MEMBER_LABOUR_DISCOUNT}.
     *
     * <p>For example, DOMAIN.md example 2: 10 % of 202.50 is 20.25.
     *
     * @return the rule
     */
    public static PricingRule memberLabourDiscount() {
        return draft -> draft.plus(Discount.percentage(CostComponent.MEMBER_LABOUR_DISCOUNT,
                draft.context().tier().perks().extraLabourDiscount(), LABOUR, ALL_PARTS));
    }

    /**
     * Returns a filter of the lines of the given components.
     *
     * @param components the components
     * @return the filter
     */
    public static Predicate<QuoteLine> linesOf(CostComponent... components) {
        Objects.requireNonNull(components, "components");
        Set<CostComponent> set = Set.copyOf(Arrays.asList(components));
        return line -> set.contains(line.component());
    }

    /**
     * Returns a filter of the lines of a category.
     *
     * @param category the category
     * @return the filter
     */
    public static Predicate<QuoteLine> linesIn(QuoteLine.Category category) {
        Objects.requireNonNull(category, "category");
        return line -> line.category() == category;
    }

    // ------------------------------------------------------------------ combinators

    /**
     * Obtains a rule that applies {@code rules} in order: the sum of their lines. Discounts are
     * applied once every other line is known, so the order of the rules does not change the
     * quote's figures.
     *
     * @param rules the rules, each once
     * @return the combined rule
     * @throws IllegalArgumentException if a rule is listed twice
     */
    public static PricingRule sum(PricingRule... rules) {
        Objects.requireNonNull(rules, "rules");
        List<PricingRule> all = List.of(rules);
        for (int i = 1; i < all.size(); i++) {
            int index = all.subList(0, i).indexOf(all.get(i));
            if (index >= 0) {
                throw new IllegalArgumentException("rules[" + i + "] must not repeat rules[" + index
                        + "]: a rule listed twice would price twice");
            }
        }
        return draft -> {
            QuoteDraft result = draft;
            for (PricingRule rule : all) {
                result = result.with(rule);
            }
            return result;
        };
    }

    /**
     * Obtains a rule that applies {@code rule} only when {@code condition} holds for the
     * context (see {@link PricingConditions}).
     *
     * @param condition when to apply
     * @param rule what to apply
     * @return the conditional rule
     */
    public static PricingRule when(Predicate<PricingContext> condition, PricingRule rule) {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(rule, "rule");
        return draft -> condition.test(draft.context()) ? draft.with(rule) : draft;
    }

    /**
     * Obtains a rule that applies the first of {@code rules} that adds a line or asks for a
     * discount.
     *
     * @param rules the candidates, in order
     * @return the rule
     */
    public static PricingRule firstMatch(PricingRule... rules) {
        Objects.requireNonNull(rules, "rules");
        List<PricingRule> all = List.of(rules);
        return draft -> {
            for (PricingRule rule : all) {
                QuoteDraft result = draft.with(rule);
                if (result.size() > draft.size()) {
                    return result;
                }
            }
            return draft;
        };
    }

    /**
     * Obtains a rule that applies {@code rule} and adds an adjustment of its lines by a factor,
     * one for each part of the quote its lines are in. A discount that {@code rule} asks for is
     * applied to the whole quote, after every other line, and is not scaled.
     *
     * @param rule the rule to scale
     * @param multiplier the factor
     * @return the scaled rule
     */
    public static PricingRule scale(PricingRule rule, Multiplier multiplier) {
        Objects.requireNonNull(multiplier, "multiplier");
        return adjusted(rule, (draft, base, part) -> scaleAdjustment(draft, base, part, multiplier, "scale"));
    }

    /**
     * Obtains a rule that applies {@code rule} and adjusts its lines by the site's complexity.
     *
     * <p>For example, 145.00 a month on a site of complexity 1.1x adds 14.50 a month.
     *
     * @param scale the complexity scale
     * @param rule the rule to adjust
     * @return the adjusted rule
     */
    public static PricingRule complexity(ComplexityScale scale, PricingRule rule) {
        Objects.requireNonNull(scale, "scale");
        return adjusted(rule,
                (draft, base, part) -> scaleAdjustment(draft, base, part, scale.multiplierOf(draft.context().site()),
                        "complexity"));
    }

    /**
     * Obtains a rule that applies {@code rule} and tops its lines up to a minimum. The lines must
     * be of one part of the quote; a discount that {@code rule} asks for is applied to the whole
     * quote, after every other line, and is not bounded.
     *
     * <p>For example, a floor of 99.00 a month on a fee of 125.00 a month adds nothing.
     *
     * @param rule the rule to bound
     * @param minimum the least amount, per month for monthly lines
     * @return the bounded rule; it throws {@link IllegalArgumentException} when {@code rule} adds
     *     lines of several parts
     */
    public static PricingRule floor(PricingRule rule, MonetaryAmount minimum) {
        Objects.requireNonNull(minimum, "minimum");
        return clamp(rule, Optional.of(minimum), Optional.empty());
    }

    /**
     * Obtains a rule that applies {@code rule} and reduces its lines to a maximum, as
     * {@link #floor} bounds them from below.
     *
     * @param rule the rule to bound
     * @param maximum the largest amount, per month for monthly lines
     * @return the bounded rule
     */
    public static PricingRule cap(PricingRule rule, MonetaryAmount maximum) {
        Objects.requireNonNull(maximum, "maximum");
        return clamp(rule, Optional.empty(), Optional.of(maximum));
    }

    /**
     * Obtains a rule that applies {@code rule} and keeps its lines between two bounds, as
     * {@link #floor} and {@link #cap} do.
     *
     * @param rule the rule to bound
     * @param minimum the least amount, per month for monthly lines
     * @param maximum the largest amount, at least {@code minimum}
     * @return the bounded rule
     * @throws IllegalArgumentException if {@code maximum} is less than {@code minimum}
     */
    public static PricingRule clamp(PricingRule rule, MonetaryAmount minimum, MonetaryAmount maximum) {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        if (maximum.isLessThan(minimum)) {
            throw Checks.invalid("maximum", maximum, "must be >= minimum " + Checks.describe(minimum));
        }
        return clamp(rule, Optional.of(minimum), Optional.of(maximum));
    }

    private static PricingRule clamp(PricingRule rule, Optional<MonetaryAmount> minimum, Optional<MonetaryAmount> maximum) {
        minimum.ifPresent(m -> requireNonNegativeBound("minimum", m));
        maximum.ifPresent(m -> requireNonNegativeBound("maximum", m));
        return adjusted(rule, (draft, added, part) -> {
            QuoteLine.Periodicity periodicity = commonPeriodicity(added);
            BigDecimal periods = periodicity == QuoteLine.Periodicity.MONTHLY ? TWELVE : BigDecimal.ONE;
            BigDecimal total = Quote.sum(added);
            BigDecimal perPeriod = total.divide(periods, MathContext.DECIMAL128);
            CostComponent component;
            BigDecimal bound;
            if (minimum.isPresent() && perPeriod.compareTo(decimal(draft, "minimum", minimum.get())) < 0) {
                component = CostComponent.MINIMUM_FEE;
                bound = decimal(draft, "minimum", minimum.get());
            } else if (maximum.isPresent() && perPeriod.compareTo(decimal(draft, "maximum", maximum.get())) > 0) {
                component = CostComponent.FEE_CAP;
                bound = decimal(draft, "maximum", maximum.get());
            } else {
                return Optional.empty();
            }
            BigDecimal difference = bound.multiply(periods).subtract(total);
            BigDecimal unitPrice = bound.subtract(perPeriod);
            PricingContext context = draft.context();
            BigDecimal limit = bound;
            return Optional.of(LineTemplate.adjustment(component, periodicity).billed(part, BigDecimal.ONE, context.currency(), unitPrice,
                    difference, () -> Trace.of(component.id(),
                            TraceStep.of(StandardTraceKey.AMOUNT, money(context, perPeriod)), TraceStep.of(StandardTraceKey.PERIODICITY, periodicity),
                            TraceStep.of(component == CostComponent.MINIMUM_FEE ? StandardTraceKey.MINIMUM : StandardTraceKey.MAXIMUM, money(context, limit)),
                            TraceStep.of(StandardTraceKey.ADJUSTMENT, money(context, difference)))));
        }, false);
    }

    // ------------------------------------------------------------------ helpers

    /** An adjustment computed from the lines an inner rule added. */
    private interface Adjustment {
        Optional<QuoteLine> of(QuoteDraft draft, List<QuoteLine> added, QuotePart part);
    }

    private static PricingRule adjusted(PricingRule rule, Adjustment adjustment) {
        return adjusted(rule, adjustment, true);
    }

    /**
     * Applies {@code rule} and adjusts the billed lines it added: each part apart when
     * {@code perPart} (a scale is linear), else only lines of one part (a bound on lines of
     * several parts would add to or take from one of them what the other holds).
     */
    private static PricingRule adjusted(PricingRule rule, Adjustment adjustment, boolean perPart) {
        Objects.requireNonNull(rule, "rule");
        return draft -> {
            QuoteDraft result = draft.with(rule);
            List<QuoteLine> added = result.lines().subList(draft.lines().size(), result.lines().size()).stream()
                    .filter(QuoteLine::isBilled).toList();
            if (added.isEmpty()) {
                return result;
            }
            QuotePart first = added.get(0).part();
            if (added.stream().allMatch(line -> line.part() == first)) {
                return adjustment.of(result, added, first).map(result::plus).orElse(result);
            }
            if (!perPart) {
                throw Checks.invalid("rule", added.stream().map(QuoteLine::part).distinct().toList(),
                        "must add lines of one part of the quote to be bounded (a floor or cap over the firm price and an "
                                + "estimate would move money between them)");
            }
            // lines in several parts, such as planned and estimated labour: each part adjusted apart
            QuoteDraft adjusted = result;
            for (QuotePart part : QuotePart.values()) {
                List<QuoteLine> inPart = added.stream().filter(line -> line.part() == part).toList();
                if (!inPart.isEmpty()) {
                    adjusted = adjustment.of(adjusted, inPart, part).map(adjusted::plus).orElse(adjusted);
                }
            }
            return adjusted;
        };
    }

    private static Optional<QuoteLine> scaleAdjustment(QuoteDraft draft, List<QuoteLine> added, QuotePart part, Multiplier multiplier,
            String rule) {
        if (multiplier.isOne()) {
            return Optional.empty();
        }
        QuoteLine.Periodicity periodicity = commonPeriodicity(added);
        BigDecimal periods = periodicity == QuoteLine.Periodicity.MONTHLY ? TWELVE : BigDecimal.ONE;
        BigDecimal base = Quote.sum(added);
        BigDecimal adjustment = multiplier.applyTo(base).subtract(base);
        CostComponent component = CostComponent.of(rule);
        PricingContext context = draft.context();
        return Optional.of(LineTemplate.adjustment(component, periodicity).billed(part, BigDecimal.ONE, context.currency(),
                adjustment.divide(periods, MathContext.DECIMAL128), adjustment,
                () -> Trace.of(rule, TraceStep.of(StandardTraceKey.BASE, money(context, base)), TraceStep.of(StandardTraceKey.MULTIPLIER, multiplier),
                        TraceStep.of(StandardTraceKey.ADJUSTMENT, money(context, adjustment)))));
    }

    private static QuoteLine.Periodicity commonPeriodicity(List<QuoteLine> lines) {
        QuoteLine.Periodicity first = lines.get(0).periodicity();
        return lines.stream().allMatch(l -> l.periodicity() == first) ? first : QuoteLine.Periodicity.ONCE;
    }

    // the lines of the rules whose component and unit are fixed
    private static final LineTemplate INSTALLED_VALUE_LINE = LineTemplate.recurring(CostComponent.INSTALLED_VALUE_FEE,
            QuoteLine.Periodicity.YEARLY, Unit.ITEM);
    private static final LineTemplate DEVICE_UPDATES_LINE = LineTemplate.recurring(CostComponent.DEVICE_UPDATES, QuoteLine.Periodicity.YEARLY,
            Unit.DEVICE);
    private static final LineTemplate SYSTEM_UPDATE_LINE = LineTemplate.usage(CostComponent.SYSTEM_UPDATE, Unit.UPDATE);
    private static final LineTemplate REMOTE_TICKET_LINE = LineTemplate.usage(CostComponent.REMOTE_TICKET, Unit.TICKET);
    private static final LineTemplate TRIP_FEE_LINE = LineTemplate.usage(CostComponent.TRIP_FEE, Unit.TRIP);
    private static final LineTemplate TRAVEL_TIME_LINE = LineTemplate.usage(CostComponent.TRAVEL_TIME, Unit.HOUR);
    private static final LineTemplate EXTENDED_WARRANTY_LINE = LineTemplate.oneOff(CostComponent.EXTENDED_WARRANTY);

    /** The labour lines, that the member discount applies to. */
    private static final Predicate<QuoteLine> LABOUR = linesOf(CostComponent.ON_SITE_LABOUR, CostComponent.REMOTE_LABOUR);

    private static final Set<QuotePart> ALL_PARTS = EnumSet.allOf(QuotePart.class);

    private static final Set<QuotePart> FIRM_ONLY = EnumSet.of(QuotePart.FIRM);

    private static Predicate<QuoteLine> notDiscounts(Predicate<QuoteLine> lines) {
        return line -> line.category() != QuoteLine.Category.DISCOUNT && lines.test(line);
    }

    private static QuoteLine travelLine(QuoteDraft draft, Intervention visit, Optional<String> waiver, LineTemplate travel,
            BigDecimal quantity, BigDecimal unitPrice, Supplier<Trace> trace) {
        return travelLine(draft, visit, waiver, travel, quantity, unitPrice, quantity.multiply(unitPrice), trace);
    }

    /** A travel line of a visit, in the visit's part: included when {@code waiver} says why, else billed. */
    private static QuoteLine travelLine(QuoteDraft draft, Intervention visit, Optional<String> waiver, LineTemplate travel,
            BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, Supplier<Trace> trace) {
        PricingContext context = draft.context();
        QuotePart part = visit.commitment().part();
        if (waiver.isPresent()) {
            return travel.included(part, quantity, context.currency(), unitPrice, () -> trace.get().plus(StandardTraceKey.INCLUDED, waiver.get()));
        }
        return travel.billed(part, quantity, context.currency(), unitPrice, amount,
                () -> trace.get().plus(StandardTraceKey.AMOUNT, money(context, amount)));
    }

    /** Why travel is free for this context, if it is: a member perk, or a site within the tier's radius. */
    private static Optional<String> travelWaiver(PricingContext context) {
        if (context.tier().perks().has(Benefit.TRIP_FEE_WAIVED)) {
            return Optional.of("trip-fee-waived");
        }
        Optional<Distance> radius = context.tier().includedTravelRadius();
        if (radius.isPresent() && !context.site().distanceFromBase().isGreaterThan(radius.get())) {
            return Optional.of("within-radius");
        }
        return Optional.empty();
    }

    private static QuoteDraft withEntry(QuoteDraft draft, CostComponent component, Unit unit, BigDecimal price) {
        return withEntry(draft, component, unit, price, Optional.empty());
    }

    /** The draft with a rate-card entry, free when {@code waiver} says why; made only if the card is read. */
    private static QuoteDraft withEntry(QuoteDraft draft, CostComponent component, Unit unit, BigDecimal price,
            Optional<String> waiver) {
        return withEntry(draft, component, unit, price, waiver, UnaryOperator.identity());
    }

    /** The draft with a rate-card entry whose trace {@code terms} completes (a free radius, for example). */
    private static QuoteDraft withEntry(QuoteDraft draft, CostComponent component, Unit unit, BigDecimal price,
            Optional<String> waiver, UnaryOperator<Trace> terms) {
        PricingContext context = draft.context();
        return draft.plusRateCard(() -> {
            BigDecimal charged = waiver.isPresent() ? BigDecimal.ZERO : price;
            return List.of(new RateCardEntry(component, unit, null, null, DeferredAmount.of(price, context.currency()),
                    DeferredAmount.of(charged, context.currency()), LazyTrace.of(() -> {
                        Trace trace = terms.apply(Trace.of(component.id(), TraceStep.of(StandardTraceKey.RATE, money(context, price))));
                        return waiver.map(why -> trace.plus(StandardTraceKey.INCLUDED, why)).orElse(trace);
                    })));
        });
    }

    private static RateKey tierKey(PricingContext context, CostComponent component) {
        return RateKey.of(component, context.site().region()).withTier(context.tier().id());
    }

    private static BigDecimal decimal(QuoteDraft draft, String field, MonetaryAmount amount) {
        return Amounts.decimal(field, amount, "the rate table's", draft.context().currency());
    }

    private static void requireAtMostWhole(String field, Percentage percentage) {
        Objects.requireNonNull(percentage, field);
        if (percentage.isGreaterThan(Percentage.ONE_HUNDRED)) {
            throw Checks.invalid(field, percentage, "must be <= 100%");
        }
    }

    private static void requireNonNegativeBound(String field, MonetaryAmount bound) {
        if (bound.isNegative()) {
            throw Checks.invalid(field, bound, "must be >= 0");
        }
    }
}
