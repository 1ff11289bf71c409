package io.github.servicecontract.pricing;

import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.TierId;
import java.math.BigDecimal;

/**
 * The rate of one cost component for the site's region and the tier, as a rule looks it up,
 * remembered for the last table, region and tier it was asked for: a portfolio re-pricing or a
 * quoting screen prices contract after contract against the same ones, and the answer of an
 * immutable table does not change. A look-up that fails is not remembered.
 *
 * <p>Thread-safe: the last answer is one immutable value, replaced whole.
 */
final class TierRate {

    private final CostComponent component;
    private volatile Known last;

    /** The answer for one table, region and tier. */
    private record Known(RateTable table, RegionCode region, TierId tier, BigDecimal rate) {
        boolean isFor(RateTable table, RegionCode region, TierId tier) {
            // the same table, not an equal one: comparing two tables would cost more than the look-up
            return this.table == table && this.region.equals(region) && this.tier.equals(tier);
        }
    }

    TierRate(CostComponent component) {
        this.component = component;
    }

    /**
     * Returns the table's rate for the context's region and tier, falling back as the table does.
     *
     * @throws MissingRateException if the table has none
     */
    BigDecimal in(PricingContext context) {
        RateTable table = context.rates();
        RegionCode region = context.site().region();
        TierId tier = context.tier().id();
        Known known = last;
        if (known != null && known.isFor(table, region, tier)) {
            return known.rate();
        }
        BigDecimal rate = table.decimalRate(RateKey.of(component, region).withTier(tier));
        last = new Known(table, region, tier, rate);
        return rate;
    }
}
