package io.github.servicecontract.testkit;

import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import io.github.servicecontract.pricing.ratesheet.RateSheet;

/**
 * AssertJ entry points for servicecontract values; import them statically beside AssertJ's.
 *
 * <p>For example, in a vendor's own test suite:
 *
 * <pre>{@code
 * assertThat(RateSheetCsv.read(Path.of("rates.csv"))).isValidFor(requirements);
 * assertThat(quote).hasTotal("2061.50").hasLineFor(CostComponent.TRIP_FEE).isBilled();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ServiceContractAssertions {

    private ServiceContractAssertions() {}

    /**
     * Starts assertions on a rate sheet.
     *
     * @param actual the sheet
     * @return the assertions
     */
    public static RateSheetAssert assertThat(RateSheet actual) {
        return new RateSheetAssert(actual);
    }

    /**
     * Starts assertions on a quote.
     *
     * @param actual the quote
     * @return the assertions
     */
    public static QuoteAssert assertThat(Quote actual) {
        return new QuoteAssert(actual);
    }

    /**
     * Starts assertions on a billing schedule.
     *
     * @param actual the schedule
     * @return the assertions
     */
    public static BillingScheduleAssert assertThat(BillingSchedule actual) {
        return new BillingScheduleAssert(actual);
    }
}
