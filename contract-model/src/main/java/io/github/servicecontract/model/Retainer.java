package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A money retainer: an amount paid in advance that every charge billed for work draws down
 * until it is used up.
 *
 * <p>For example, {@code Retainer.of(Money.of(500, "EUR"), LocalDate.of(2026, 12, 31))}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param amount the amount paid in advance, greater than zero
 * @param lastDay the last day whose work it covers
 */
public record Retainer(MonetaryAmount amount, LocalDate lastDay) implements Prepayment {

    /**
     * Creates a retainer.
     *
     * @throws IllegalArgumentException if {@code amount} is not greater than zero
     */
    public Retainer {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(lastDay, "lastDay");
        if (!amount.isPositive()) {
            throw Checks.invalid("amount", amount, "must be > 0");
        }
    }

    /**
     * Obtains a retainer.
     *
     * @param amount the amount paid in advance, greater than zero
     * @param lastDay the last day whose work it covers
     * @return the retainer
     * @throws IllegalArgumentException if {@code amount} is not greater than zero
     */
    public static Retainer of(MonetaryAmount amount, LocalDate lastDay) {
        return new Retainer(amount, lastDay);
    }

    /** The amount written exactly and the last day. */
    @Override
    public String toString() {
        return "Retainer[amount=" + Checks.describe(amount) + ", lastDay=" + lastDay + "]";
    }
}
