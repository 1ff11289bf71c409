package io.github.servicecontract.pricing.internal;

import io.github.servicecontract.pricing.CurrencyMismatchException;
import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The boundary between the public {@link MonetaryAmount} API and the {@link BigDecimal}
 * arithmetic used inside: no SPI look-up, no currency look-up by code, no implicit conversion.
 */
public final class Amounts {

    private Amounts() {}

    /** Converts an exact decimal into an amount of {@code currency}. */
    public static MonetaryAmount of(BigDecimal value, CurrencyUnit currency) {
        return Money.of(value, currency);
    }

    /**
     * Returns the exact decimal value of {@code amount}, which must be in {@code currency}.
     *
     * @param field the input the amount is, named in the exception
     * @param whose whose currency it must be in, for example {@code "the rate table's"}
     * @throws CurrencyMismatchException if the amount is in another currency
     */
    public static BigDecimal decimal(String field, MonetaryAmount amount, String whose, CurrencyUnit currency) {
        requireCurrency(field, amount, whose, currency);
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    /**
     * Checks that {@code amount} is in {@code currency}.
     *
     * @param field the input the amount is, named in the exception
     * @param whose whose currency it must be in, for example {@code "the rate table's"}
     * @throws CurrencyMismatchException if it is not
     */
    public static void requireCurrency(String field, MonetaryAmount amount, String whose, CurrencyUnit currency) {
        if (!isIn(Objects.requireNonNull(amount, field).getCurrency(), currency)) {
            throw new CurrencyMismatchException(field, amount, whose, currency);
        }
    }

    /**
     * Checks if {@code actual} is {@code expected}, for the callers that throw themselves: where
     * the field's name or the amount to show costs something to make, only once the check fails.
     */
    public static boolean isIn(CurrencyUnit actual, CurrencyUnit expected) {
        return actual == expected || actual.equals(expected);
    }

    /**
     * Returns {@code amount} times {@code part} over {@code whole}, rounded half up to the
     * currency's decimals: the share of a price for some of its days, hours or tickets. The caller
     * gives the last share as what is left, so that the shares add up to the amount.
     */
    public static MonetaryAmount share(MonetaryAmount amount, long part, long whole, CurrencyUnit currency) {
        BigDecimal value = amount.getNumber().numberValueExact(BigDecimal.class).multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), currency.getDefaultFractionDigits(), java.math.RoundingMode.HALF_UP);
        return of(value, currency);
    }
}
