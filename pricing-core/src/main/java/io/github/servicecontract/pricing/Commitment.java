package io.github.servicecontract.pricing;

/**
 * Whether a piece of usage is part of the contract or only expected: a planned visit is priced in
 * the firm price and invoiced with it, an estimated call-out is priced at the rate card and
 * billed only if it happens.
 *
 * <p>For example, the two yearly maintenance visits of a gold tier are {@link #PLANNED}; the
 * Saturday call-out a client may need is {@link #ESTIMATED}.
 */
public enum Commitment {
    /** Part of the contract and of its firm price, invoiced by the billing schedule. */
    PLANNED(QuotePart.FIRM),
    /** Expected on-demand usage: an estimate, billed when it happens. */
    ESTIMATED(QuotePart.ESTIMATE);

    private final QuotePart part;

    Commitment(QuotePart part) {
        this.part = part;
    }

    /**
     * Returns the part of a quote that usage of this commitment is priced in.
     *
     * @return {@link QuotePart#FIRM} for planned usage, {@link QuotePart#ESTIMATE} for estimated
     */
    public QuotePart part() {
        return part;
    }
}
