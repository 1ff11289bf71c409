package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One line of a quote: what it is for, how much of it at what unit price, the amount it adds to
 * the quote's total, whether it is included in the tier or billed, and the trace that explains
 * it.
 *
 * <p>For example, on-site labour: 1.5 hours at 135.00 EUR (Saturday), amount 202.50 EUR,
 * billed, usage.
 *
 * <p>The {@link #amount()} is what counts; {@link #quantity()} and {@link #unitPrice()}
 * describe it (a minimum charge, for example, bills more than quantity times unit price, and
 * the trace says why). A recurring line's amount covers one year; its unit price is quoted per
 * {@link #periodicity()}. An included line's amount is zero and its unit price shows what it
 * would have cost.
 *
 * <p>The rules of this library price on exact decimals: a line's amounts and its trace are
 * written when first read, once, so that a caller who reads only the total does not pay for
 * them. Equality compares amounts by currency and numeric value, as Moneta does.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QuoteLine {

    private final CostComponent component;
    private final Category category;
    private final Billing billing;
    private final Periodicity periodicity;
    private final BigDecimal quantity;
    private final Unit unit;
    private final DeferredAmount unitPrice;
    private final DeferredAmount amount;
    private final LazyTrace trace;

    /** Checks and creates a line; the only way one is made, by the builder and by the rules of this package. */
    QuoteLine(CostComponent component, Category category, Billing billing, Periodicity periodicity, BigDecimal quantity,
            Unit unit, DeferredAmount unitPrice, DeferredAmount amount, LazyTrace trace) {
        this.component = component;
        this.category = category;
        this.billing = billing;
        this.periodicity = periodicity;
        this.quantity = Checks.requireNonNegative("quantity", quantity);
        this.unit = unit;
        this.unitPrice = unitPrice;
        this.amount = amount;
        this.trace = trace;
        Amounts.requireCurrency(amount.currency(), unitPrice.currency());
        boolean mayBeNegative = category == Category.DISCOUNT || category == Category.ADJUSTMENT;
        if (!mayBeNegative && unitPrice.signum() < 0) {
            throw Checks.invalid("unitPrice", unitPrice, "must be >= 0 for a " + category + " line");
        }
        if (!mayBeNegative && amount.signum() < 0) {
            throw Checks.invalid("amount", amount, "must be >= 0 for a " + category + " line");
        }
        if (billing == Billing.INCLUDED && amount.signum() != 0) {
            throw Checks.invalid("amount", amount, "must be zero for an INCLUDED line");
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

    /** What the line is for. */
    public CostComponent component() {
        return component;
    }

    /** Recurring fee, usage, one-off, discount or adjustment. */
    public Category category() {
        return category;
    }

    /** Included in the tier, or billed. */
    public Billing billing() {
        return billing;
    }

    /** How the unit price is quoted: once, per month or per year; once by default. */
    public Periodicity periodicity() {
        return periodicity;
    }

    /** How many units, at least zero. */
    public BigDecimal quantity() {
        return quantity;
    }

    /** What the quantity counts. */
    public Unit unit() {
        return unit;
    }

    /** The currency of the unit price and the amount. */
    public CurrencyUnit currency() {
        return amount.currency();
    }

    /** The price of one unit, per {@link #periodicity()}; negative only for discounts and adjustments. */
    public MonetaryAmount unitPrice() {
        return unitPrice.amount();
    }

    /** What the line adds to the quote's total (over a year for recurring lines); zero when included. */
    public MonetaryAmount amount() {
        return amount.amount();
    }

    /** How the amount was computed; written when first read. */
    public Trace trace() {
        return trace.get();
    }

    /**
     * Checks if the line is billed, as opposed to included in the tier.
     *
     * @return true if billed
     */
    public boolean isBilled() {
        return billing == Billing.BILLED;
    }

    /** The amount as an exact decimal, for the arithmetic inside this package. */
    BigDecimal decimalAmount() {
        return amount.value();
    }

    /** Returns this line with its amount rounded; the trace adds the exact amount and the rounding. */
    QuoteLine roundedBy(Rounding rounding) {
        DeferredAmount rounded = DeferredAmount.of(rounding.apply(amount.value()), amount.currency());
        return new QuoteLine(component, category, billing, periodicity, quantity, unit, unitPrice, rounded,
                LazyTrace.of(() -> trace().plus("exact-amount", amount()).plus("rounding", rounding)));
    }

    /** Equal when every attribute is: amounts by currency and numeric value, as Moneta compares them. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof QuoteLine && equalTo((QuoteLine) other);
    }

    private boolean equalTo(QuoteLine other) {
        return component.equals(other.component) && category == other.category && billing == other.billing
                && periodicity == other.periodicity && quantity.equals(other.quantity) && unit.equals(other.unit)
                && unitPrice.equals(other.unitPrice) && amount.equals(other.amount) && trace().equals(other.trace());
    }

    @Override
    public int hashCode() {
        return Objects.hash(component, category, billing, periodicity, quantity, unit, unitPrice, amount, trace());
    }

    @Override
    public String toString() {
        return "QuoteLine{component=" + component + ", category=" + category + ", billing=" + billing + ", periodicity="
                + periodicity + ", quantity=" + quantity.toPlainString() + ", unit=" + unit + ", unitPrice=" + unitPrice
                + ", amount=" + amount + ", trace=" + trace() + "}";
    }

    /** What kind of money a line is. */
    public enum Category {
        /** The tier's recurring fee and other subscription items. */
        RECURRING,
        /** Service used: labour, travel, tickets, updates. */
        USAGE,
        /** A one-off purchase, such as an extended warranty. */
        ONE_OFF,
        /** A reduction of other lines. */
        DISCOUNT,
        /** A correction of other lines: minimum fee, cap, complexity, rounding. */
        ADJUSTMENT
    }

    /** Whether the tier includes the line or the client pays for it. */
    public enum Billing {
        /** Included in the tier: shown, at no charge. */
        INCLUDED,
        /** Billed to the client. */
        BILLED
    }

    /** How a line's unit price is quoted. */
    public enum Periodicity {
        /** Once. */
        ONCE,
        /** Per month; the line's amount is twelve months. */
        MONTHLY,
        /** Per year. */
        YEARLY
    }

    /** Builds a {@link QuoteLine}; {@link #build()} validates it. Not thread-safe. */
    public static final class Builder {

        private CostComponent component;
        private Category category;
        private Billing billing;
        private Periodicity periodicity = Periodicity.ONCE;
        private BigDecimal quantity;
        private Unit unit;
        private MonetaryAmount unitPrice;
        private MonetaryAmount amount;
        private Trace trace;

        Builder() {}

        /**
         * Copies every attribute of {@code line}.
         *
         * @param line the line to start from
         * @return this builder
         */
        public Builder from(QuoteLine line) {
            component = line.component();
            category = line.category();
            billing = line.billing();
            periodicity = line.periodicity();
            quantity = line.quantity();
            unit = line.unit();
            unitPrice = line.unitPrice();
            amount = line.amount();
            trace = line.trace();
            return this;
        }

        /**
         * Sets {@link QuoteLine#component()}.
         *
         * @param component what the line is for
         * @return this builder
         */
        public Builder component(CostComponent component) {
            this.component = Objects.requireNonNull(component, "component");
            return this;
        }

        /**
         * Sets {@link QuoteLine#category()}.
         *
         * @param category the category
         * @return this builder
         */
        public Builder category(Category category) {
            this.category = Objects.requireNonNull(category, "category");
            return this;
        }

        /**
         * Sets {@link QuoteLine#billing()}.
         *
         * @param billing included or billed
         * @return this builder
         */
        public Builder billing(Billing billing) {
            this.billing = Objects.requireNonNull(billing, "billing");
            return this;
        }

        /**
         * Sets {@link QuoteLine#periodicity()}.
         *
         * @param periodicity once, monthly or yearly
         * @return this builder
         */
        public Builder periodicity(Periodicity periodicity) {
            this.periodicity = Objects.requireNonNull(periodicity, "periodicity");
            return this;
        }

        /**
         * Sets {@link QuoteLine#quantity()}.
         *
         * @param quantity at least zero
         * @return this builder
         */
        public Builder quantity(BigDecimal quantity) {
            this.quantity = Objects.requireNonNull(quantity, "quantity");
            return this;
        }

        /**
         * Sets {@link QuoteLine#unit()}.
         *
         * @param unit what the quantity counts
         * @return this builder
         */
        public Builder unit(Unit unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets {@link QuoteLine#unitPrice()}.
         *
         * @param unitPrice the price of one unit
         * @return this builder
         */
        public Builder unitPrice(MonetaryAmount unitPrice) {
            this.unitPrice = Objects.requireNonNull(unitPrice, "unitPrice");
            return this;
        }

        /**
         * Sets {@link QuoteLine#amount()}.
         *
         * @param amount what the line adds to the total
         * @return this builder
         */
        public Builder amount(MonetaryAmount amount) {
            this.amount = Objects.requireNonNull(amount, "amount");
            return this;
        }

        /**
         * Sets {@link QuoteLine#trace()}.
         *
         * @param trace how the amount was computed
         * @return this builder
         */
        public Builder trace(Trace trace) {
            this.trace = Objects.requireNonNull(trace, "trace");
            return this;
        }

        /**
         * Builds the line.
         *
         * @return the line
         * @throws IllegalArgumentException if an attribute is missing or a rule of {@link QuoteLine} is broken
         * @throws CurrencyMismatchException if the unit price and the amount are in different currencies
         */
        public QuoteLine build() {
            Checks.requireSet("QuoteLine", "component", component, "category", category, "billing", billing, "quantity", quantity,
                    "unit", unit, "unitPrice", unitPrice, "amount", amount, "trace", trace);
            return new QuoteLine(component, category, billing, periodicity, quantity, unit, DeferredAmount.of(unitPrice),
                    DeferredAmount.of(amount), LazyTrace.of(trace));
        }
    }
}
