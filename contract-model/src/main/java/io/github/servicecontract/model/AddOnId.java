package io.github.servicecontract.model;

import java.util.Objects;

/**
 * The stable identifier of an add-on sold on top of a tier, for example {@code AddOnId.of("extended-warranty")}.
 *
 * <p>An identifier is one or more lower-case words of letters and digits joined by hyphens, at
 * most 64 characters; {@link #toString()} returns it and {@link #parse} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier text
 */
public record AddOnId(String value) {

    /**
     * Creates the identifier.
     *
     * @throws IllegalArgumentException if {@code value} is not lower-case hyphen-separated words
     */
    public AddOnId {
        Slug.require("addOnId", value);
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is not lower-case hyphen-separated words
     */
    public static AddOnId of(String value) {
        return new AddOnId(value);
    }

    /**
     * Obtains an identifier from the form produced by {@link #toString()}.
     *
     * @param text the text to parse
     * @return the identifier
     * @throws IllegalArgumentException if the text is not lower-case hyphen-separated words
     */
    public static AddOnId parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new AddOnId(text.toString());
    }

    /** Returns the identifier text. */
    @Override
    public String toString() {
        return value;
    }
}
