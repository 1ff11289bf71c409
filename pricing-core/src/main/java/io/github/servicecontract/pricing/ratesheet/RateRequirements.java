package io.github.servicecontract.pricing.ratesheet;

import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.RateKey;
import io.github.servicecontract.pricing.RateTable;
import io.github.servicecontract.pricing.Role;
import io.github.servicecontract.pricing.TimeBand;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rates a sheet must have: every region times every component, role, band and tier that the
 * integrator's tiers and rules use. A requirement is met when the rate table resolves it, fall
 * backs included; a business-hours requirement is also met by a rate with no band.
 *
 * <p>For example, {@code RateRequirements.labour(List.of(FR-69, FR-75),
 * List.of(CostComponent.ON_SITE_LABOUR), List.of(Role.TECHNICIAN), List.of(BUSINESS_HOURS,
 * SATURDAY))} requires four labour rates.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RateRequirements {

    private static final RateRequirements NONE = new RateRequirements(Set.of());

    private final Set<RateKey> keys;

    private RateRequirements(Set<RateKey> keys) {
        this.keys = keys;
    }

    /**
     * Obtains no requirement.
     *
     * @return the empty requirements
     */
    public static RateRequirements none() {
        return NONE;
    }

    /**
     * Obtains explicit requirements.
     *
     * @param keys the rates required
     * @return the requirements
     */
    public static RateRequirements of(Collection<RateKey> keys) {
        Objects.requireNonNull(keys, "keys");
        return new RateRequirements(Collections.unmodifiableSet(new LinkedHashSet<>(keys)));
    }

    /**
     * Obtains labour requirements: every region, component, role and band.
     *
     * @param regions the regions served
     * @param components the labour components, on-site and remote
     * @param roles the roles sent
     * @param bands the time bands sold
     * @return the requirements
     */
    public static RateRequirements labour(List<RegionCode> regions, List<CostComponent> components, List<Role> roles,
            List<TimeBand> bands) {
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(components, "components");
        Objects.requireNonNull(bands, "bands");
        Set<RateKey> keys = new LinkedHashSet<>();
        for (RegionCode region : regions) {
            for (CostComponent component : components) {
                for (Role role : roles) {
                    for (TimeBand band : bands) {
                        keys.add(RateKey.of(component, region).withRole(role).withBand(band));
                    }
                }
            }
        }
        return of(keys);
    }

    /**
     * Obtains tier requirements: every region, tier and component, for the recurring fees.
     *
     * @param regions the regions served
     * @param tiers the tiers sold
     * @param components the fee components each tier is priced with
     * @return the requirements
     */
    public static RateRequirements tiers(List<RegionCode> regions, List<TierId> tiers, List<CostComponent> components) {
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(components, "components");
        Set<RateKey> keys = new LinkedHashSet<>();
        for (RegionCode region : regions) {
            for (TierId tier : tiers) {
                for (CostComponent component : components) {
                    keys.add(RateKey.of(component, region).withTier(tier));
                }
            }
        }
        return of(keys);
    }

    /**
     * Returns these requirements and {@code other}'s.
     *
     * @param other more requirements
     * @return the union
     */
    public RateRequirements plus(RateRequirements other) {
        Objects.requireNonNull(other, "other");
        Set<RateKey> union = new LinkedHashSet<>(keys);
        union.addAll(other.keys);
        return of(union);
    }

    /** Returns the rates required, in order. */
    public Set<RateKey> keys() {
        return keys;
    }

    boolean isMetBy(RateTable table, RateKey key) {
        if (table.find(key).isPresent() || table.findBrackets(key).isPresent()) {
            return true;
        }
        return key.band().filter(band -> band == TimeBand.BUSINESS_HOURS).isPresent() && table.find(key.withoutBand()).isPresent();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RateRequirements && keys.equals(((RateRequirements) other).keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }

    @Override
    public String toString() {
        return "RateRequirements[" + keys.size() + " rates]";
    }

}
