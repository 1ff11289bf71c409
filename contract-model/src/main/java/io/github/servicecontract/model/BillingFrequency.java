package io.github.servicecontract.model;

/**
 * How often the recurring fee is invoiced.
 *
 * <p>For example, {@code QUARTERLY.months()} is 3 and {@code QUARTERLY.periodsPerYear()} is 4.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum BillingFrequency {
    /** Every month. */
    MONTHLY(1),
    /** Every three months. */
    QUARTERLY(3),
    /** Every six months. */
    SEMI_ANNUAL(6),
    /** Every year. */
    ANNUAL(12);

    private final int months;

    BillingFrequency(int months) {
        this.months = months;
    }

    /**
     * Returns the number of months one billing period covers.
     *
     * @return 1, 3, 6 or 12
     */
    public int months() {
        return months;
    }

    /**
     * Returns the number of billing periods in a year.
     *
     * @return 12, 4, 2 or 1
     */
    public int periodsPerYear() {
        return 12 / months;
    }
}
