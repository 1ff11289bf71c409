package io.github.servicecontract.model;

/**
 * A service that costs the integrator time or money and so must be either included in a tier or
 * billed on demand, never silently free.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ChargeableService {
    /** Remote support: diagnosis and fixes over the network. */
    REMOTE_SUPPORT,
    /** A technician's visit to the site. */
    ON_SITE_VISIT,
    /** System, firmware and software updates. */
    SYSTEM_UPDATE,
    /** The technician's travel to the site. */
    TRAVEL,
    /** Proactive monitoring of the site's devices. */
    MONITORING
}
