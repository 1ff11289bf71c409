package io.github.servicecontract.model;

/**
 * Whether a clause states what the contract covers or what it does not.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ClauseKind {
    /** The contract includes this. */
    INCLUSION,
    /** The contract excludes this. */
    EXCLUSION
}
