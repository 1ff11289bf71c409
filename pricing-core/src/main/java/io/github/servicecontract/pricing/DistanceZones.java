package io.github.servicecontract.pricing;

import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Trip fees by distance zone: a fee for each zone up to an inclusive distance, and one open last
 * zone.
 *
 * <p>For example, zones up to 10 km at 25.00, up to 20 km at 30.00, up to 40 km at 35.00 and
 * beyond at 45.00: a site 18 km away pays 30.00.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DistanceZones {

    private final List<Zone> zones;

    private DistanceZones(List<Zone> zones) {
        this.zones = List.copyOf(zones);
    }

    /**
     * Obtains zones.
     *
     * @param zones the zones in increasing order of distance, the last one open
     * @return the zones
     * @throws IllegalArgumentException if the zones are empty, not increasing, not ending with
     *     exactly one open zone, in several currencies, or have a negative fee
     */
    public static DistanceZones of(List<Zone> zones) {
        Objects.requireNonNull(zones, "zones");
        if (zones.isEmpty()) {
            throw Checks.invalid("zones", zones, "must contain at least one zone");
        }
        CurrencyUnit currency = zones.get(0).fee().getCurrency();
        Distance previous = null;
        for (int i = 0; i < zones.size(); i++) {
            Zone zone = zones.get(i);
            boolean last = i == zones.size() - 1;
            Amounts.requireCurrency("zones[" + i + "].fee", zone.fee(), "the first zone's", currency);
            if (zone.fee().isNegative()) {
                throw Checks.invalid("zones[" + i + "].fee", zone.fee(), "must be >= 0");
            }
            if (last != zone.upTo().isEmpty()) {
                throw Checks.invalid("zones[" + i + "].upTo", zone.upTo().map(Distance::toString).orElse("open"),
                        last ? "must be open for the last zone" : "must be bounded before the last zone");
            }
            if (!last) {
                Distance upTo = zone.upTo().get();
                if (previous != null && !upTo.isGreaterThan(previous)) {
                    throw Checks.invalid("zones[" + i + "].upTo", upTo, "must be greater than " + previous);
                }
                previous = upTo;
            }
        }
        return new DistanceZones(zones);
    }

    /** Returns the zones, in increasing order. */
    public List<Zone> zones() {
        return zones;
    }

    /**
     * Returns the zone a distance falls in.
     *
     * @param distance the distance
     * @return its zone
     */
    public Zone zoneOf(Distance distance) {
        Objects.requireNonNull(distance, "distance");
        for (Zone zone : zones) {
            if (zone.upTo().isEmpty() || !distance.isGreaterThan(zone.upTo().get())) {
                return zone;
            }
        }
        throw new IllegalStateException("the last zone is open");
    }

    /**
     * Returns the distance the open last zone starts beyond: the bound of the zone before it, zero
     * when it is the only zone. The zones are increasing and end open, as {@link #of} checks.
     */
    Distance openZoneStart() {
        return zones.size() == 1 ? Distance.ZERO : zones.get(zones.size() - 2).upTo().orElseThrow();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DistanceZones && zones.equals(((DistanceZones) other).zones);
    }

    @Override
    public int hashCode() {
        return zones.hashCode();
    }

    @Override
    public String toString() {
        return zones.toString();
    }

    /**
     * One zone: a fee up to an inclusive distance, or open.
     *
     * @param upTo the inclusive upper distance, empty for the open last zone
     * @param fee the trip fee in the zone
     */
    public record Zone(Optional<Distance> upTo, MonetaryAmount fee) {

        /** Creates a zone. */
        public Zone {
            Objects.requireNonNull(upTo, "upTo");
            Objects.requireNonNull(fee, "fee");
        }

        /**
         * Obtains a bounded zone.
         *
         * @param upToInclusive the farthest distance in the zone
         * @param fee the trip fee
         * @return the zone
         */
        public static Zone upTo(Distance upToInclusive, MonetaryAmount fee) {
            Objects.requireNonNull(upToInclusive, "upToInclusive");
            return new Zone(Optional.of(upToInclusive), fee);
        }

        /**
         * Obtains the open last zone.
         *
         * @param fee the trip fee
         * @return the zone
         */
        public static Zone beyond(MonetaryAmount fee) {
            return new Zone(Optional.empty(), fee);
        }

        /** Returns the record's components, the fee written exactly. */
        @Override
        public String toString() {
            return "Zone[upTo=" + upTo + ", fee=" + Checks.describe(fee) + "]";
        }
    }
}
