package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Thrown when two amounts in different currencies meet where one currency is required. This
 * library never converts between currencies.
 *
 * <p>For example, a discount of 10.00 CHF on a quote priced from a EUR rate table throws this
 * exception with {@code expected()} EUR and {@code actual()} CHF, and the message "discount must
 * be in the rate table's currency EUR, was CHF 10.00".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient CurrencyUnit expected;
    private final transient CurrencyUnit actual;

    /**
     * Creates the exception.
     *
     * @param expected the currency required
     * @param actual the currency found
     */
    public CurrencyMismatchException(CurrencyUnit expected, CurrencyUnit actual) {
        super("currency must be " + Objects.requireNonNull(expected, "expected").getCurrencyCode() + ", was "
                + Objects.requireNonNull(actual, "actual").getCurrencyCode());
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * Creates the exception for an input that names its field, as the library's factories,
     * builders and rules throw it: "{@code field} must be in {@code whose} currency EUR, was
     * CHF 10.00".
     *
     * @param field the input refused, for example {@code "discount"}
     * @param value its amount, in the wrong currency
     * @param whose whose currency it must be in, for example {@code "the rate table's"}
     * @param expected the currency required
     */
    public CurrencyMismatchException(String field, MonetaryAmount value, String whose, CurrencyUnit expected) {
        super(Objects.requireNonNull(field, "field") + " must be in " + Objects.requireNonNull(whose, "whose") + " currency "
                + Objects.requireNonNull(expected, "expected").getCurrencyCode() + ", was "
                + Checks.describe(Objects.requireNonNull(value, "value")));
        this.expected = expected;
        this.actual = value.getCurrency();
    }

    /**
     * Returns the currency that was required.
     *
     * @return the expected currency
     */
    public CurrencyUnit expected() {
        return expected;
    }

    /**
     * Returns the currency that was found.
     *
     * @return the actual currency
     */
    public CurrencyUnit actual() {
        return actual;
    }
}
