package io.github.servicecontract.testkit;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * An amount as a failure message shows it: exactly, with its currency code and at least its
 * currency's usual decimals ({@code "EUR 890.00"}, {@code "EUR 0.004"}). Moneta's own
 * {@code toString()} writes two decimals whatever the amount, so that a total of 890.004 would
 * read "EUR 890.00" in a message saying it is not 890.00.
 */
final class AmountText {

    private AmountText() {}

    /**
     * The decimal an assertion expects, from its text.
     *
     * @throws IllegalArgumentException naming the text, if it is not a decimal number
     */
    static BigDecimal expected(String expected) {
        try {
            return new BigDecimal(expected.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected amount must be a decimal number such as \"2061.50\", was \"" + expected
                    + "\"", e);
        }
    }

    /** Checks if an amount has the value of an expected decimal, whatever its scale. */
    static boolean hasValue(MonetaryAmount amount, String expected) {
        return amount.getNumber().numberValueExact(BigDecimal.class).compareTo(expected(expected)) == 0;
    }

    /**
     * The failure message when an amount lacks an expected value, for example "Expecting the
     * total to be 900.00 EUR, but was EUR 890.00"; empty when it has the value.
     */
    static Optional<String> mismatch(String what, MonetaryAmount amount, String expected) {
        return hasValue(amount, expected) ? Optional.empty()
                : Optional.of(String.format(Locale.ROOT, "Expecting the %s to be %s %s, but was %s", what, expected,
                        amount.getCurrency().getCurrencyCode(), of(amount)));
    }

    static String of(MonetaryAmount amount) {
        BigDecimal number = amount.getNumber().numberValueExact(BigDecimal.class);
        int decimals = Math.max(0, Math.max(amount.getCurrency().getDefaultFractionDigits(), number.stripTrailingZeros().scale()));
        return amount.getCurrency().getCurrencyCode() + " " + number.setScale(decimals).toPlainString();
    }
}
