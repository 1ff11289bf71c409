package io.github.servicecontract.pricing;

import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.model.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rate is for: a cost component in a region, narrowed by the dimensions that apply to it
 * (role, brand, time band, tier).
 *
 * <p>For example, {@code RateKey.of(CostComponent.ON_SITE_LABOUR, RegionCode.parse("FR-69"))
 * .withRole(Role.TECHNICIAN).withBand(TimeBand.SATURDAY)} is the Saturday on-site rate of a
 * technician in the Rhône.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RateKey {

    private final CostComponent component;
    private final RegionCode region;
    private final Role role;
    private final String brand;
    private final TimeBand band;
    private final TierId tier;
    private int hash;
    private String description; // racy single-check, as the hash: every thread writes the same text

    private RateKey(CostComponent component, RegionCode region, Role role, String brand, TimeBand band, TierId tier) {
        this.component = component;
        this.region = region;
        this.role = role;
        this.brand = brand;
        this.band = band;
        this.tier = tier;
    }

    /**
     * Obtains a key for a component in a region, with no other dimension.
     *
     * @param component the cost component
     * @param region the region, a country or a subdivision
     * @return the key
     */
    public static RateKey of(CostComponent component, RegionCode region) {
        return new RateKey(Objects.requireNonNull(component, "component"), Objects.requireNonNull(region, "region"),
                null, null, null, null);
    }

    /**
     * Returns a copy of this key for a role.
     *
     * @param role the role
     * @return the narrowed key
     */
    public RateKey withRole(Role role) {
        return new RateKey(component, region, Objects.requireNonNull(role, "role"), brand, band, tier);
    }

    /**
     * Returns a copy of this key for a brand, for example {@code "Crestron"}.
     *
     * @param brand the brand, not blank, without control or invisible characters, as written (its spaces too)
     * @return the narrowed key
     * @throws IllegalArgumentException if {@code brand} is blank, longer than 10,000 characters or holds such a character
     */
    public RateKey withBrand(String brand) {
        return new RateKey(component, region, role, Checks.requireText("brand", brand), band, tier);
    }

    /**
     * Returns a copy of this key for a time band.
     *
     * @param band the band
     * @return the narrowed key
     */
    public RateKey withBand(TimeBand band) {
        return new RateKey(component, region, role, brand, Objects.requireNonNull(band, "band"), tier);
    }

    /**
     * Returns a copy of this key for a tier.
     *
     * @param tier the tier
     * @return the narrowed key
     */
    public RateKey withTier(TierId tier) {
        return new RateKey(component, region, role, brand, band, Objects.requireNonNull(tier, "tier"));
    }

    /**
     * Returns a copy of this key in another region.
     *
     * @param region the region
     * @return the changed key
     */
    public RateKey withRegion(RegionCode region) {
        return new RateKey(component, Objects.requireNonNull(region, "region"), role, brand, band, tier);
    }

    /**
     * Returns this key without its brand, the key a look-up falls back to.
     *
     * @return the changed key
     */
    public RateKey withoutBrand() {
        return new RateKey(component, region, role, null, band, tier);
    }

    /**
     * Returns this key without its time band, the key a look-up falls back to.
     *
     * @return the changed key
     */
    public RateKey withoutBand() {
        return new RateKey(component, region, role, brand, null, tier);
    }

    /**
     * Returns this key without its tier, the key a look-up falls back to.
     *
     * @return the changed key
     */
    public RateKey withoutTier() {
        return new RateKey(component, region, role, brand, band, null);
    }

    /** Returns the cost component. */
    public CostComponent component() {
        return component;
    }

    /** Returns the region. */
    public RegionCode region() {
        return region;
    }

    /** Returns the role, if the rate depends on it. */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    /** Returns the brand, if the rate depends on it. */
    public Optional<String> brand() {
        return Optional.ofNullable(brand);
    }

    /** Returns the time band, if the rate depends on it. */
    public Optional<TimeBand> band() {
        return Optional.ofNullable(band);
    }

    /** Returns the tier, if the rate depends on it. */
    public Optional<TierId> tier() {
        return Optional.ofNullable(tier);
    }

    /**
     * Returns the key in words, as a look-up error names it: for example
     * {@code "on-site labour rate for region FR-69, role TECHNICIAN, band SATURDAY"}.
     *
     * @return the description
     */
    public String describe() {
        String written = description;
        if (written != null) {
            return written;
        }
        StringBuilder text = new StringBuilder(component.description()).append(" rate for region ").append(region);
        if (role != null) {
            text.append(", role ").append(role);
        }
        if (brand != null) {
            text.append(", brand ").append(brand);
        }
        if (band != null) {
            text.append(", band ").append(band);
        }
        if (tier != null) {
            text.append(", tier ").append(tier);
        }
        written = text.toString();
        description = written;
        return written;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RateKey)) {
            return false;
        }
        RateKey that = (RateKey) other;
        return component.equals(that.component) && region.equals(that.region) && Objects.equals(role, that.role)
                && Objects.equals(brand, that.brand) && band == that.band && Objects.equals(tier, that.tier);
    }

    /**
     * Mixes each attribute's hash in, as MurmurHash3 mixes a block: multiplying by 31 alone would
     * let similar short texts cancel each other out (regions {@code FR-01} to {@code FR-95} with
     * roles {@code ROLE_0} to {@code ROLE_1052} made 100 k keys with 7,446 distinct hashes, and
     * hash maps of rates slowed to a crawl).
     */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = mix(0, component.hashCode());
            h = mix(h, region.hashCode());
            h = mix(h, Objects.hashCode(role));
            h = mix(h, Objects.hashCode(brand));
            h = mix(h, band == null ? 0 : band.ordinal() + 1);
            h = mix(h, Objects.hashCode(tier));
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            hash = h;
        }
        return h;
    }

    private static int mix(int h, int value) {
        int k = Integer.rotateLeft(value * 0xcc9e2d51, 15) * 0x1b873593;
        return Integer.rotateLeft(h ^ k, 13) * 5 + 0xe6546b64;
    }

    @Override
    public String toString() {
        return describe();
    }
}
