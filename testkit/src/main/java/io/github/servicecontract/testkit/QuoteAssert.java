package io.github.servicecontract.testkit;

import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.QuoteLine;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Quote}: its totals and its lines. Amounts given as text are in the
 * quote's currency and compare by value ({@code "2061.5"} equals 2,061.50).
 *
 * <p>For example, {@code assertThat(quote).hasTotal("2061.50").hasRecurringPerYear("1740.00")}.
 */
public final class QuoteAssert extends AbstractAssert<QuoteAssert, Quote> {

    QuoteAssert(Quote actual) {
        super(actual, QuoteAssert.class);
    }

    /**
     * Verifies the total before tax.
     *
     * @param expected the total, a decimal in the quote's currency
     * @return this assertion
     */
    public QuoteAssert hasTotal(String expected) {
        isNotNull();
        return compare("total", actual.total(), expected);
    }

    /**
     * Verifies the total before tax.
     *
     * @param expected the total
     * @return this assertion
     */
    public QuoteAssert hasTotal(MonetaryAmount expected) {
        isNotNull();
        if (!actual.total().getCurrency().equals(expected.getCurrency())) {
            failWithMessage("Expecting the total to be in %s, but it is %s", expected.getCurrency(), AmountText.of(actual.total()));
        }
        return compare("total", actual.total(), expected.getNumber().numberValueExact(BigDecimal.class).toPlainString());
    }

    /**
     * Verifies the recurring fee for a year.
     *
     * @param expected the fee, a decimal in the quote's currency
     * @return this assertion
     */
    public QuoteAssert hasRecurringPerYear(String expected) {
        isNotNull();
        return compare("recurring fee per year", actual.recurringPerYear(), expected);
    }

    /**
     * Verifies the quote has a line for a component, and moves on to the first such line.
     *
     * @param component the component
     * @return assertions on the line
     */
    public QuoteLineAssert hasLineFor(CostComponent component) {
        isNotNull();
        Optional<QuoteLine> line = actual.lines().stream().filter(l -> l.component().equals(component)).findFirst();
        if (line.isEmpty()) {
            failWithMessage("Expecting a line for %s, but the quote has %s", component,
                    actual.lines().stream().map(l -> l.component().id()).toList());
        }
        return new QuoteLineAssert(line.get());
    }

    /**
     * Verifies the quote has no line for a component.
     *
     * @param component the component
     * @return this assertion
     */
    public QuoteAssert hasNoLineFor(CostComponent component) {
        isNotNull();
        if (actual.lines().stream().anyMatch(l -> l.component().equals(component))) {
            failWithMessage("Expecting no line for %s, but found %s", component,
                    actual.lines().stream().filter(l -> l.component().equals(component)).toList());
        }
        return this;
    }

    private QuoteAssert compare(String what, MonetaryAmount amount, String expected) {
        BigDecimal value = amount.getNumber().numberValueExact(BigDecimal.class);
        if (value.compareTo(new BigDecimal(expected)) != 0) {
            failWithMessage("Expecting the %s to be %s %s, but was %s", what, expected, amount.getCurrency().getCurrencyCode(),
                    AmountText.of(amount));
        }
        return this;
    }
}
