package io.github.servicecontract.model;

/**
 * What happens when a fixed term ends.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Renewal {
    /** The contract renews for the same term unless cancelled within the notice period. */
    AUTOMATIC,
    /** The contract ends with its term. */
    NONE
}
