package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The key of a localised text, such as the wording of a clause in the client's language.
 *
 * <p>Keys are dot-separated lower-case words, for example {@code "clause.power-surge"}; the
 * {@code i18n-bundles} module resolves them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the key text
 */
public record MessageKey(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

    /**
     * Creates a key.
     *
     * @throws IllegalArgumentException if {@code value} is not dot-separated lower-case words
     */
    public MessageKey {
        Objects.requireNonNull(value, "messageKey");
        if (!FORM.matcher(value).matches()) {
            throw Checks.invalid("messageKey", "\"" + Checks.shortened(value) + "\"", "must be dot-separated lower-case words");
        }
    }

    /**
     * Obtains a key, for example {@code MessageKey.of("clause.power-surge")}.
     *
     * @param value the key text
     * @return the key
     * @throws IllegalArgumentException if {@code value} is not dot-separated lower-case words
     */
    public static MessageKey of(String value) {
        return new MessageKey(value);
    }

    /** Returns the key text. */
    @Override
    public String toString() {
        return value;
    }
}
