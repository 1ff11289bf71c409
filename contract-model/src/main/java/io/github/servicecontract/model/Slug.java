package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.Objects;

/** The rule shared by this module's identifiers: lower-case words joined by hyphens. */
final class Slug {

    private static final int MAX_LENGTH = 64;

    private Slug() {}

    static String require(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.length() > MAX_LENGTH || !Checks.isHyphenatedWords(value)) {
            throw Checks.invalid(field, "\"" + Checks.shortened(value) + "\"",
                    "must be 1 to " + MAX_LENGTH + " lower-case letters or digits in hyphen-separated words");
        }
        return value;
    }
}
