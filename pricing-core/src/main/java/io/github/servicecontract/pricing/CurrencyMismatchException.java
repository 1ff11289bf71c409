package io.github.servicecontract.pricing;

import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * Thrown when two amounts in different currencies meet where one currency is required. This
 * library never converts between currencies.
 *
 * <p>For example, adding 10.00 CHF to a EUR rate table's line throws this exception with
 * {@code expected()} EUR and {@code actual()} CHF.
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
