package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A money retainer: an amount paid in advance that every charge billed for work draws down
 * until it is used up.
 *
 * <p>For example, {@code Retainer.of(Money.of(500, "EUR"), new DateWindow(LocalDate.of(2026, 1, 1),
 * LocalDate.of(2026, 12, 31)))}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param amount the amount paid in advance, greater than zero, in whole minor units of its currency
 * @param validity the days whose work it covers
 */
public record Retainer(MonetaryAmount amount, DateWindow validity) implements Prepayment {

    /**
     * Creates a retainer.
     *
     * @throws IllegalArgumentException if {@code amount} is not greater than zero, or has
     *     fractions of its currency's minor unit (a retainer is money paid)
     */
    public Retainer {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(validity, "validity");
        if (!amount.isPositive()) {
            throw Checks.invalid("amount", amount, "must be > 0");
        }
        java.math.BigDecimal value = amount.getNumber().numberValueExact(java.math.BigDecimal.class);
        int digits = amount.getCurrency().getDefaultFractionDigits();
        if (value.stripTrailingZeros().scale() > digits) {
            throw Checks.invalid("amount", amount, "must be in whole minor units of " + amount.getCurrency().getCurrencyCode()
                    + " (" + digits + " decimals)");
        }
    }

    /**
     * Obtains a retainer.
     *
     * @param amount the amount paid in advance, greater than zero, in whole minor units
     * @param validity the days whose work it covers
     * @return the retainer
     * @throws IllegalArgumentException if {@code amount} is not greater than zero or has fractions of a minor unit
     */
    public static Retainer of(MonetaryAmount amount, DateWindow validity) {
        return new Retainer(amount, validity);
    }

    /** The amount written exactly and the validity. */
    @Override
    public String toString() {
        return "Retainer[amount=" + Checks.describe(amount) + ", validity=" + validity + "]";
    }
}
