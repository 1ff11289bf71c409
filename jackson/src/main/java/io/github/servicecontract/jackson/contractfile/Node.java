package io.github.servicecontract.jackson.contractfile;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.servicecontract.model.Decimals;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.model.internal.Dates;
import io.github.servicecontract.model.internal.Suggestions;
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
    /** The node this one is in, null at the root; with {@link #key} or {@link #index}, the pointer, made only for a message. */
    private final Node parent;
    private final String key;
    private final int index;
    private final JsonNode json;

    /** The root of a file. */
    Node(String file, JsonNode json) {
        this(file, null, null, -1, json);
    }

    private Node(String file, Node parent, String key, int index, JsonNode json) {
        this.file = file;
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.json = json;
    }

    /** The JSON Pointer of this node, empty at the root: built only when a message needs it. */
    private String path() {
        if (parent == null) {
            return "";
        }
        return parent.path() + "/" + (key != null ? escape(key) : Integer.toString(index));
    }

    /** The value as read: for a key of values read alike, such as a catalogue of tiers. */
    JsonNode json() {
        return json;
    }

    String pointer() {
        String path = path();
        return path.isEmpty() ? "/" : path;
    }

    InputException problem(String problem) {
        return new InputException(file, Checks.shortened(pointer()), problem);
    }

    /** Whether this mapping gives {@code field}, with a value or without (which {@link #get} refuses). */
    boolean has(String field) {
        return json.isObject() && json.has(field);
    }

    Node get(String field) {
        if (!json.isObject()) {
            throw problem("must be a mapping of fields");
        }
        JsonNode value = json.get(field);
        if (value == null) {
            throw new InputException(file, path() + "/" + escape(field), "is missing");
        }
        if (value.isNull()) {
            throw new InputException(file, path() + "/" + escape(field), "has no value; give one, or leave the key out");
        }
        return new Node(file, this, field, -1, value);
    }

    /**
     * Checks that this mapping has no key but {@code known}: a misspelt or unknown key is refused
     * with the nearest known one, never ignored.
     *
     * @return this node
     */
    Node only(String... known) {
        if (!json.isObject()) {
            throw problem("must be a mapping of fields");
        }
        for (java.util.Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!isKnown(name, known)) {
                String suggestion = Suggestions.didYouMean(name, Arrays.asList(known));
                throw new Node(file, this, name, -1, json.get(name)).problem("is not a key here" + (suggestion.isEmpty()
                        ? "; the keys here are " + String.join(", ", known) : suggestion));
            }
        }
        return this;
    }

    private static boolean isKnown(String name, String[] known) {
        for (String key : known) {
            if (key.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A JSON Pointer's reference token for a key (RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
    static String escape(String key) {
        return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
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
            items.add(new Node(file, this, null, i, json.get(i)));
        }
        return items;
    }

    List<Map.Entry<String, Node>> fields() {
        if (!json.isObject()) {
            throw problem("must be a mapping of fields");
        }
        List<Map.Entry<String, Node>> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : json.properties()) {
            fields.add(Map.entry(entry.getKey(), new Node(file, this, entry.getKey(), -1, entry.getValue())));
        }
        return fields;
    }

    boolean isText() {
        return json.isValueNode();
    }

    String text() {
        if (json.isNull()) {
            throw problem("has no value");
        }
        if (!json.isValueNode()) {
            throw problem("must be a single value");
        }
        return json.asText();
    }

    /**
     * A whole number in decimal digits, as written: no sign but a minus, no leading zero (YAML 1.1
     * reads {@code 010} as 8), no {@code 0x}, no {@code _}, at most nine digits.
     */
    int integer() {
        String text = text();
        if (text.length() > 1 && text.charAt(0) == '0' && digits(text, 0)) {
            throw problem("must be a whole number without a leading zero (YAML 1.1 reads 010 as 8), was \"" + Checks.shortened(text) + "\"");
        }
        if (!isWhole(text)) {
            throw problem("must be a whole number such as 12, of at most 9 digits, was \"" + Checks.shortened(text) + "\"");
        }
        return Integer.parseInt(text);
    }

    /** Whether the text is {@code -?(0|[1-9][0-9]{0,8})}: a whole number of at most nine digits, without a leading zero. */
    private static boolean isWhole(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int length = text.length() - start;
        return length >= 1 && length <= 9 && digits(text, start) && (length == 1 || text.charAt(start) != '0');
    }

    private static boolean digits(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code true} or {@code false}, and nothing else YAML 1.1 would read as one ({@code yes}, {@code on}, {@code y}). */
    boolean bool() {
        String text = text();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw problem("must be true or false, was \"" + Checks.shortened(text) + "\"");
    }

    /**
     * The values of a list that is a set (subsystems, deliveries...), each read by {@code reader};
     * a value listed twice is refused rather than silently kept once.
     */
    <T> List<T> distinct(Function<Node, T> reader) {
        List<T> values = new ArrayList<>();
        for (Node item : list()) {
            T value = reader.apply(item);
            if (values.contains(value)) {
                throw item.problem("lists " + Checks.shortened(item.text()) + " a second time; list each once");
            }
            values.add(value);
        }
        return values;
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
        return parse("an ISO date such as 2026-01-01", Dates::parse);
    }

    /** An ISO duration without negative parts ({@code PT1H-30M} would be 30 minutes). */
    Duration duration() {
        String text = text();
        if (text.indexOf('-') >= 0) {
            throw problem("must be an ISO duration such as PT2H30M, without a minus sign, was \"" + Checks.shortened(text) + "\"");
        }
        return parse("an ISO duration such as PT2H30M", Duration::parse);
    }

    /** An ISO period without negative parts. */
    Period period() {
        String text = text();
        if (text.indexOf('-') >= 0) {
            throw problem("must be an ISO period such as P1M, without a minus sign, was \"" + Checks.shortened(text) + "\"");
        }
        return parse("an ISO period such as P1M", Period::parse);
    }

    <E extends Enum<E>> E constant(Class<E> type) {
        String text = text();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.replace('-', '_'))) {
                return constant;
            }
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        throw problem("must be one of " + names + ", was \"" + Checks.shortened(text) + "\"" + Suggestions.didYouMean(text, names));
    }

    /** Parses the value, turning the library's own validation messages into a problem at this place. */
    <T> T parse(String expected, Function<String, T> parser) {
        String text = text();
        try {
            // spaces around a value are layout; a control character or a line break is not, and the parser refuses it
            return parser.apply(Checks.withoutSurroundingSpaces(text));
        } catch (DateTimeParseException e) {
            throw problem("must be " + expected + ", was \"" + Checks.shortened(text) + "\"");
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
