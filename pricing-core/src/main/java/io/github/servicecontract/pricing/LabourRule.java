package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.QuoteDraft.money;

import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.Equipment;
import io.github.servicecontract.model.HolidayCalendar;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.RemoteHoursAllowance;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.model.WarrantyStatus;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * Prices the labour of the usage's interventions delivered one way (on site or remote): an
 * hourly rate by region, role, brand and tier; a minimum billable time; increments rounded up;
 * time bands by their own rate or a multiplier; a minimum charge; several technicians; the
 * tier's quotas; and labour on equipment still in warranty.
 *
 * <p>For example, DOMAIN.md example 2: {@code LabourRule.builder().delivery(Delivery.ON_SITE)
 * .minimumTime(Duration.ofHours(1)).increment(Duration.ofMinutes(15))
 * .putBandMultipliers(TimeBand.SATURDAY, Multiplier.of("1.5")).build()} prices a Saturday
 * call-out of 1 h 20 at 90.00 an hour as 1.5 h at 135.00: 202.50.
 *
 * <p>Whether a band multiplies the rate or the charge after the minimum is explicit
 * ({@link BandApplication}): 1.25 h at 100.00 an hour with a 150.00 minimum charge on a 1.5x
 * Saturday is 187.50 when the rate is multiplied, 225.00 when the charge is.
 *
 * <p>Quotas: the first on-site visits of each contract year, up to the tier's quota, are
 * included; remote time is included up to the tier's allowance in each allowance period
 * (counted from the start of the terms, with rollover if the tier says so), and only the time
 * beyond it is billed, rounded up to the increment, without a minimum.
 *
 * <p>Labour rates are looked up by region, role, band and tier, and by brand when the
 * intervention names its equipment; a tier without a rate of its own has the rate for any tier
 * (a member rate card is one more row of the same table), and member perks discount either.
 *
 * <p>The rule also feeds the rate card, when the card is read: for each role used (and
 * technicians), the hourly price in every band the table can price.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LabourRule implements PricingRule {

    /** Every time band, in order, for the rate card: one copy, not one per quote. */
    private static final TimeBand[] BANDS = TimeBand.values();

    /**
     * The last hourly rate this rule found, remembered for the next intervention or contract that
     * asks the same table (the same instance) for the same region, role, brand and band: an
     * immutable table's answer does not change. Not part of the rule's value; replaced whole, so
     * thread-safe.
     */
    @SuppressWarnings("immutables:incompat")
    private volatile KnownRate lastRate;

    LabourRule() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Which interventions this rule prices: on site or remote. */
    public abstract Delivery delivery();

    /** The least time billed for an intervention (first hour indivisible: one hour); none by default. */
    @Value.Default
    public Duration minimumTime() {
        return Duration.ZERO;
    }

    /** Time is billed in steps of this length, rounded up; 15 minutes by default. */
    @Value.Default
    public Duration increment() {
        return Duration.ofMinutes(15);
    }

    /** The least amount charged for an intervention, if any. */
    public abstract Optional<MonetaryAmount> minimumCharge();

    /** Multipliers of the business-hours rate for bands that have no rate of their own. */
    public abstract Map<TimeBand, Multiplier> bandMultipliers();

    /** Whether a band multiplier applies to the rate or to the charge; the rate by default. */
    @Value.Default
    public BandApplication bandApplication() {
        return BandApplication.RATE;
    }

    /** Whether labour on equipment in the manufacturer's warranty is billed; billed by default. */
    @Value.Default
    public WarrantyLabour inWarrantyLabour() {
        return WarrantyLabour.BILLED;
    }

    /**
     * Returns the cost component this rule prices.
     *
     * @return on-site or remote labour
     */
    public final CostComponent component() {
        return delivery() == Delivery.ON_SITE ? CostComponent.ON_SITE_LABOUR : CostComponent.REMOTE_LABOUR;
    }

    private static final LineTemplate ON_SITE_LINE = LineTemplate.usage(CostComponent.ON_SITE_LABOUR, Unit.HOUR);
    private static final LineTemplate REMOTE_LINE = LineTemplate.usage(CostComponent.REMOTE_LABOUR, Unit.HOUR);

    /** What this rule's lines are: hours of on-site or remote labour. */
    private LineTemplate lineTemplate() {
        return delivery() == Delivery.ON_SITE ? ON_SITE_LINE : REMOTE_LINE;
    }

    /** Every attribute, the minimum charge written exactly (see {@link Checks#describe(Object)}). */
    @Override
    public String toString() {
        return "LabourRule{delivery=" + delivery() + ", minimumTime=" + minimumTime() + ", increment=" + increment()
                + minimumCharge().map(charge -> ", minimumCharge=" + Checks.describe(charge)).orElse("") + ", bandMultipliers="
                + bandMultipliers() + ", bandApplication=" + bandApplication() + ", inWarrantyLabour=" + inWarrantyLabour() + "}";
    }

    @Value.Check
    void check() {
        requireWholeMinutes("increment", increment(), false);
        requireWholeMinutes("minimumTime", minimumTime(), true);
        minimumCharge().ifPresent(charge -> {
            if (charge.isNegative()) {
                throw Checks.invalid("minimumCharge", charge, "must be >= 0");
            }
        });
    }

    private static void requireWholeMinutes(String field, Duration time, boolean zeroAllowed) {
        boolean whole = time.toSeconds() % 60 == 0 && time.toNanosPart() == 0;
        if (time.isNegative() || (!zeroAllowed && time.isZero()) || !whole) {
            throw Checks.invalid(field, time, "must be " + (zeroAllowed ? "zero or " : "") + "a whole number of minutes");
        }
    }

    @Override
    public QuoteDraft applyTo(QuoteDraft draft) {
        PricingContext context = Objects.requireNonNull(draft, "draft").context();
        ServiceTier tier = context.tier();
        QuoteDraft result = draft;
        int visitsIncluded = tier.includes(ChargeableService.ON_SITE_VISIT) ? tier.quotas().onSiteVisitsPerYear() : 0;
        HolidayCalendar holidays = tier.coverage().holidays();
        List<Intervention> work = context.usage().interventions(delivery());
        Allowances allowances = Allowances.of(this, context, work, visitsIncluded, delivery() == Delivery.REMOTE
                && tier.includes(ChargeableService.REMOTE_SUPPORT) ? tier.quotas().remoteHours() : RemoteHoursAllowance.NONE);
        for (int index = 0; index < work.size(); index++) {
            Intervention intervention = work.get(index);
            HourlyRate rate = hourlyRate(context, intervention, intervention.bandUnder(holidays));
            Supplier<Trace> trace = () -> rate.trace(context).plus(StandardTraceKey.DAY, intervention.day()).plus(StandardTraceKey.WORKED, intervention.worked())
                    .plus(StandardTraceKey.TECHNICIANS, intervention.technicians());
            if (isCoveredByWarranty(intervention)) {
                result = result.plus(included(result, intervention, rate, billedMinutes(intervention.worked()),
                        then(trace, StandardTraceKey.INCLUDED, "in-warranty")));
                continue;
            }
            if (delivery() == Delivery.ON_SITE) {
                int visit = allowances.visitNumber(index);
                if (visit > 0) {
                    int visitsQuota = visitsIncluded;
                    result = result.plus(included(result, intervention, rate, billedMinutes(intervention.worked()),
                            () -> trace.get().plus(StandardTraceKey.INCLUDED, "visit-quota").plus(StandardTraceKey.VISIT, visit)
                                    .plus(StandardTraceKey.VISITS_INCLUDED, visitsQuota)));
                    continue;
                }
                result = result.plus(billed(result, intervention, rate, billedMinutes(withMinimum(intervention.worked())), trace, true));
            } else {
                Duration covered = allowances.covered(index);
                Duration beyond = intervention.worked().minus(covered);
                if (beyond.isZero()) {
                    result = result.plus(included(result, intervention, rate, billedMinutes(covered),
                            then(trace, StandardTraceKey.INCLUDED, "remote-allowance")));
                    continue;
                }
                Supplier<Trace> steps = covered.isZero() ? trace
                        : () -> trace.get().plus(StandardTraceKey.ALLOWANCE_USED, covered).plus(StandardTraceKey.BEYOND_ALLOWANCE, beyond);
                Duration billable = covered.isZero() ? withMinimum(beyond) : beyond;
                result = result.plus(billed(result, intervention, rate, billedMinutes(billable), steps, covered.isZero()));
            }
        }
        PricingContext priced = context;
        return result.plusRateCard(() -> rateCard(priced));
    }

    private boolean isCoveredByWarranty(Intervention intervention) {
        return inWarrantyLabour() == WarrantyLabour.COVERED && intervention.equipment()
                .map(e -> e.warrantyStatusOn(intervention.day()) == WarrantyStatus.IN_WARRANTY).orElse(false);
    }

    private Duration withMinimum(Duration worked) {
        return worked.compareTo(minimumTime()) < 0 ? minimumTime() : worked;
    }

    /** Rounds the time up to the increment, in minutes. */
    private long billedMinutes(Duration time) {
        long step = increment().toSeconds();
        long steps = (time.toSeconds() + step - 1) / step + (time.toNanosPart() > 0 && time.toSeconds() % step == 0 ? 1 : 0);
        return steps * (step / 60);
    }

    private QuoteLine included(QuoteDraft draft, Intervention intervention, HourlyRate rate, long minutes,
            Supplier<Trace> trace) {
        BigDecimal quantity = quantity(minutes, intervention);
        return lineTemplate().included(intervention.commitment().part(), quantity, draft.context().currency(), rate.effective(),
                Hours.isExact(minutes) ? then(trace, StandardTraceKey.HOURS, Hours.of(minutes)) : then(trace, StandardTraceKey.TIME, Duration.ofMinutes(minutes)));
    }

    private QuoteLine billed(QuoteDraft draft, Intervention intervention, HourlyRate rate, long minutes,
            Supplier<Trace> trace, boolean minimumApplies) {
        long allMinutes = minutes * intervention.technicians();
        BigDecimal quantity = quantity(minutes, intervention);
        PricingContext context = draft.context();
        BigDecimal minimum = minimumApplies && minimumCharge().isPresent()
                ? Amounts.decimal("minimumCharge", minimumCharge().get(), "the rate table's", context.currency()) : BigDecimal.ZERO;
        boolean onCharge = bandApplication() == BandApplication.CHARGE && !rate.multiplier().isOne();
        BigDecimal hourly = onCharge ? rate.base() : rate.effective();
        boolean exact = Hours.isExact(minutes);
        BigDecimal charged = exact ? quantity.multiply(hourly) : Hours.price(allMinutes, hourly, context.currency());
        boolean minimumCharged = charged.compareTo(minimum) < 0;
        if (minimumCharged) {
            charged = minimum;
        }
        // time that is no exact number of hours is priced once, multiplier included, and rounded once
        BigDecimal priced = onCharge ? hourly.multiply(rate.multiplier().factor()) : hourly;
        BigDecimal amount = !onCharge ? charged : minimumCharged || exact ? rate.multiplier().applyTo(charged)
                : Hours.price(allMinutes, priced, context.currency());
        boolean rounded = !exact && !minimumCharged && !Hours.isPriceExact(allMinutes, priced);
        int billedMinutes = Math.toIntExact(minutes); // at most 24 h: an int keeps the deferred trace as small as before
        return lineTemplate().billed(intervention.commitment().part(), quantity, context.currency(), rate.effective(), amount, () -> {
                    Trace steps = trace.get().plus(StandardTraceKey.INCREMENT, increment());
                    if (minimumApplies && !minimumTime().isZero()) {
                        steps = steps.plus(StandardTraceKey.MINIMUM_TIME, minimumTime());
                    }
                    steps = Hours.isExact(billedMinutes) ? steps.plus(StandardTraceKey.BILLED_HOURS, Hours.of(billedMinutes))
                            : steps.plus(StandardTraceKey.BILLED_TIME, Duration.ofMinutes(billedMinutes));
                    if (rounded) {
                        steps = steps.plus(StandardTraceKey.ROUNDING, Hours.rounding(context.currency()));
                    }
                    if (minimumCharged) {
                        steps = steps.plus(StandardTraceKey.MINIMUM_CHARGE, money(context, minimum));
                    }
                    if (onCharge) {
                        steps = steps.plus(StandardTraceKey.BAND_APPLIES_TO, BandApplication.CHARGE);
                    }
                    return steps.plus(StandardTraceKey.AMOUNT, money(context, amount));
                });
    }

    /**
     * The hours of all the intervention's technicians: the hours themselves for one technician,
     * exact hours times the technicians, else the hours of all their minutes.
     */
    private static BigDecimal quantity(long minutes, Intervention intervention) {
        int technicians = intervention.technicians();
        if (!Hours.isExact(minutes)) {
            return Hours.of(minutes * technicians);
        }
        BigDecimal hours = Hours.of(minutes);
        return technicians == 1 ? hours : hours.multiply(BigDecimal.valueOf(technicians));
    }

    private static Supplier<Trace> then(Supplier<Trace> trace, TraceKey key, Object value) {
        return () -> trace.get().plus(key, value);
    }

    /**
     * The rate card of this rule: for each role used (and technicians), the hourly price in every
     * band the table can price. Computed only when the card is read.
     */
    private List<RateCardEntry> rateCard(PricingContext context) {
        Percentage discount = context.tier().perks().extraLabourDiscount();
        List<Role> roles = new ArrayList<>(2);
        roles.add(Role.TECHNICIAN);
        for (Intervention intervention : context.usage().interventions(delivery())) {
            if (!roles.contains(intervention.role())) {
                roles.add(intervention.role());
            }
        }
        List<RateCardEntry> card = new ArrayList<>();
        for (Role role : roles) {
            RateKey key = RateKey.of(component(), context.site().region()).withRole(role).withTier(context.tier().id());
            for (TimeBand band : BANDS) {
                HourlyRate rate = findHourlyRate(context, key, band);
                if (rate == null) {
                    continue;
                }
                BigDecimal standard = rate.effective();
                BigDecimal price = standard.subtract(standard.multiply(discount.fraction()));
                card.add(new RateCardEntry(component(), Unit.HOUR, role, band, DeferredAmount.of(standard, context.currency()),
                        DeferredAmount.of(price, context.currency()), LazyTrace.of(() -> rate.trace(context)
                                .plus(StandardTraceKey.MEMBER_DISCOUNT, discount).plus(StandardTraceKey.PRICE, money(context, price)))));
            }
        }
        return card;
    }

    private HourlyRate hourlyRate(PricingContext context, Intervention intervention, TimeBand band) {
        String brand = intervention.equipment().map(Equipment::brand).orElse(null);
        KnownRate known = lastRate;
        if (known != null && known.isFor(context.rates(), context.site().region(), context.tier().id(), intervention.role(), brand,
                band)) {
            return known.rate();
        }
        RateKey key = key(context, intervention);
        HourlyRate rate = findHourlyRate(context, key, band);
        if (rate == null) {
            // a band with a multiplier lacks the business-hours rate it multiplies; any other band lacks its own rate
            // named without the tier: the rate for any tier is the one a sheet lacks (a tier's own is optional)
            throw new MissingRateException((bandMultipliers().containsKey(band) ? key : key.withBand(band)).withoutTier());
        }
        lastRate = new KnownRate(context.rates(), context.site().region(), context.tier().id(), intervention.role(), brand, band,
                rate);
        return rate;
    }

    /** The band's own rate, else the business-hours rate times the band's multiplier, else null: never fails. */
    private HourlyRate findHourlyRate(PricingContext context, RateKey key, TimeBand band) {
        RateTable rates = context.rates();
        BigDecimal own = rates.lookUpOrNull(key.withBand(band));
        if (own == null && band == TimeBand.BUSINESS_HOURS) {
            own = rates.lookUpOrNull(key);
        }
        if (own != null) {
            return new HourlyRate(own, band, null);
        }
        Multiplier multiplier = bandMultipliers().get(band);
        if (multiplier == null) {
            return null;
        }
        BigDecimal base = rates.lookUpOrNull(key.withBand(TimeBand.BUSINESS_HOURS));
        if (base == null) {
            base = rates.lookUpOrNull(key);
        }
        return base == null ? null : new HourlyRate(base, band, multiplier);
    }

    private RateKey key(PricingContext context, Intervention intervention) {
        RateKey key = RateKey.of(component(), context.site().region()).withRole(intervention.role()).withTier(context.tier().id());
        return intervention.equipment().map(e -> key.withBrand(e.brand())).orElse(key);
    }

    /** An hourly rate: the table's rate for a band, and the multiplier that applies to it when the band has no rate of its own (else null). */
    private record HourlyRate(BigDecimal base, TimeBand band, Multiplier bandMultiplier) {
        Multiplier multiplier() {
            return bandMultiplier == null ? Multiplier.ONE : bandMultiplier;
        }

        BigDecimal effective() {
            return bandMultiplier == null ? base : bandMultiplier.applyTo(base); // the band's own rate needs no product
        }

        Trace trace(PricingContext context) {
            Trace trace = Trace.of("labour", TraceStep.of(StandardTraceKey.RATE, Amounts.of(base, context.currency())), TraceStep.of(StandardTraceKey.BAND, band));
            return bandMultiplier == null ? trace : trace.plus(StandardTraceKey.BAND_MULTIPLIER, bandMultiplier);
        }
    }

    /** An hourly rate and what it was looked up for. */
    private record KnownRate(RateTable table, RegionCode region, TierId tier, Role role, String brand, TimeBand band,
            HourlyRate rate) {
        boolean isFor(RateTable table, RegionCode region, TierId tier, Role role, String brand, TimeBand band) {
            return this.table == table && this.region.equals(region) && this.tier.equals(tier) && this.role.equals(role)
                    && Objects.equals(this.brand, brand) && this.band == band;
        }
    }

    /**
     * How the tier's included visits and remote hours are shared among the work: planned work
     * first, in order of day, then estimated work, in order of day, from what is left, so that
     * the firm price never depends on an estimate. Visits are counted per contract year; remote
     * hours per allowance period by a {@link RemoteHoursLedger}. Work before the start of the
     * terms has no allowance. Made only when the tier includes some.
     */
    private static final class Allowances {
        /** No allowance at all, the most common case: nothing to share. */
        private static final Allowances NONE = new Allowances(null, null);

        private final int[] visitNumbers;
        private final RemoteHoursLedger hours;

        private Allowances(int[] visitNumbers, RemoteHoursLedger hours) {
            this.visitNumbers = visitNumbers;
            this.hours = hours;
        }

        static Allowances of(LabourRule rule, PricingContext context, List<Intervention> work, int visitsPerYear,
                RemoteHoursAllowance remote) {
            boolean visits = visitsPerYear > 0 && rule.delivery() == Delivery.ON_SITE;
            boolean hours = !remote.hours().isZero() && rule.delivery() == Delivery.REMOTE;
            if (hours) {
                return new Allowances(null, RemoteHoursLedger.of(remote, context.terms().start(), work,
                        intervention -> !rule.isCoveredByWarranty(intervention)));
            }
            if (!visits) {
                return NONE;
            }
            int[] visitNumbers = new int[work.size()];
            LocalDate start = context.terms().start();
            Map<Long, Integer> visitsUsed = new HashMap<>();
            for (Commitment commitment : Commitment.values()) {
                for (int index = 0; index < work.size(); index++) {
                    Intervention intervention = work.get(index);
                    if (intervention.commitment() != commitment || rule.isCoveredByWarranty(intervention)) {
                        continue;
                    }
                    long year = ChronoUnit.YEARS.between(start, intervention.day());
                    int used = visitsUsed.getOrDefault(year, 0);
                    if (used < visitsPerYear) {
                        visitsUsed.put(year, used + 1);
                        visitNumbers[index] = used + 1;
                    }
                }
            }
            return new Allowances(visitNumbers, null);
        }

        /** The visit of the year's quota that the work at {@code index} is, from 1, or 0 when it is billed. */
        int visitNumber(int index) {
            return visitNumbers == null ? 0 : visitNumbers[index];
        }

        /** The time of the work at {@code index} that the remote allowance covers. */
        Duration covered(int index) {
            return hours == null ? Duration.ZERO : hours.covered(index);
        }
    }

    /** What a time band's multiplier applies to. */
    public enum BandApplication {
        /** The hourly rate is multiplied; a minimum charge is not. */
        RATE,
        /** The charge, after any minimum, is multiplied. */
        CHARGE
    }

    /** Whether labour on equipment in the manufacturer's warranty is billed. */
    public enum WarrantyLabour {
        /** Billed: the warranty covers parts only. */
        BILLED,
        /** Covered: included at no charge. */
        COVERED
    }

    /** Builds a {@link LabourRule}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableLabourRule.Builder {
        Builder() {}
    }
}
