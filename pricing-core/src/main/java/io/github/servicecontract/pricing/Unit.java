package io.github.servicecontract.pricing;

/**
 * What a line's quantity counts.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Unit {
    /** Hours of work. */
    HOUR,
    /** Kilometres travelled. */
    KILOMETRE,
    /** Miles travelled, where road distances are measured in miles. */
    MILE,
    /** Trips to the site. */
    TRIP,
    /** Remote support tickets. */
    TICKET,
    /** System or firmware updates. */
    UPDATE,
    /** Devices. */
    DEVICE,
    /** Subsystems. */
    SUBSYSTEM,
    /** Sites. */
    SITE,
    /** Blocks of devices, for package pricing. */
    BLOCK,
    /** A single item: a fee, a discount or an adjustment. */
    ITEM
}
