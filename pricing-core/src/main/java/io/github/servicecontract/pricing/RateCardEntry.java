package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * What one service outside the tier costs this client: the standard price and the price after
 * the tier's member perks.
 *
 * <p>For example, an extra on-site hour: standard 85.00 EUR, price 76.50 EUR after a 10 %
 * member discount on labour.
 *
 * <p>The rules of this library price on exact decimals: a entry's amounts and its trace are
 * written when first read, once, so that a caller who reads only the total does not pay for
 * them. Equality compares amounts by currency and numeric value, as Moneta does.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RateCardEntry {

    private final CostComponent component;
    private final Unit unit;
    private final Role role;
    private final TimeBand band;
    private final DeferredAmount standardPrice;
    private final DeferredAmount price;
    private final LazyTrace trace;

    /** Checks and creates an entry; the only way one is made, by the builder and by the rules of this package. */
    RateCardEntry(CostComponent component, Unit unit, Role role, TimeBand band, DeferredAmount standardPrice,
            DeferredAmount price, LazyTrace trace) {
        this.component = component;
        this.unit = unit;
        this.role = role;
        this.band = band;
        this.standardPrice = standardPrice;
        this.price = price;
        this.trace = trace;
        if (!Amounts.isIn(price.currency(), standardPrice.currency())) {
            throw new CurrencyMismatchException("price", price.amount(), "the standard price's", standardPrice.currency());
        }
        if (price.value().compareTo(standardPrice.value()) > 0 || price.signum() < 0) {
            throw Checks.invalid("price", price, "must be between 0 and the standard price " + standardPrice);
        }
    }

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The service. */
    public CostComponent component() {
        return component;
    }

    /** What the price is per. */
    public Unit unit() {
        return unit;
    }

    /** The role, for labour. */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    /** The time band, for labour. */
    public Optional<TimeBand> band() {
        return Optional.ofNullable(band);
    }

    /** The currency of both prices. */
    public CurrencyUnit currency() {
        return price.currency();
    }

    /** The price before member perks. */
    public MonetaryAmount standardPrice() {
        return standardPrice.amount();
    }

    /** The price this client pays, after member perks. */
    public MonetaryAmount price() {
        return price.amount();
    }

    /** How the price was computed; written when first read. */
    public Trace trace() {
        return trace.get();
    }

    /** Checks if this entry prices the same service as {@code other}: component, unit, role and band. */
    boolean pricesTheSameAs(RateCardEntry other) {
        return component.equals(other.component) && unit.equals(other.unit) && Objects.equals(role, other.role)
                && band == other.band;
    }

    /** Equal when every attribute is: prices by currency and numeric value, as Moneta compares them. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof RateCardEntry && pricesTheSameAs((RateCardEntry) other)
                && standardPrice.equals(((RateCardEntry) other).standardPrice) && price.equals(((RateCardEntry) other).price)
                && trace().equals(((RateCardEntry) other).trace());
    }

    @Override
    public int hashCode() {
        return Objects.hash(component, unit, role, band, standardPrice, price, trace());
    }

    @Override
    public String toString() {
        return "RateCardEntry{component=" + component + ", unit=" + unit + (role == null ? "" : ", role=" + role)
                + (band == null ? "" : ", band=" + band) + ", standardPrice=" + standardPrice + ", price=" + price
                + ", trace=" + trace() + "}";
    }

    /** Builds a {@link RateCardEntry}; {@link #build()} validates it. Not thread-safe. */
    public static final class Builder {

        private CostComponent component;
        private Unit unit;
        private Role role;
        private TimeBand band;
        private MonetaryAmount standardPrice;
        private MonetaryAmount price;
        private Trace trace;

        Builder() {}

        /**
         * Copies every attribute of {@code entry}.
         *
         * @param entry the entry to start from
         * @return this builder
         */
        public Builder from(RateCardEntry entry) {
            Objects.requireNonNull(entry, "entry");
            component = entry.component;
            unit = entry.unit;
            role = entry.role;
            band = entry.band;
            standardPrice = entry.standardPrice();
            price = entry.price();
            trace = entry.trace();
            return this;
        }

        /**
         * Sets {@link RateCardEntry#component()}.
         *
         * @param component the service
         * @return this builder
         */
        public Builder component(CostComponent component) {
            this.component = Objects.requireNonNull(component, "component");
            return this;
        }

        /**
         * Sets {@link RateCardEntry#unit()}.
         *
         * @param unit what the price is per
         * @return this builder
         */
        public Builder unit(Unit unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets {@link RateCardEntry#role()}.
         *
         * @param role the role, for labour
         * @return this builder
         */
        public Builder role(Role role) {
            this.role = Objects.requireNonNull(role, "role");
            return this;
        }

        /**
         * Sets or clears {@link RateCardEntry#role()}.
         *
         * @param role the role, or empty
         * @return this builder
         */
        public Builder role(Optional<Role> role) {
            this.role = Objects.requireNonNull(role, "role").orElse(null);
            return this;
        }

        /**
         * Sets {@link RateCardEntry#band()}.
         *
         * @param band the time band, for labour
         * @return this builder
         */
        public Builder band(TimeBand band) {
            this.band = Objects.requireNonNull(band, "band");
            return this;
        }

        /**
         * Sets or clears {@link RateCardEntry#band()}.
         *
         * @param band the time band, or empty
         * @return this builder
         */
        public Builder band(Optional<TimeBand> band) {
            this.band = Objects.requireNonNull(band, "band").orElse(null);
            return this;
        }

        /**
         * Sets {@link RateCardEntry#standardPrice()}.
         *
         * @param standardPrice the price before member perks
         * @return this builder
         */
        public Builder standardPrice(MonetaryAmount standardPrice) {
            this.standardPrice = Objects.requireNonNull(standardPrice, "standardPrice");
            return this;
        }

        /**
         * Sets {@link RateCardEntry#price()}.
         *
         * @param price the price after member perks
         * @return this builder
         */
        public Builder price(MonetaryAmount price) {
            this.price = Objects.requireNonNull(price, "price");
            return this;
        }

        /**
         * Sets {@link RateCardEntry#trace()}.
         *
         * @param trace how the price was computed
         * @return this builder
         */
        public Builder trace(Trace trace) {
            this.trace = Objects.requireNonNull(trace, "trace");
            return this;
        }

        /**
         * Builds the entry.
         *
         * @return the entry
         * @throws IllegalArgumentException if an attribute is missing or the price is not between
         *     zero and the standard price
         * @throws CurrencyMismatchException if the two prices are in different currencies
         */
        public RateCardEntry build() {
            Checks.requireSet("RateCardEntry", "component", component, "unit", unit, "standardPrice", standardPrice, "price",
                    price, "trace", trace);
            return new RateCardEntry(component, unit, role, band, DeferredAmount.of(standardPrice), DeferredAmount.of(price),
                    LazyTrace.of(trace));
        }
    }
}
