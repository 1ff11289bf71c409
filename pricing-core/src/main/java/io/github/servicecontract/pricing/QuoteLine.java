package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

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
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class QuoteLine {

    QuoteLine() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** What the line is for. */
    public abstract CostComponent component();

    /** Recurring fee, usage, one-off, discount or adjustment. */
    public abstract Category category();

    /** Included in the tier, or billed. */
    public abstract Billing billing();

    /** How the unit price is quoted: once, per month or per year; once by default. */
    @Value.Default
    public Periodicity periodicity() {
        return Periodicity.ONCE;
    }

    /** How many units, at least zero. */
    public abstract BigDecimal quantity();

    /** What the quantity counts. */
    public abstract Unit unit();

    /** The price of one unit, per {@link #periodicity()}; negative only for discounts and adjustments. */
    public abstract MonetaryAmount unitPrice();

    /** What the line adds to the quote's total (over a year for recurring lines); zero when included. */
    public abstract MonetaryAmount amount();

    /** How the amount was computed. */
    public abstract Trace trace();

    /**
     * Checks if the line is billed, as opposed to included in the tier.
     *
     * @return true if billed
     */
    public boolean isBilled() {
        return billing() == Billing.BILLED;
    }

    /** The amount as an exact decimal, for the arithmetic inside this package. */
    @Value.Derived
    @Value.Auxiliary
    BigDecimal decimalAmount() {
        return amount().getNumber().numberValueExact(BigDecimal.class);
    }

    @Value.Check
    void check() {
        Checks.requireNonNegative("quantity", quantity());
        Amounts.requireCurrency(amount(), unitPrice().getCurrency());
        boolean mayBeNegative = category() == Category.DISCOUNT || category() == Category.ADJUSTMENT;
        if (!mayBeNegative && unitPrice().isNegative()) {
            throw Checks.invalid("unitPrice", unitPrice(), "must be >= 0 for a " + category() + " line");
        }
        if (!mayBeNegative && amount().isNegative()) {
            throw Checks.invalid("amount", amount(), "must be >= 0 for a " + category() + " line");
        }
        if (billing() == Billing.INCLUDED && !amount().isZero()) {
            throw Checks.invalid("amount", amount(), "must be zero for an INCLUDED line");
        }
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

    /** Builds a {@link QuoteLine}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableQuoteLine.Builder {
        Builder() {}
    }
}
