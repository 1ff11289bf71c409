package io.github.servicecontract.pricing;

import io.github.servicecontract.model.TierId;
import io.github.servicecontract.model.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One site priced under every tier of a catalogue, for the same terms, rates and usage, so that
 * the tiers can be shown side by side.
 *
 * <p>For example, DOMAIN.md example 4: three tiers at 0, 60 and 120 USD a month, with a year of
 * 825.00 of billed support in each: year totals 825.00, 1,545.00 and 2,265.00.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TierComparison {

    private final List<Quote> quotes;

    private TierComparison(List<Quote> quotes) {
        this.quotes = List.copyOf(quotes);
    }

    /**
     * Prices {@code context} under every tier of {@code catalogue}.
     *
     * @param context the site, terms, rates and usage; its tier is replaced by each of the
     *     catalogue's
     * @param catalogue the tiers and their rules
     * @return the comparison
     */
    public static TierComparison of(PricingContext context, TierCatalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(context, "context");
        List<Quote> quotes = new ArrayList<>();
        for (TierCatalogue.Offer offer : catalogue.offers()) {
            quotes.add(Quote.of(context.withTier(offer.tier()), offer.rule()));
        }
        return new TierComparison(quotes);
    }

    /** Returns one quote per tier, in the catalogue's order. */
    public List<Quote> quotes() {
        return quotes;
    }

    /**
     * Returns the quote of {@code tier}.
     *
     * @param tier the tier
     * @return its quote
     * @throws IllegalArgumentException if the comparison has no such tier
     */
    public Quote quote(TierId tier) {
        Objects.requireNonNull(tier, "tier");
        return quotes.stream().filter(q -> q.context().tier().id().equals(tier)).findFirst()
                .orElseThrow(() -> Checks.invalid("tier", tier, "must be one of the compared tiers"));
    }

    /**
     * Returns each tier's total for the year, in the catalogue's order.
     *
     * @return the totals by tier
     */
    public Map<TierId, MonetaryAmount> yearTotals() {
        Map<TierId, MonetaryAmount> totals = new LinkedHashMap<>();
        quotes.forEach(q -> totals.put(q.context().tier().id(), q.total()));
        return totals;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TierComparison && quotes.equals(((TierComparison) other).quotes);
    }

    @Override
    public int hashCode() {
        return quotes.hashCode();
    }

    @Override
    public String toString() {
        return "TierComparison" + Checks.describe(yearTotals());
    }
}
