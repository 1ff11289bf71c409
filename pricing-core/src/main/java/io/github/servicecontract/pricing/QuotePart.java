package io.github.servicecontract.pricing;

/**
 * The part of a quote a line belongs to: what the client commits to, what is charged once, or
 * what on-demand usage is expected to cost.
 *
 * <p>For example, DOMAIN.md example 1: the subscription, the two planned visits and the prepay
 * discount are the {@link #FIRM} price, 2,061.50 EUR a year; a forecast call-out priced at the
 * rate card is an {@link #ESTIMATE}, billed only if it happens.
 */
public enum QuotePart {
    /**
     * The firm price: recurring fees and everything planned and prepaid in the tier (planned
     * visits, their travel, included packages), with the adjustments and discounts made to them.
     * A billing schedule invoices exactly this part, over the year.
     */
    FIRM,
    /** Charged once, on the first invoice: an extended warranty, for example. */
    ONE_OFF,
    /**
     * Usage that is expected but not committed to, priced at the rate card: never invoiced by a
     * billing schedule, billed when it happens, and not discounted for prepayment.
     */
    ESTIMATE;

    /**
     * Checks if a billing schedule invoices this part: the firm price and the one-off charges.
     *
     * @return true for {@link #FIRM} and {@link #ONE_OFF}
     */
    public boolean isInvoiced() {
        return this != ESTIMATE;
    }
}
