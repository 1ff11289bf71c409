package io.github.servicecontract.testkit;

import io.github.servicecontract.pricing.QuoteLine;
import java.math.BigDecimal;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link QuoteLine}: included or billed, its amount and quantity.
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
        BigDecimal value = actual.amount().getNumber().numberValueExact(BigDecimal.class);
        if (value.compareTo(new BigDecimal(expected)) != 0) {
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
        if (actual.quantity().compareTo(new BigDecimal(expected)) != 0) {
            failWithMessage("Expecting %s to have quantity %s, but was %s", actual.component(), expected,
                    actual.quantity().toPlainString());
        }
        return this;
    }
}
