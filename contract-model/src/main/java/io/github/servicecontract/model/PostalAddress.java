package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * A postal address as it is written on an envelope, one line after another, in the country's own
 * order.
 *
 * <p>For example, {@code PostalAddress.of("12 chemin des Tilleuls", "69003 Lyon")}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lines the lines, from the first to the last: one to {@value #MAX_LINES}, none blank
 */
public record PostalAddress(List<String> lines) {

    /** The most lines an address has. */
    public static final int MAX_LINES = 6;

    /**
     * Creates an address.
     *
     * @throws IllegalArgumentException if there is no line or more than {@value #MAX_LINES}, or a
     *     line is blank or holds a character a document cannot show
     */
    public PostalAddress {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw Checks.invalid("address", lines, "must have 1 to " + MAX_LINES + " lines");
        }
        lines.forEach(line -> Checks.requireText("address line", Checks.withoutSurroundingSpaces(line)));
        lines = lines.stream().map(Checks::withoutSurroundingSpaces).toList();
    }

    /**
     * Obtains an address.
     *
     * @param lines the lines, from the first to the last
     * @return the address
     */
    public static PostalAddress of(String... lines) {
        return new PostalAddress(List.of(Objects.requireNonNull(lines, "lines")));
    }

    /** Returns the lines joined by commas, as on one line. */
    @Override
    public String toString() {
        return String.join(", ", lines);
    }
}
