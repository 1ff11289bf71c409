package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A service tier an integrator sells, such as Bronze, Silver or Gold: how it engages, when and
 * how fast it responds, what it includes, what members get, and what it bills on demand.
 *
 * <p>For example, a Gold tier: proactive, remote and on-site, business hours, 4 h remote and
 * next-day on-site response, two visits and eight remote hours a year, 10 % off extra labour.
 *
 * <p>A tier is consistent when built: a response time for each way it delivers and none for
 * the others, quotas only for what it delivers, and clauses that pass {@link ClauseAudit} for
 * the services it provides (remote support, on-site visits, system updates and travel always;
 * monitoring when it monitors). Otherwise building throws, with every clause problem at once
 * in an {@link InvalidClausesException}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServiceTier {

    ServiceTier() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The stable identifier, for example {@code gold}. */
    public abstract TierId id();

    /** The key of the tier's display name; {@code "tier." + id} by default. */
    @Value.Default
    public MessageKey nameKey() {
        return MessageKey.of("tier." + id().value());
    }

    /** Proactive or reactive. */
    public abstract ServiceLevel serviceLevel();

    /** How service is delivered, at least one of remote and on-site. */
    public abstract Set<Delivery> deliveries();

    /** When service is available. */
    public abstract CoverageWindow coverage();

    /** The remote response time; present exactly when the tier delivers remotely. */
    public abstract Optional<Duration> remoteResponseTime();

    /** The on-site response time; present exactly when the tier delivers on site. */
    public abstract Optional<Duration> onSiteResponseTime();

    /** Whether the tier monitors the site; no monitoring by default. */
    @Value.Default
    public Monitoring monitoring() {
        return Monitoring.NONE;
    }

    /** What the recurring fee includes; nothing by default. */
    @Value.Default
    public IncludedQuotas quotas() {
        return IncludedQuotas.NONE;
    }

    /** What members get; nothing by default. */
    @Value.Default
    public MemberPerks perks() {
        return MemberPerks.NONE;
    }

    /** The clauses: what the tier includes and excludes. */
    public abstract List<Clause> clauses();

    /** The services billed from the rate card when used. */
    public abstract Set<ChargeableService> billedOnDemand();

    /**
     * Returns the services this tier provides: remote support, on-site visits, system updates
     * and travel, plus monitoring when it monitors.
     *
     * @return the provided services
     */
    public Set<ChargeableService> providedServices() {
        Set<ChargeableService> provided = EnumSet.of(ChargeableService.REMOTE_SUPPORT, ChargeableService.ON_SITE_VISIT,
                ChargeableService.SYSTEM_UPDATE, ChargeableService.TRAVEL);
        if (monitoring() == Monitoring.PROACTIVE) {
            provided.add(ChargeableService.MONITORING);
        }
        return provided;
    }

    /**
     * Checks if the tier delivers in the given way.
     *
     * @param delivery remote or on-site
     * @return true if delivered
     */
    public boolean delivers(Delivery delivery) {
        Objects.requireNonNull(delivery, "delivery");
        return deliveries().contains(delivery);
    }

    /**
     * Checks if a clause of this tier includes {@code service}.
     *
     * @param service the service
     * @return true if included
     */
    public boolean includes(ChargeableService service) {
        Objects.requireNonNull(service, "service");
        return includedServices().contains(service);
    }

    /** What the inclusion clauses include, gathered once: pricing asks for every line. */
    @Value.Lazy
    Set<ChargeableService> includedServices() {
        Set<ChargeableService> included = EnumSet.noneOf(ChargeableService.class);
        for (Clause clause : clauses()) {
            if (clause.isInclusion()) {
                included.addAll(clause.services());
            }
        }
        return Collections.unmodifiableSet(included);
    }

    /**
     * Returns how far from the integrator's base travel is included: the radius of the tier's
     * {@link StandardClause#TRAVEL_WITHIN_RADIUS} clause. Found once, as pricing asks for every
     * visit.
     *
     * <p>For example, a tier that includes travel within 25 km returns 25 km.
     *
     * @return the radius, or empty when the tier has no such clause
     */
    @Value.Lazy
    public Optional<Distance> includedTravelRadius() {
        for (Clause clause : clauses()) {
            if (clause.isInclusion() && clause.id().equals(StandardClause.TRAVEL_WITHIN_RADIUS.id())) {
                Optional<ParameterValue> radius = clause.parameter(ClauseParameter.RADIUS);
                if (radius.isPresent()) {
                    return Optional.of(((ParameterValue.Span) radius.get()).value());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the inclusion clauses, in order.
     *
     * @return what the tier includes
     */
    public List<Clause> inclusions() {
        return clauses().stream().filter(Clause::isInclusion).toList();
    }

    /**
     * Returns the exclusion clauses, in order.
     *
     * @return what the tier excludes
     */
    public List<Clause> exclusions() {
        return clauses().stream().filter(c -> !c.isInclusion()).toList();
    }

    @Value.Check
    void check() {
        if (deliveries().isEmpty()) {
            throw Checks.invalid("deliveries", deliveries(), "must contain REMOTE, ON_SITE or both");
        }
        requireResponseTime("remoteResponseTime", remoteResponseTime(), Delivery.REMOTE);
        requireResponseTime("onSiteResponseTime", onSiteResponseTime(), Delivery.ON_SITE);
        if (quotas().onSiteVisitsPerYear() > 0 && !delivers(Delivery.ON_SITE)) {
            throw Checks.invalid("quotas.onSiteVisitsPerYear", quotas().onSiteVisitsPerYear(),
                    "must be 0 when deliveries " + deliveries() + " exclude ON_SITE");
        }
        if (!quotas().remoteHours().hours().isZero() && !delivers(Delivery.REMOTE)) {
            throw Checks.invalid("quotas.remoteHours", quotas().remoteHours().hours(),
                    "must be zero when deliveries " + deliveries() + " exclude REMOTE");
        }
        List<ClauseProblem> problems = new ArrayList<>(ClauseAudit.audit(clauses(), providedServices(), billedOnDemand()));
        promise(problems, StandardClause.ON_SITE_VISITS, ClauseParameter.VISITS, ParameterValue.count(quotas().onSiteVisitsPerYear()),
                "quotas.onSiteVisitsPerYear");
        promise(problems, StandardClause.SYSTEM_UPDATES, ClauseParameter.UPDATES,
                ParameterValue.count(quotas().systemUpdatesPerYear()), "quotas.systemUpdatesPerYear");
        promise(problems, StandardClause.REMOTE_SUPPORT, ClauseParameter.HOURS, ParameterValue.duration(quotas().remoteHours().hours()),
                "quotas.remoteHours");
        promise(problems, StandardClause.LABOUR_DISCOUNT, ClauseParameter.DISCOUNT,
                ParameterValue.percentage(perks().extraLabourDiscount()), "perks.extraLabourDiscount");
        promise(problems, StandardClause.EQUIPMENT_DISCOUNT, ClauseParameter.DISCOUNT,
                ParameterValue.percentage(perks().newEquipmentDiscount()), "perks.newEquipmentDiscount");
        remoteResponseTime().ifPresent(time -> promise(problems, StandardClause.REMOTE_RESPONSE_TIME, ClauseParameter.RESPONSE_TIME,
                ParameterValue.duration(time), "remoteResponseTime"));
        onSiteResponseTime().ifPresent(time -> promise(problems, StandardClause.ON_SITE_RESPONSE_TIME, ClauseParameter.RESPONSE_TIME,
                ParameterValue.duration(time), "onSiteResponseTime"));
        if (!problems.isEmpty()) {
            throw new InvalidClausesException("clauses of tier " + id(), problems);
        }
    }

    /**
     * Adds a problem when the tier's clause {@code standard} states {@code parameter} otherwise
     * than the tier does: what the contract promises must be what pricing counts.
     */
    private void promise(List<ClauseProblem> problems, StandardClause standard, ClauseParameter parameter, ParameterValue tier,
            String field) {
        for (Clause clause : clauses()) {
            if (clause.id().equals(standard.id()) && clause.isInclusion()) {
                clause.parameter(parameter).filter(promised -> !same(promised, tier)).ifPresent(promised -> problems.add(
                        new ClauseProblem(ClauseProblem.Code.CONTRADICTS_TIER, standard.id().value(), "clause " + standard.id()
                                + " promises " + valueOf(promised) + " where the tier's " + field + " is " + valueOf(tier))));
            }
        }
    }

    private static boolean same(ParameterValue promised, ParameterValue tier) {
        if (promised instanceof ParameterValue.Share && tier instanceof ParameterValue.Share) {
            return ((ParameterValue.Share) promised).value().compareTo(((ParameterValue.Share) tier).value()) == 0;
        }
        return promised.equals(tier);
    }

    private static Object valueOf(ParameterValue value) {
        if (value instanceof ParameterValue.Count) {
            return ((ParameterValue.Count) value).value();
        }
        if (value instanceof ParameterValue.Length) {
            return ((ParameterValue.Length) value).value();
        }
        if (value instanceof ParameterValue.Share) {
            return ((ParameterValue.Share) value).value();
        }
        return ((ParameterValue.Span) value).value();
    }

    private void requireResponseTime(String field, Optional<Duration> time, Delivery delivery) {
        if (delivers(delivery) && time.isEmpty()) {
            throw Checks.invalid(field, "absent", "must be set when deliveries include " + delivery);
        }
        if (!delivers(delivery) && time.isPresent()) {
            throw Checks.invalid(field, time.get(), "must be absent when deliveries " + deliveries() + " exclude " + delivery);
        }
        time.ifPresent(t -> Checks.requirePositive(field, t));
    }

    /** Builds a {@link ServiceTier}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableServiceTier.Builder {
        Builder() {}
    }
}
