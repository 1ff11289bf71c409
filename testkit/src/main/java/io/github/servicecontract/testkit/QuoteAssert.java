package io.github.servicecontract.testkit;

import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.QuoteLine;
import io.github.servicecontract.pricing.QuotePart;
import io.github.servicecontract.pricing.StandardTraceKey;
import io.github.servicecontract.pricing.Taxation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Quote}: its totals and its lines. Amounts given as text are in the
 * quote's currency and compare by value ({@code "2061.5"} equals 2,061.50).
 *
 * <p>For example, {@code assertThat(quote).hasTotal("2061.50").hasFirmPrice("2061.50").hasRecurringPerYear("1740.00")
 * .hasLinesFor(CostComponent.ON_SITE_LABOUR, 2)}.
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
     * Verifies the firm price for a year: the subtotal of the lines the client commits to.
     *
     * @param expected the firm price, a decimal in the quote's currency
     * @return this assertion
     */
    public QuoteAssert hasFirmPrice(String expected) {
        isNotNull();
        return compare("firm price", actual.firmPrice(), expected);
    }

    /**
     * Verifies the subtotal of one part of the quote.
     *
     * @param part the firm price, the one-off charges or the estimate
     * @param expected the subtotal, a decimal in the quote's currency
     * @return this assertion
     */
    public QuoteAssert hasSubtotal(QuotePart part, String expected) {
        isNotNull();
        return compare("subtotal of the " + part, actual.subtotal(part), expected);
    }

    /**
     * Verifies what the client commits to pay for the first year under a taxation: the firm price
     * and the one-off charges with their tax and cash rounding, what the invoices add up to.
     *
     * @param taxation the tax and cash rounding
     * @param expected the payable amount, a decimal in the quote's currency
     * @return this assertion
     */
    public QuoteAssert hasPayable(Taxation taxation, String expected) {
        isNotNull();
        return compare("payable total under " + taxation, actual.committed(taxation).payable(), expected);
    }

    /**
     * Verifies how many lines the quote has for a component: one for each intervention of a
     * labour or travel rule, for example.
     *
     * @param component the component
     * @param expected the number of lines
     * @return this assertion
     */
    public QuoteAssert hasLinesFor(CostComponent component, int expected) {
        isNotNull();
        List<QuoteLine> lines = linesFor(component);
        if (lines.size() != expected) {
            failWithMessage("Expecting %d lines for %s, but found %d: %s", expected, component, lines.size(),
                    lines.stream().map(QuoteLine::trace).toList());
        }
        return this;
    }

    /**
     * Verifies the quote has a line for a component on a day (the {@code day} step of its trace,
     * which labour and travel lines record for their intervention), and moves on to it.
     *
     * @param component the component
     * @param day the intervention's day
     * @return assertions on the line
     */
    public QuoteLineAssert hasLineFor(CostComponent component, LocalDate day) {
        isNotNull();
        List<QuoteLine> lines = linesFor(component);
        Optional<QuoteLine> line = lines.stream().filter(l -> l.trace().valueOf(StandardTraceKey.DAY).filter(day::equals).isPresent()).findFirst();
        if (line.isEmpty()) {
            failWithMessage("Expecting a line for %s on %s, but its lines are on %s", component, day,
                    lines.stream().map(l -> l.trace().valueOf(StandardTraceKey.DAY).map(String::valueOf).orElse("no day")).toList());
        }
        return new QuoteLineAssert(line.get());
    }

    /**
     * Verifies the quote has a line for a component, and moves on to the first such line.
     *
     * @param component the component
     * @return assertions on the line
     */
    public QuoteLineAssert hasLineFor(CostComponent component) {
        isNotNull();
        Optional<QuoteLine> line = linesFor(component).stream().findFirst();
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

    private List<QuoteLine> linesFor(CostComponent component) {
        return actual.lines().stream().filter(l -> l.component().equals(component)).toList();
    }

    private QuoteAssert compare(String what, MonetaryAmount amount, String expected) {
        AmountText.mismatch(what, amount, expected).ifPresent(message -> failWithMessage("%s", message));
        return this;
    }
}
