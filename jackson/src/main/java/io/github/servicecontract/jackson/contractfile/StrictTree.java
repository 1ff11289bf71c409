package io.github.servicecontract.jackson.contractfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.servicecontract.model.internal.Checks;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads a YAML or JSON text into a tree whose every value is the text exactly as written, so that
 * a number means what its digits say: YAML 1.1 would read {@code 010} as 8, {@code 0x5AA} and
 * {@code 1_450} as 1450 and {@code yes} as true, JSON would pass {@code 12345678901234567.891}
 * through a {@code double}; here each stays a text, and {@link Node} reads it by the library's
 * grammars or refuses it.
 *
 * <p>Refused, with the line and column: a key given twice in a mapping, a second YAML document or
 * anything after the JSON value, YAML anchors, aliases and tags, more than {@value #MAX_DEPTH}
 * levels of nesting and more than {@value #MAX_ITEMS} items in a list.
 */
final class StrictTree {

    /** The deepest nesting read; a contract file needs six. */
    static final int MAX_DEPTH = 32;
    /** The most items in one list (interventions, equipment lines, tiers, rules). */
    static final int MAX_ITEMS = 10_000;

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String name;
    private final JsonParser parser;

    private StrictTree(String name, JsonParser parser) {
        this.name = name;
        this.parser = parser;
    }

    /**
     * Reads a text.
     *
     * @param name the file's name, for messages
     * @param text the text
     * @param syntax JSON, or YAML
     * @return the tree: mappings, lists, texts and nulls
     * @throws InputException if the text is not one well-formed document, or breaks a rule above
     */
    static JsonNode read(String name, String text, Syntax syntax) {
        boolean json = syntax == Syntax.JSON;
        try (JsonParser parser = (json ? JSON : YAML).createParser(text)) {
            StrictTree tree = new StrictTree(name, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputException(name, "", "is empty");
            }
            JsonNode root = tree.value(first, 1);
            if (parser.nextToken() != null) {
                throw tree.at(parser.currentTokenLocation(), json ? "holds more after the end of its JSON value; a contract file is one value"
                        : "holds a second document; a contract file is one document");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String where = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new InputException(name, where, "is not valid " + (json ? "JSON" : "YAML") + ": "
                    + parserMessage(e));
        } catch (IOException e) {
            throw new InputException(name, "", "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The parser's own first sentence, without its internals (the source, the feature to enable), at most 160 characters. */
    private static String parserMessage(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("").strip();
        for (String internals : new String[] {" (start marker", " (for ", ", got this instead", " at [Source", " (Scalar value"}) {
            int at = message.indexOf(internals);
            if (at > 0) {
                message = message.substring(0, at);
            }
        }
        return message.length() <= 160 ? message : message.substring(0, 159) + "…";
    }

    private JsonNode value(JsonToken token, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw at(parser.currentTokenLocation(), "nests deeper than " + MAX_DEPTH + " levels");
        }
        if (parser instanceof YAMLParser) {
            YAMLParser yaml = (YAMLParser) parser;
            if (yaml.isCurrentAlias() || yaml.getObjectId() != null) {
                throw at(parser.currentTokenLocation(), "uses a YAML anchor or alias (&name, *name); write each value where it is used");
            }
            if (yaml.getTypeId() != null) {
                throw at(parser.currentTokenLocation(), "uses a YAML tag (" + Checks.shortened(yaml.getTypeId())
                        + "); write the value without it");
            }
        }
        switch (token) {
            case START_OBJECT:
                return mapping(depth);
            case START_ARRAY:
                return list(depth);
            case VALUE_NULL:
                return NODES.nullNode();
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return NODES.textNode(parser.getText());
            default:
                throw at(parser.currentTokenLocation(), "holds a value that is not text, a list or a mapping");
        }
    }

    // the JSON Pointer of a place is made from the parser's context, only for a message
    private ObjectNode mapping(int depth) throws IOException {
        ObjectNode mapping = NODES.objectNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String key = parser.currentName();
            if (mapping.has(key)) {
                throw new InputException(name, Checks.shortened(parser.getParsingContext().pathAsPointer().toString()) + " ("
                        + where(parser.currentTokenLocation()) + ")", "is given twice; give each key once");
            }
            mapping.set(key, value(parser.nextToken(), depth + 1));
        }
        return mapping;
    }

    private ArrayNode list(int depth) throws IOException {
        ArrayNode list = NODES.arrayNode();
        com.fasterxml.jackson.core.JsonStreamContext context = parser.getParsingContext(); // the list's own
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (list.size() == MAX_ITEMS) {
                String pointer = context.getParent().pathAsPointer().toString();
                throw new InputException(name, Checks.shortened(pointer.isEmpty() ? "/" : pointer),
                        String.format(Locale.ROOT, "has more than %,d items, the most a list may have", MAX_ITEMS));
            }
            list.add(value(token, depth + 1));
        }
        return list;
    }

    private InputException at(JsonLocation location, String problem) {
        return new InputException(name, where(location), problem);
    }

    private static String where(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
