package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;

/**
 * What a rate or a quote line is for: a kind of labour, travel, remote service, updates,
 * monitoring, a recurring fee, a discount or an adjustment.
 *
 * <p>The components this library prices are constants; a vendor's own rule names its own, for
 * example {@code CostComponent.of("pool-care")}. The identifier keys the wording in
 * {@code i18n-bundles}; {@link #description()} is a plain English fallback.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, lower-case words joined by hyphens
 */
public record CostComponent(String id) {

    /** Labour at the site, per hour. */
    public static final CostComponent ON_SITE_LABOUR = new CostComponent("on-site-labour");
    /** Remote labour, per hour. */
    public static final CostComponent REMOTE_LABOUR = new CostComponent("remote-labour");
    /** A fixed fee per trip. */
    public static final CostComponent TRIP_FEE = new CostComponent("trip-fee");
    /** Travel per kilometre. */
    public static final CostComponent TRAVEL_DISTANCE = new CostComponent("travel-distance");
    /** Travel per mile, where road distances are measured in miles (United States sites). */
    public static final CostComponent TRAVEL_MILES = new CostComponent("travel-miles");
    /** Travel time, billed at the business-hours on-site labour rate of the visit's role (the table has no rate of its own for it). */
    public static final CostComponent TRAVEL_TIME = new CostComponent("travel-time");
    /** A remote support ticket. */
    public static final CostComponent REMOTE_TICKET = new CostComponent("remote-ticket");
    /** One system or firmware update. */
    public static final CostComponent SYSTEM_UPDATE = new CostComponent("system-update");
    /** Updates of one device for a year. */
    public static final CostComponent DEVICE_UPDATES = new CostComponent("device-updates");
    /** Monitoring of one device, per month. */
    public static final CostComponent DEVICE_MONITORING = new CostComponent("device-monitoring");
    /** Monitoring of the whole site, per month. */
    public static final CostComponent SITE_MONITORING = new CostComponent("site-monitoring");
    /** A tier's flat recurring fee, per month. */
    public static final CostComponent FLAT_FEE = new CostComponent("flat-fee");
    /** A tier's recurring fee per device, per month. */
    public static final CostComponent DEVICE_FEE = new CostComponent("device-fee");
    /** A tier's recurring fee per subsystem, per month. */
    public static final CostComponent SUBSYSTEM_FEE = new CostComponent("subsystem-fee");
    /** A tier's recurring fee per site, per month. */
    public static final CostComponent SITE_FEE = new CostComponent("site-fee");
    /** A recurring fee as a percentage of the installed value, per year. */
    public static final CostComponent INSTALLED_VALUE_FEE = new CostComponent("installed-value-fee");
    /** An extended warranty, as a percentage of equipment value. */
    public static final CostComponent EXTENDED_WARRANTY = new CostComponent("extended-warranty");
    /** An adjustment for the complexity of the installation. */
    public static final CostComponent COMPLEXITY = new CostComponent("complexity");
    /** A minimum fee topping up lower amounts. */
    public static final CostComponent MINIMUM_FEE = new CostComponent("minimum-fee");
    /** A cap reducing higher amounts. */
    public static final CostComponent FEE_CAP = new CostComponent("fee-cap");
    /** A discount. */
    public static final CostComponent DISCOUNT = new CostComponent("discount");
    /** The terms' discount for paying in advance. */
    public static final CostComponent PREPAY_DISCOUNT = new CostComponent("prepay-discount");
    /** A tier's member discount on labour. */
    public static final CostComponent MEMBER_LABOUR_DISCOUNT = new CostComponent("member-labour-discount");
    /** Materials and small parts, charged per intervention. */
    public static final CostComponent MATERIALS = new CostComponent("materials");
    /** The difference left by rounding the total once. */
    public static final CostComponent ROUNDING = new CostComponent("rounding");

    /**
     * Creates a component.
     *
     * @throws IllegalArgumentException if {@code id} is not lower-case words joined by hyphens
     */
    public CostComponent {
        Checks.requireHyphenatedWords("component", id);
    }

    /** The components that price travel: a trip fee (or zone fee), distance in kilometres or miles, travel time. */
    static final java.util.Set<CostComponent> TRAVEL = java.util.Set.of(TRIP_FEE, TRAVEL_DISTANCE, TRAVEL_MILES, TRAVEL_TIME);

    /**
     * Checks if this component prices travel: {@link #TRIP_FEE}, {@link #TRAVEL_DISTANCE},
     * {@link #TRAVEL_MILES} or {@link #TRAVEL_TIME}.
     *
     * @return true for travel
     */
    public boolean isTravel() {
        return TRAVEL.contains(this);
    }

    /**
     * Obtains a component.
     *
     * @param id the identifier, for example {@code "pool-care"}
     * @return the component
     * @throws IllegalArgumentException if {@code id} is not lower-case words joined by hyphens
     */
    public static CostComponent of(String id) {
        return new CostComponent(id);
    }

    /**
     * Returns a plain English description, the identifier with spaces: {@code "on-site labour"}
     * keeps its hyphen, {@code "trip-fee"} reads {@code "trip fee"}.
     *
     * @return the description
     */
    public String description() {
        return id.startsWith("on-site-") ? "on-site " + id.substring(8).replace('-', ' ') : id.replace('-', ' ');
    }

    /** Returns the identifier. */
    @Override
    public String toString() {
        return id;
    }
}
