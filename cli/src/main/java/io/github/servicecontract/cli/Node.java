package io.github.servicecontract.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.servicecontract.model.Decimals;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** A place in an input file: a JSON or YAML node with its JSON Pointer, for precise errors. */
final class Node {

    private final String file;
    private final String pointer;
    private final JsonNode json;

    Node(String file, String pointer, JsonNode json) {
        this.file = file;
        this.pointer = pointer;
        this.json = json;
    }

    String pointer() {
        return pointer.isEmpty() ? "/" : pointer;
    }

    InputException problem(String problem) {
        return new InputException(file, pointer(), problem);
    }

    boolean has(String field) {
        return json.has(field) && !json.get(field).isNull();
    }

    Node get(String field) {
        if (!json.isObject()) {
            throw problem("must be a mapping of fields");
        }
        if (!has(field)) {
            throw new InputException(file, pointer + "/" + field, "is missing");
        }
        return new Node(file, pointer + "/" + field, json.get(field));
    }

    Optional<Node> optional(String field) {
        return has(field) ? Optional.of(get(field)) : Optional.empty();
    }

    List<Node> list() {
        if (!json.isArray()) {
            throw problem("must be a list");
        }
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            items.add(new Node(file, pointer + "/" + i, json.get(i)));
        }
        return items;
    }

    List<Map.Entry<String, Node>> fields() {
        if (!json.isObject()) {
            throw problem("must be a mapping of fields");
        }
        List<Map.Entry<String, Node>> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : json.properties()) {
            fields.add(Map.entry(entry.getKey(), new Node(file, pointer + "/" + entry.getKey(), entry.getValue())));
        }
        return fields;
    }

    boolean isText() {
        return json.isValueNode();
    }

    String text() {
        if (!json.isValueNode()) {
            throw problem("must be a single value");
        }
        return json.asText();
    }

    int integer() {
        String text = text();
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw problem("must be a whole number, was \"" + text + "\"");
        }
    }

    /** A decimal in the library's one grammar ({@link Decimals}), exactly as written, or a problem here. */
    BigDecimal decimal() {
        String text = text();
        try {
            return Decimals.parse(text);
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }

    LocalDate date() {
        return parse("an ISO date such as 2026-01-01", LocalDate::parse);
    }

    Duration duration() {
        return parse("an ISO duration such as PT2H30M", Duration::parse);
    }

    Period period() {
        return parse("an ISO period such as P1M", Period::parse);
    }

    <E extends Enum<E>> E constant(Class<E> type) {
        String text = text();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.replace('-', '_'))) {
                return constant;
            }
        }
        throw problem("must be one of " + Arrays.toString(type.getEnumConstants()) + ", was \"" + text + "\"");
    }

    /** Parses the value, turning the library's own validation messages into a problem at this place. */
    <T> T parse(String expected, Function<String, T> parser) {
        String text = text();
        try {
            return parser.apply(text.trim());
        } catch (DateTimeParseException e) {
            throw problem("must be " + expected + ", was \"" + text + "\"");
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }

    /** Builds a value, turning a builder's validation message into a problem at this place. */
    <T> T build(Supplier<T> builder) {
        try {
            return builder.get();
        } catch (InputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }
}
