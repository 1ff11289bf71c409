package io.github.servicecontract.pricing.ratesheet;

import java.util.Objects;

/**
 * Thrown when a rate sheet with errors is turned into a rate table; it carries the whole report.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidRateSheetException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient RateReport report;

    /**
     * Creates the exception.
     *
     * @param report the report, with at least one error
     */
    public InvalidRateSheetException(RateReport report) {
        super("rate sheet must be valid, found " + Objects.requireNonNull(report, "report"));
        this.report = report;
    }

    /**
     * Returns every problem found.
     *
     * @return the report
     */
    public RateReport report() {
        return report;
    }
}
