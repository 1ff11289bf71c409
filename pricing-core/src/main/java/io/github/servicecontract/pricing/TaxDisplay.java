package io.github.servicecontract.pricing;

/**
 * Whether amounts are shown before or after tax.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TaxDisplay {
    /** Before tax, as businesses and quotes usually show them. */
    TAX_EXCLUSIVE,
    /** With tax, as consumers usually see them. */
    TAX_INCLUSIVE
}
