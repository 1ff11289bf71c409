package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;
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
 * <p>This class is immutable in value and thread-safe: the amounts and the trace made on first
 * read are memos, as {@code String}'s hash is, each made from final fields and equal whenever it
 * is made, so that no reader can see the line change.
 */
public final class QuoteLine {

    private final LineTemplate template;
    private final QuotePart part;
    private final Billing billing;
    private final BigDecimal quantity;
    private final CurrencyUnit currency;
    private final BigDecimal unitPrice;
    private final BigDecimal amount;
    // Each amount and the trace are made at most once, when first read, here rather than in holder
    // objects: a quote makes a dozen lines and most callers read only its total. Racy single-check:
    // Moneta amounts and traces have only final fields, and every one made is equal.
    private MonetaryAmount unitPriceMade;
    private MonetaryAmount amountMade;
    private final Supplier<Trace> explanation;
    private Trace trace;

    /**
     * Checks and creates a line of a template from exact decimals; its amounts and trace are made
     * when first read. The trace supplier must be pure (see {@link LazyTrace}).
     */
    QuoteLine(LineTemplate template, QuotePart part, Billing billing, BigDecimal quantity, CurrencyUnit currency, BigDecimal unitPrice,
            BigDecimal amount, Supplier<Trace> explanation) {
        this(template, part, billing, quantity, currency, unitPrice, amount, null, null, Objects.requireNonNull(explanation, "explanation"),
                null);
    }

