package io.github.servicecontract.model;

/**
 * A member perk that is either granted or not, as opposed to a percentage discount.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Benefit {
    /** No trip fee is charged for visits. */
    TRIP_FEE_WAIVED,
    /** Loaner equipment while a faulty device is repaired. */
    LOANER_EQUIPMENT,
    /** Visits are scheduled before those of non-members. */
    PRIORITY_SCHEDULING
}
