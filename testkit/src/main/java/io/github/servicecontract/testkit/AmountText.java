package io.github.servicecontract.testkit;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * An amount as a failure message shows it: exactly, with its currency code and at least its
 * currency's usual decimals ({@code "EUR 890.00"}, {@code "EUR 0.004"}). Moneta's own
 * {@code toString()} writes two decimals whatever the amount, so that a total of 890.004 would
 * read "EUR 890.00" in a message saying it is not 890.00.
 */
final class AmountText {

    private AmountText() {}

    static String of(MonetaryAmount amount) {
        BigDecimal number = amount.getNumber().numberValueExact(BigDecimal.class);
        int decimals = Math.max(0, Math.max(amount.getCurrency().getDefaultFractionDigits(), number.stripTrailingZeros().scale()));
        return amount.getCurrency().getCurrencyCode() + " " + number.setScale(decimals).toPlainString();
    }
}
