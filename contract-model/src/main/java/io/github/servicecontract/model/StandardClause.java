package io.github.servicecontract.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The catalogue of common clauses of integrators' service contracts: what is usually included
 * and what is usually excluded.
 *
 * <p>Each entry has a stable {@link #id()}, its kind and category, the chargeable service it
 * covers (if any) and the parameters its wording needs. {@link Clause#of(StandardClause)} turns
 * an entry into a clause.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StandardClause {
    /** Remote support, up to {@code HOURS} per allowance period. */
    REMOTE_SUPPORT(ClauseKind.INCLUSION, ClauseCategory.SERVICE, EnumSet.of(ChargeableService.REMOTE_SUPPORT),
            EnumSet.of(ClauseParameter.HOURS)),
    /** {@code VISITS} on-site visits per year. */
    ON_SITE_VISITS(ClauseKind.INCLUSION, ClauseCategory.SERVICE, EnumSet.of(ChargeableService.ON_SITE_VISIT),
            EnumSet.of(ClauseParameter.VISITS)),
    /** {@code UPDATES} system and firmware updates per year. */
    SYSTEM_UPDATES(ClauseKind.INCLUSION, ClauseCategory.SERVICE, EnumSet.of(ChargeableService.SYSTEM_UPDATE),
            EnumSet.of(ClauseParameter.UPDATES)),
    /** Proactive monitoring of the site's devices. */
    PROACTIVE_MONITORING(ClauseKind.INCLUSION, ClauseCategory.SERVICE, EnumSet.of(ChargeableService.MONITORING),
            EnumSet.noneOf(ClauseParameter.class)),
    /** Travel included within {@code RADIUS} of the integrator's base. */
    TRAVEL_WITHIN_RADIUS(ClauseKind.INCLUSION, ClauseCategory.COMMERCIAL, EnumSet.of(ChargeableService.TRAVEL),
            EnumSet.of(ClauseParameter.RADIUS)),
    /** A remote response within {@code RESPONSE_TIME} during the coverage window. */
    REMOTE_RESPONSE_TIME(ClauseKind.INCLUSION, ClauseCategory.COVERAGE, EnumSet.noneOf(ChargeableService.class),
            EnumSet.of(ClauseParameter.RESPONSE_TIME)),
    /** An on-site response within {@code RESPONSE_TIME} during the coverage window. */
    ON_SITE_RESPONSE_TIME(ClauseKind.INCLUSION, ClauseCategory.COVERAGE, EnumSet.noneOf(ChargeableService.class),
            EnumSet.of(ClauseParameter.RESPONSE_TIME)),
    /** {@code DISCOUNT} off labour billed beyond the tier. */
    LABOUR_DISCOUNT(ClauseKind.INCLUSION, ClauseCategory.COMMERCIAL, EnumSet.noneOf(ChargeableService.class),
            EnumSet.of(ClauseParameter.DISCOUNT)),
    /** {@code DISCOUNT} off new equipment. */
    EQUIPMENT_DISCOUNT(ClauseKind.INCLUSION, ClauseCategory.COMMERCIAL, EnumSet.noneOf(ChargeableService.class),
            EnumSet.of(ClauseParameter.DISCOUNT)),
    /** Loaner equipment while a device is repaired. */
    LOANER_EQUIPMENT(ClauseKind.INCLUSION, ClauseCategory.EQUIPMENT, EnumSet.noneOf(ChargeableService.class),
            EnumSet.noneOf(ClauseParameter.class)),
    /** Parts and labour beyond the manufacturer's warranty for {@code MONTHS}. */
    EXTENDED_WARRANTY(ClauseKind.INCLUSION, ClauseCategory.EQUIPMENT, EnumSet.noneOf(ChargeableService.class),
            EnumSet.of(ClauseParameter.MONTHS)),

    /** Acts of God: fire, flood, storm, earthquake. */
    ACTS_OF_GOD(ClauseKind.EXCLUSION, ClauseCategory.EVENT),
    /** Damage from power surges and lightning. */
    POWER_SURGE(ClauseKind.EXCLUSION, ClauseCategory.EVENT),
    /** Water damage. */
    WATER_DAMAGE(ClauseKind.EXCLUSION, ClauseCategory.EVENT),
    /** Damage by vermin and pests. */
    VERMIN(ClauseKind.EXCLUSION, ClauseCategory.EVENT),
    /** Misuse and user error. */
    MISUSE(ClauseKind.EXCLUSION, ClauseCategory.USE),
    /** Changes made by third parties. */
    THIRD_PARTY_CHANGES(ClauseKind.EXCLUSION, ClauseCategory.USE),
    /** Personal devices added by the client. */
    CLIENT_DEVICES(ClauseKind.EXCLUSION, ClauseCategory.USE),
    /** Outages of the internet service provider. */
    ISP_OUTAGE(ClauseKind.EXCLUSION, ClauseCategory.EVENT),
    /** Consumables and batteries. */
    CONSUMABLES(ClauseKind.EXCLUSION, ClauseCategory.EQUIPMENT),
    /** Software licence upgrades. */
    LICENCE_UPGRADES(ClauseKind.EXCLUSION, ClauseCategory.EQUIPMENT),
    /** Equipment the manufacturer no longer supports. */
    OBSOLETE_EQUIPMENT(ClauseKind.EXCLUSION, ClauseCategory.EQUIPMENT),
    /** Lifts, scaffolding and work at height. */
    LIFTS_AND_SCAFFOLDING(ClauseKind.EXCLUSION, ClauseCategory.COMMERCIAL),
    /** Moves, additions and changes to the system. */
    MOVES_ADDS_CHANGES(ClauseKind.EXCLUSION, ClauseCategory.SERVICE);

    private final ClauseId id;
    private final ClauseKind kind;
    private final ClauseCategory category;
    private final Set<ChargeableService> services;
    private final Set<ClauseParameter> requiredParameters;

    StandardClause(ClauseKind kind, ClauseCategory category) {
        this(kind, category, EnumSet.noneOf(ChargeableService.class), EnumSet.noneOf(ClauseParameter.class));
    }

    StandardClause(ClauseKind kind, ClauseCategory category, Set<ChargeableService> services,
            Set<ClauseParameter> requiredParameters) {
        this.id = ClauseId.of(name().toLowerCase(Locale.ROOT).replace('_', '-'));
        this.kind = kind;
        this.category = category;
        this.services = Set.copyOf(services);
        this.requiredParameters = Set.copyOf(requiredParameters);
    }

    /**
     * Returns the stable identifier, for example {@code power-surge} for {@link #POWER_SURGE}.
     *
     * @return the identifier
     */
    public ClauseId id() {
        return id;
    }

    /** Returns whether this clause includes or excludes. */
    public ClauseKind kind() {
        return kind;
    }

    /** Returns the category the clause is shown under. */
    public ClauseCategory category() {
        return category;
    }

    /** Returns the chargeable services this clause covers, possibly none. */
    public Set<ChargeableService> services() {
        return services;
    }

    /** Returns the parameters the wording needs, possibly none. */
    public Set<ClauseParameter> requiredParameters() {
        return requiredParameters;
    }

    /**
     * Returns the key of the clause's wording, {@code "clause."} followed by the identifier.
     *
     * @return the message key
     */
    public MessageKey messageKey() {
        return MessageKey.of("clause." + id.value());
    }
}
