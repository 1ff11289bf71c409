package io.github.servicecontract.model;
import java.util.Objects;

/**
 * The stable identifier of a service tier, for example {@code TierId.of("gold")}.
 *
 * <p>An identifier is one or more lower-case words of letters and digits joined by hyphens, at
 * most 64 characters; {@link #toString()} returns it and {@link #parse} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier text
 */
public record TierId(String value) {

    /**
     * Creates the identifier.
     *
     * @throws IllegalArgumentException if {@code value} is not lower-case hyphen-separated words
     */
    public TierId {
        Slug.require("tierId", value);
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is not lower-case hyphen-separated words
     */
    public static TierId of(String value) {
        return new TierId(value);
    }

    /**
     * Obtains an identifier from the form produced by {@link #toString()}.
     *
     * @param text the text to parse
     * @return the identifier
     * @throws IllegalArgumentException if the text is not lower-case hyphen-separated words
     */
    public static TierId parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new TierId(text.toString());
    }

    /** Returns the identifier text. */
    @Override
    public String toString() {
        return value;
    }
}
