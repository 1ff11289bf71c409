package io.github.servicecontract.pricing.billing;

/**
 * When a change of a contract (another tier, equipment added or removed) takes effect, as Kill
 * Bill's and Stripe's plan changes let a vendor choose.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ChangeTiming {
    /**
     * On the day asked: the invoice period already billed is credited for its days left at the
     * old price and charged for them at the new one.
     */
    IMMEDIATELY,
    /** On the first day of the next invoice period: nothing is prorated. */
    NEXT_PERIOD,
    /**
     * On the next anniversary of the contract's start, or at the first invoice period beginning
     * on or after it when periods are anchored on another day: nothing is prorated.
     */
    ANNIVERSARY
}
