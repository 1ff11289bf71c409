package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * An exact decimal and its currency that becomes a {@link MonetaryAmount} only when a caller
 * asks for one, once.
 *
 * <p>Pricing works in {@link BigDecimal}: a Moneta amount costs twenty times the product it
 * wraps (it writes its number as text and parses it back), and a rate card holds dozens of
 * them that most callers never read (see BENCHMARKS.md). A {@link QuoteLine}, made far more
 * often, keeps the same laziness in its own fields rather than in two of these. Equality is the
 * amount's: same currency, same numeric value whatever the scale.
 *
 * <p>Immutable and thread-safe: the amount is made at most once per thread that races for it,
 * and every one made is equal.
 */
final class DeferredAmount {

    private final BigDecimal value;
    private final CurrencyUnit currency;
    private MonetaryAmount amount; // racy single-check: Moneta amounts have only final fields

    private DeferredAmount(BigDecimal value, CurrencyUnit currency, MonetaryAmount amount) {
        this.value = value;
        this.currency = currency;
        this.amount = amount;
    }

    static DeferredAmount of(BigDecimal value, CurrencyUnit currency) {
        return new DeferredAmount(Objects.requireNonNull(value, "value"), Objects.requireNonNull(currency, "currency"), null);
    }

    /** Keeps the caller's amount as it is, and its exact value for the arithmetic. */
    static DeferredAmount of(MonetaryAmount amount) {
        return new DeferredAmount(amount.getNumber().numberValueExact(BigDecimal.class), amount.getCurrency(), amount);
    }

    BigDecimal value() {
        return value;
    }

    CurrencyUnit currency() {
        return currency;
    }

    int signum() {
        return value.signum();
    }

    MonetaryAmount amount() {
        MonetaryAmount made = amount;
        if (made == null) {
            made = Amounts.of(value, currency);
            amount = made;
        }
        return made;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeferredAmount && currency.equals(((DeferredAmount) other).currency)
                && value.compareTo(((DeferredAmount) other).value) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + hashOf(value);
    }

    /** A hash of a decimal consistent with {@link BigDecimal#compareTo}: 1.5 and 1.50 hash alike. */
    static int hashOf(BigDecimal value) {
        return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return Checks.describe(amount());
    }
}
