package io.github.servicecontract.model;

/**
 * Whether the manufacturer still supports a piece of equipment.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Obsolescence {
    /** Still supported: parts and firmware are available. */
    SUPPORTED,
    /** End of life: the manufacturer no longer supplies parts or updates. */
    OBSOLETE
}
