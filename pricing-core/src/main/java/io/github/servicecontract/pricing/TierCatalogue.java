package io.github.servicecontract.pricing;

import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.model.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The tiers an integrator sells, in the order it presents them, each with the rule that prices
 * it.
 *
 * <p>For example, Essentials, Priority and Premier, each priced by its monthly fee and the
 * labour it bills.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TierCatalogue {

    private final List<Offer> offers;

    private TierCatalogue(List<Offer> offers) {
        this.offers = List.copyOf(offers);
    }

    /**
     * Obtains a catalogue.
     *
     * @param offers the tiers with their rules, at least one, each tier once
     * @return the catalogue
     * @throws IllegalArgumentException if there is no offer or a tier appears twice
     */
    public static TierCatalogue of(List<Offer> offers) {
        Objects.requireNonNull(offers, "offers");
        if (offers.isEmpty()) {
            throw Checks.invalid("offers", offers, "must contain at least one tier");
        }
        Set<TierId> seen = new HashSet<>();
        for (Offer offer : offers) {
            if (!seen.add(offer.tier().id())) {
                throw Checks.invalid("offers", offer.tier().id(), "must list each tier once");
            }
        }
        return new TierCatalogue(new ArrayList<>(offers));
    }

    /** Returns the offers, in order. */
    public List<Offer> offers() {
        return offers;
    }

    /**
     * Returns the offer of {@code tier}.
     *
     * @param tier the tier
     * @return the offer
     * @throws IllegalArgumentException if the catalogue has no such tier
     */
    public Offer offer(TierId tier) {
        Objects.requireNonNull(tier, "tier");
        return offers.stream().filter(o -> o.tier().id().equals(tier)).findFirst()
                .orElseThrow(() -> Checks.invalid("tier", tier, "must be in the catalogue "
                        + offers.stream().map(o -> o.tier().id().value()).toList()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TierCatalogue && offers.equals(((TierCatalogue) other).offers);
    }

    @Override
    public int hashCode() {
        return offers.hashCode();
    }

    @Override
    public String toString() {
        return "TierCatalogue" + offers.stream().map(o -> o.tier().id().value()).toList();
    }

    /**
     * A tier and the rule that prices it.
     *
     * @param tier the tier
     * @param rule its pricing rule
     */
    public record Offer(ServiceTier tier, PricingRule rule) {

        /** Creates an offer. */
        public Offer {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(rule, "rule");
        }

        /**
         * Obtains an offer.
         *
         * @param tier the tier
         * @param rule its pricing rule
         * @return the offer
         */
        public static Offer of(ServiceTier tier, PricingRule rule) {
            return new Offer(tier, rule);
        }
    }
}
