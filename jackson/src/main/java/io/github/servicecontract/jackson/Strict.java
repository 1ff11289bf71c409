package io.github.servicecontract.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A refusal of what was read: its place (JSON Pointer) and its rule, in one line. */
final class Strict {

    private Strict() {}

    static JsonMappingException refuse(JsonParser json, DeserializationContext context, String rule) {
        String place = json.getParsingContext().pathAsPointer().toString();
        return InvalidFormatException.from(json, (place.isEmpty() ? "/" : place) + ": " + rule, null, Object.class);
    }
}
