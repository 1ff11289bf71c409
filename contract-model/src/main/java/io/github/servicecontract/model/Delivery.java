package io.github.servicecontract.model;

/**
 * Where a service is delivered from.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Delivery {
    /** Remotely, over the client's network connection. */
    REMOTE,
    /** By a technician at the site. */
    ON_SITE
}
