package io.github.servicecontract.pricing;

import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.model.WarrantyStatus;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Conditions on a {@link PricingContext}, for {@link PricingRules#when}.
 *
 * <p>For example, {@code PricingRules.when(PricingConditions.tierIs(TierId.of("gold")),
 * PricingRules.perDevice())} charges per device in the Gold tier only.
 *
 * <p>Every condition is immutable and thread-safe.
 */
public final class PricingConditions {

    private PricingConditions() {}

    /**
     * Obtains a condition on the tier.
     *
     * @param tier the tier
     * @return true when the context prices {@code tier}
     */
    public static Predicate<PricingContext> tierIs(TierId tier) {
        Objects.requireNonNull(tier, "tier");
        return context -> context.tier().id().equals(tier);
    }

    /**
     * Obtains a condition on the region: the site lies in {@code region} (a country includes its
     * subdivisions).
     *
     * @param region the region
     * @return the condition
     */
    public static Predicate<PricingContext> regionWithin(RegionCode region) {
        Objects.requireNonNull(region, "region");
        return context -> context.site().region().isWithin(region);
    }

    /**
     * Obtains a condition on warranty: some equipment of the site is in the manufacturer's
     * warranty on the pricing day.
     *
     * @return the condition
     */
    public static Predicate<PricingContext> anyEquipmentInWarranty() {
        return context -> context.site().equipment().stream()
                .anyMatch(e -> e.warrantyStatusOn(context.pricingDay()) == WarrantyStatus.IN_WARRANTY);
    }

    /**
     * Obtains a condition on time bands: some intervention of the usage falls in {@code band}.
     *
     * @param band the band
     * @return the condition
     */
    public static Predicate<PricingContext> anyInterventionIn(TimeBand band) {
        Objects.requireNonNull(band, "band");
        return context -> context.usage().interventions().stream()
                .anyMatch(i -> i.bandUnder(context.tier().coverage().holidays()) == band);
    }
}
