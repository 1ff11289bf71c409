package io.github.servicecontract.model;

/**
 * The manufacturer's warranty status of a piece of equipment on a given day.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum WarrantyStatus {
    /** Within the manufacturer's warranty: parts are covered. */
    IN_WARRANTY,
    /** The manufacturer's warranty has ended. */
    OUT_OF_WARRANTY
}
