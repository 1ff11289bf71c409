package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A tax-exclusive amount with its tax and the cash rounding of what is paid: the figures a quote
 * part or an invoice shows at its foot.
 *
 * <p>For example, a Geneva contract's firm price of 1,610.25 CHF bears 130.43 CHF of VAT at
 * 8.1 %: 1,740.68 CHF including tax, rounded by 0.02 CHF to a payable 1,740.70 CHF.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param excludingTax the amount before tax
 * @param tax the tax on it, rounded once to the currency's decimals
 * @param cashRounding what rounds the tax-inclusive amount to a payable one, zero unless the
 *     taxation rounds cash
 */
public record TaxedAmount(MonetaryAmount excludingTax, MonetaryAmount tax, MonetaryAmount cashRounding) {

    /**
     * Creates a taxed amount.
     *
     * @throws CurrencyMismatchException if the amounts are in different currencies
     */
    public TaxedAmount {
        Objects.requireNonNull(excludingTax, "excludingTax");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(cashRounding, "cashRounding");
        Amounts.requireCurrency("tax", tax, "the tax-exclusive amount's", excludingTax.getCurrency());
        Amounts.requireCurrency("cashRounding", cashRounding, "the tax-exclusive amount's", excludingTax.getCurrency());
    }

    /**
     * Returns the amount with its tax, before cash rounding.
     *
     * @return the tax-exclusive amount plus the tax
     */
    public MonetaryAmount includingTax() {
        return excludingTax.add(tax);
    }

    /**
     * Returns what the client pays: the amount with its tax, cash-rounded.
     *
     * @return the payable amount
     */
    public MonetaryAmount payable() {
        return includingTax().add(cashRounding);
    }

    /**
     * Returns the sum of this and {@code other}, figure by figure.
     *
     * @param other another taxed amount in the same currency
     * @return the sum
     * @throws CurrencyMismatchException if {@code other} is in another currency
     */
    public TaxedAmount plus(TaxedAmount other) {
        Objects.requireNonNull(other, "other");
        Amounts.requireCurrency("other", other.excludingTax, "this amount's", excludingTax.getCurrency());
        return new TaxedAmount(excludingTax.add(other.excludingTax), tax.add(other.tax), cashRounding.add(other.cashRounding));
    }

    @Override
    public String toString() {
        return "TaxedAmount[excludingTax=" + Checks.describe(excludingTax) + ", tax=" + Checks.describe(tax)
                + ", cashRounding=" + Checks.describe(cashRounding) + ", payable=" + Checks.describe(payable()) + "]";
    }
}
