package io.github.servicecontract.testkit;

import io.github.servicecontract.pricing.billing.BillingSchedule;
import io.github.servicecontract.pricing.billing.Invoice;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link BillingSchedule}: how many invoices, each invoice's amount and the
 * totals. Amounts given as text are in the schedule's currency and compare by value.
 *
 * <p>For example, {@code assertThat(schedule).hasInvoiceCount(4).hasInvoice(1, "375.00")
 * .hasTotalIncludingTax("1830.00")}.
 */
public final class BillingScheduleAssert extends AbstractAssert<BillingScheduleAssert, BillingSchedule> {

    BillingScheduleAssert(BillingSchedule actual) {
        super(actual, BillingScheduleAssert.class);
    }

    /**
     * Verifies the number of invoices.
     *
     * @param expected how many invoices
     * @return this assertion
     */
    public BillingScheduleAssert hasInvoiceCount(int expected) {
        isNotNull();
        if (actual.invoices().size() != expected) {
            failWithMessage("Expecting %d invoices, but the schedule has %d, covering %s", expected, actual.invoices().size(),
                    actual.invoices().stream().map(Invoice::covers).toList());
        }
        return this;
    }

    /**
     * Verifies one invoice's amount before tax.
     *
     * @param number the invoice's number, from 1
     * @param expected its amount before tax, a decimal
     * @return this assertion
     */
    public BillingScheduleAssert hasInvoice(int number, String expected) {
        isNotNull();
        if (number < 1 || number > actual.invoices().size()) {
            failWithMessage("Expecting an invoice number %d, but the schedule has invoices 1 to %d", number,
                    actual.invoices().size());
        }
        Invoice invoice = actual.invoices().get(number - 1);
        return compare("invoice " + number + " (" + invoice.covers() + ") before tax", invoice.amount(), expected);
    }

    /**
     * Verifies the sum of the invoices before tax.
     *
     * @param expected the total, a decimal
     * @return this assertion
     */
    public BillingScheduleAssert hasTotalExcludingTax(String expected) {
        isNotNull();
        return compare("total before tax", actual.totalExcludingTax(), expected);
    }

    /**
     * Verifies the sum of the invoices with tax.
     *
     * @param expected the total, a decimal
     * @return this assertion
     */
    public BillingScheduleAssert hasTotalIncludingTax(String expected) {
        isNotNull();
        return compare("total including tax", actual.totalIncludingTax(), expected);
    }

    private BillingScheduleAssert compare(String what, MonetaryAmount amount, String expected) {
        AmountText.mismatch(what, amount, expected).ifPresent(message -> failWithMessage("%s", message));
        return this;
    }
}