    /** The one constructor: checks every rule of a line. */
    private QuoteLine(LineTemplate template, QuotePart part, Billing billing, BigDecimal quantity, CurrencyUnit currency,
            BigDecimal unitPrice, BigDecimal amount, MonetaryAmount unitPriceMade, MonetaryAmount amountMade, Supplier<Trace> explanation,
            Trace trace) {
        this.template = template;
        this.part = part;
        this.billing = billing;
        this.quantity = Checks.requireNonNegative("quantity", quantity);
        this.currency = currency;
        this.unitPrice = unitPrice;
        this.amount = amount;
        this.unitPriceMade = unitPriceMade;
        this.amountMade = amountMade;
        this.explanation = explanation;
        this.trace = trace;
        Category category = template.category();
        boolean mayBeNegative = category == Category.DISCOUNT || category == Category.ADJUSTMENT;
        if (!mayBeNegative && unitPrice.signum() < 0) {
            throw Checks.invalid("unitPrice", unitPrice(), "must be >= 0 for a " + category + " line");
        }
        if (!mayBeNegative && amount.signum() < 0) {
            throw Checks.invalid("amount", amount(), "must be >= 0 for a " + category + " line");
        }
        if (category == Category.RECURRING && part != QuotePart.FIRM) {
            throw Checks.invalid("part", part, "must be FIRM for a RECURRING line");
        }
        if (template.periodicity() != Periodicity.ONCE && part != QuotePart.FIRM) {
            throw Checks.invalid("part", part, "must be FIRM for a line quoted " + template.periodicity());
        }
        if (category == Category.ONE_OFF && part != QuotePart.ONE_OFF) {
            throw Checks.invalid("part", part, "must be ONE_OFF for a ONE_OFF line");
        }
        if (billing == Billing.INCLUDED && amount.signum() != 0) {
            throw Checks.invalid("amount", amount(), "must be zero for an INCLUDED line");
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
        return template.component();
    }

    /** Recurring fee, usage, one-off, discount or adjustment. */
    public Category category() {
        return template.category();
    }

    /**
     * The part of the quote the line belongs to: the firm price, a one-off charge or an estimate.
     * A line built without one is {@link QuotePart#ONE_OFF} when its category is, else firm; a
     * usage line must say which.
     */
    public QuotePart part() {
        return part;
    }

    /** Included in the tier, or billed. */
    public Billing billing() {
        return billing;
    }

    /** How the unit price is quoted: once, per month or per year; once by default. */
    public Periodicity periodicity() {
        return template.periodicity();
    }

    /** How many units, at least zero. */
    public BigDecimal quantity() {
        return quantity;
    }

    /** What the quantity counts. */
    public Unit unit() {
        return template.unit();
    }

    /** The currency of the unit price and the amount. */
    public CurrencyUnit currency() {
        return currency;
    }

    /** The price of one unit, per {@link #periodicity()}; negative only for discounts and adjustments. */
    public MonetaryAmount unitPrice() {
        MonetaryAmount made = unitPriceMade;
        if (made == null) {
            made = Amounts.of(unitPrice, currency);
            unitPriceMade = made;
        }
        return made;
    }

    /** What the line adds to the quote's total (over a year for recurring lines); zero when included. */
    public MonetaryAmount amount() {
        MonetaryAmount made = amountMade;
        if (made == null) {
            made = Amounts.of(amount, currency);
            amountMade = made;
        }
        return made;
    }

    /** How the amount was computed; written when first read. */
    public Trace trace() {
        Trace written = trace;
        if (written == null) {
            written = Objects.requireNonNull(explanation.get(), "a trace supplier returned null");
            trace = written;
        }
        return written;
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
        return amount;
    }

    /** Returns this line with its amount rounded; the trace adds the exact amount and the rounding. */
    QuoteLine roundedBy(Rounding rounding) {
        return new QuoteLine(template, part, billing, quantity, currency, unitPrice, rounding.apply(amount), unitPriceMade, null,
                () -> trace().plus(StandardTraceKey.EXACT_AMOUNT, amount()).plus(StandardTraceKey.ROUNDING, rounding), null);
    }

    /** Equal when every attribute is: amounts by currency and numeric value, as Moneta compares them. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof QuoteLine && equalTo((QuoteLine) other);
    }

    private boolean equalTo(QuoteLine other) {
        return component().equals(other.component()) && category() == other.category() && part == other.part
                && billing == other.billing
                && periodicity() == other.periodicity() && quantity.equals(other.quantity) && unit() == other.unit()
                && currency.equals(other.currency) && unitPrice.compareTo(other.unitPrice) == 0
                && amount.compareTo(other.amount) == 0 && trace().equals(other.trace());
    }

    @Override
    public int hashCode() {
        return Objects.hash(component(), category(), part, billing, periodicity(), quantity, unit(), currency,
                DeferredAmount.hashOf(unitPrice), DeferredAmount.hashOf(amount), trace());
    }

    @Override
    public String toString() {
        return "QuoteLine{component=" + component() + ", category=" + category() + ", part=" + part + ", billing=" + billing
                + ", periodicity=" + periodicity() + ", quantity=" + quantity.toPlainString() + ", unit=" + unit() + ", unitPrice="
                + Checks.describe(unitPrice()) + ", amount=" + Checks.describe(amount()) + ", trace=" + trace() + "}";
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
        private QuotePart part;
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
            Objects.requireNonNull(line, "line");
            component = line.component();
            category = line.category();
            part = line.part();
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
         * Sets {@link QuoteLine#part()}.
         *
         * @param part the firm price, a one-off charge or an estimate
         * @return this builder
         */
        public Builder part(QuotePart part) {
            this.part = Objects.requireNonNull(part, "part");
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
            Amounts.requireCurrency("amount", amount, "the unit price's", unitPrice.getCurrency());
            if (part == null && category == Category.USAGE) {
                throw Checks.invalid("part", "absent", "must be set for a USAGE line: FIRM for planned work, ESTIMATE for "
                        + "expected work");
            }
            QuotePart linePart = part != null ? part : category == Category.ONE_OFF ? QuotePart.ONE_OFF : QuotePart.FIRM;
            return new QuoteLine(new LineTemplate(component, category, periodicity, unit), linePart, billing, quantity, amount.getCurrency(),
                    unitPrice.getNumber().numberValueExact(BigDecimal.class), amount.getNumber().numberValueExact(BigDecimal.class),
                    unitPrice, amount, null, trace);
        }
    }
}
