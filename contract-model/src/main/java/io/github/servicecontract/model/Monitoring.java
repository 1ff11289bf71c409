package io.github.servicecontract.model;

/**
 * Whether a tier watches the site's systems for faults.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Monitoring {
    /** No monitoring: faults are found by the client. */
    NONE,
    /** Proactive remote monitoring of the site's devices, with alerts to the integrator. */
    PROACTIVE
}
