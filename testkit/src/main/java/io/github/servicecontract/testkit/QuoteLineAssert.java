package io.github.servicecontract.testkit;

import io.github.servicecontract.pricing.QuoteLine;
import io.github.servicecontract.pricing.StandardTraceKey;
import io.github.servicecontract.pricing.TraceKey;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link QuoteLine}: included or billed, its amount, quantity, unit price and
 * the steps of its trace.
 *
 * <p>For example, {@code assertThat(quote).hasLineFor(CostComponent.TRIP_FEE).isIncluded()}.
 */
public final class QuoteLineAssert extends AbstractAssert<QuoteLineAssert, QuoteLine> {

    QuoteLineAssert(QuoteLine actual) {
        super(actual, QuoteLineAssert.class);
    }

    /**
     * Verifies the line is billed to the client.
     *
     * @return this assertion
     */
    public QuoteLineAssert isBilled() {
        if (!actual.isBilled()) {
            failWithMessage("Expecting %s to be billed, but it is included (%s)", actual.component(), actual.trace());
        }
        return this;
    }

    /**
     * Verifies the line is included in the tier.
     *
     * @return this assertion
     */
    public QuoteLineAssert isIncluded() {
        if (actual.isBilled()) {
            failWithMessage("Expecting %s to be included, but it is billed %s (%s)", actual.component(), AmountText.of(actual.amount()),
                    actual.trace());
        }
        return this;
    }

    /**
     * Verifies the line's amount.
     *
     * @param expected a decimal in the line's currency
     * @return this assertion
     */
    public QuoteLineAssert hasAmount(String expected) {
        if (!AmountText.hasValue(actual.amount(), expected)) {
            failWithMessage("Expecting %s to amount to %s, but was %s (%s)", actual.component(), expected, AmountText.of(actual.amount()),
                    actual.trace());
        }
        return this;
    }

    /**
     * Verifies the line's quantity.
     *
     * @param expected a decimal
     * @return this assertion
     */
    public QuoteLineAssert hasQuantity(String expected) {
        if (actual.quantity().compareTo(AmountText.expected(expected)) != 0) {
            failWithMessage("Expecting %s to have quantity %s, but was %s", actual.component(), expected,
                    actual.quantity().toPlainString());
        }
        return this;
    }

    /**
     * Verifies the line's unit price.
     *
     * @param expected a decimal in the line's currency
     * @return this assertion
     */
    public QuoteLineAssert hasUnitPrice(String expected) {
        if (!AmountText.hasValue(actual.unitPrice(), expected)) {
            failWithMessage("Expecting %s to have the unit price %s, but was %s (%s)", actual.component(), expected,
                    AmountText.of(actual.unitPrice()), actual.trace());
        }
        return this;
    }

    /**
     * Verifies a step of the line's trace: the rate it was priced at, the band, the hours
     * billed... Amounts and decimals compare by value, whatever their scale.
     *
     * <p>For example, {@code hasTraceStep(StandardTraceKey.BAND, TimeBand.SATURDAY)} or
     * {@code hasTraceStep(StandardTraceKey.BILLED_HOURS, new BigDecimal("1.5"))}.
     *
     * @param key the step's key
     * @param expected its value
     * @return this assertion
     */
    public QuoteLineAssert hasTraceStep(TraceKey key, Object expected) {
        Objects.requireNonNull(key, "key");
        Optional<Object> value = actual.trace().valueOf(key);
        if (value.isEmpty()) {
            failWithMessage("Expecting the trace of %s to have a step %s, but it has none: %s", actual.component(), key.id(),
                    actual.trace());
        } else if (!sameValue(value.get(), expected)) {
            failWithMessage("Expecting the step %s of %s to be %s, but was %s (%s)", key.id(), actual.component(), expected,
                    value.get(), actual.trace());
        }
        return this;
    }

    private static boolean sameValue(Object value, Object expected) {
        if (value instanceof MonetaryAmount && expected instanceof MonetaryAmount) {
            MonetaryAmount amount = (MonetaryAmount) value;
            MonetaryAmount other = (MonetaryAmount) expected;
            return amount.getCurrency().equals(other.getCurrency()) && amount.getNumber().numberValueExact(BigDecimal.class)
                    .compareTo(other.getNumber().numberValueExact(BigDecimal.class)) == 0;
        }
        if (value instanceof BigDecimal && expected instanceof BigDecimal) {
            return ((BigDecimal) value).compareTo((BigDecimal) expected) == 0;
        }
        return value.equals(expected);
    }
}
