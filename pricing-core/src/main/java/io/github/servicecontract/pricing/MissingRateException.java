package io.github.servicecontract.pricing;

import java.util.Objects;

/**
 * Thrown when a rate table has no rate for what a pricing rule looked up.
 *
 * <p>For example: {@code "no on-site labour rate for region FR-69, role TECHNICIAN, band
 * SATURDAY"}. When the table prices the key the other way (brackets where a single rate was
 * looked up, or the reverse), the message says so and names the rule that reads it.
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

    /** Creates the exception with what the table has instead, for example {@code "it has brackets for it"}. */
    MissingRateException(RateKey key, String instead) {
        super("no " + Objects.requireNonNull(key, "key").describe() + "; " + instead);
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
