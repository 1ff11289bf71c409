package io.github.servicecontract.pricing;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The boundary between the public {@link MonetaryAmount} API and the {@link BigDecimal}
 * arithmetic used inside: no SPI look-up, no currency look-up by code, no implicit conversion.
 */
final class Amounts {

    private Amounts() {}

    /** Converts an exact decimal into an amount of {@code currency}. */
    static MonetaryAmount of(BigDecimal value, CurrencyUnit currency) {
        return Money.of(value, currency);
    }

    /**
     * Returns the exact decimal value of {@code amount}, which must be in {@code currency}.
     *
     * @throws CurrencyMismatchException if the amount is in another currency
     */
    static BigDecimal decimal(MonetaryAmount amount, CurrencyUnit currency) {
        requireCurrency(amount, currency);
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    /** Checks that {@code amount} is in {@code currency}. */
    static void requireCurrency(MonetaryAmount amount, CurrencyUnit currency) {
        requireCurrency(amount.getCurrency(), currency);
    }

    /** Checks that {@code actual} is {@code expected}. */
    static void requireCurrency(CurrencyUnit actual, CurrencyUnit expected) {
        if (actual != expected && !actual.equals(expected)) {
            throw new CurrencyMismatchException(expected, actual);
        }
    }
}
