package io.github.servicecontract.pricing;

import java.util.Objects;

/**
 * Thrown when a rate table has no rate for what a pricing rule looked up.
 *
 * <p>For example: {@code "no on-site labour rate for region FR-69, role TECHNICIAN, band
 * SATURDAY"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MissingRateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient RateKey key;

    /**
     * Creates the exception.
     *
     * @param key what was looked up
     */
    public MissingRateException(RateKey key) {
        super("no " + Objects.requireNonNull(key, "key").describe());
        this.key = key;
    }

    /**
     * Returns what was looked up.
     *
     * @return the key
     */
    public RateKey key() {
        return key;
    }
}
