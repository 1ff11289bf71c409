package io.github.servicecontract.model;

/**
 * How an integrator engages: before the client notices a fault, or when the client calls.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ServiceLevel {
    /** The integrator monitors the site and acts before the client notices a fault. */
    PROACTIVE,
    /** The integrator acts when the client reports a fault. */
    REACTIVE
}
