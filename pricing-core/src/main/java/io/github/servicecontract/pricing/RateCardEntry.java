package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * What one service outside the tier costs this client: the standard price and the price after
 * the tier's member perks.
 *
 * <p>For example, an extra on-site hour: standard 85.00 EUR, price 76.50 EUR after a 10 %
 * member discount on labour.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RateCardEntry {

    RateCardEntry() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The service. */
    public abstract CostComponent component();

    /** What the price is per. */
    public abstract Unit unit();

    /** The role, for labour. */
    public abstract Optional<Role> role();

    /** The time band, for labour. */
    public abstract Optional<TimeBand> band();

    /** The price before member perks. */
    public abstract MonetaryAmount standardPrice();

    /** The price this client pays, after member perks. */
    public abstract MonetaryAmount price();

    /** How the price was computed. */
    public abstract Trace trace();

    @Value.Check
    void check() {
        Amounts.requireCurrency(price(), standardPrice().getCurrency());
        if (price().isGreaterThan(standardPrice()) || price().isNegative()) {
            throw Checks.invalid("price", price(), "must be between 0 and the standard price " + standardPrice());
        }
    }

    /** Builds a {@link RateCardEntry}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableRateCardEntry.Builder {
        Builder() {}
    }
}
