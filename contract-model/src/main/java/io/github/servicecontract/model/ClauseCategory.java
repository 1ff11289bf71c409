package io.github.servicecontract.model;

/**
 * The subject of a clause, used to group clauses when a contract is shown to a client.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ClauseCategory {
    /** Support services: remote help, visits, updates, monitoring. */
    SERVICE,
    /** Response times and the hours of coverage. */
    COVERAGE,
    /** Equipment, parts, warranty and consumables. */
    EQUIPMENT,
    /** Events outside anyone's control: weather, power, water, vermin. */
    EVENT,
    /** What the client or third parties do to the system. */
    USE,
    /** Prices, discounts, travel and other commercial terms. */
    COMMERCIAL
}
