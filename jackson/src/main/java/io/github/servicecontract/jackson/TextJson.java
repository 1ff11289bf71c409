package io.github.servicecontract.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.servicecontract.model.internal.Checks;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.function.Function;

/** A value written as its text and read back from it: {@code "gold"}, {@code "FR-69"}, {@code "5%"}, {@code "2026-01-01"}. */
final class TextJson {

    private TextJson() {}

    /**
     * Registers {@code type} as a string: {@code write} makes the text, {@code read} reads it back and refuses what
     * it cannot read, {@code example} says what a right text looks like.
     */
    static <T> void register(SimpleModule module, Class<T> type, Function<T, String> write, Function<String, T> read,
            String example) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(write.apply(value));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser json, DeserializationContext context) throws IOException {
                if (json.currentToken() != JsonToken.VALUE_STRING) {
                    throw Strict.refuse(json, context, "must be a string such as " + example + ", was " + json.getText());
                }
                String text = json.getText();
                try {
                    return read.apply(text);
                } catch (IllegalArgumentException | DateTimeException e) {
                    throw Strict.refuse(json, context, e instanceof DateTimeException
                            ? "must be " + example + ", was \"" + Checks.shortened(text) + "\"" : e.getMessage());
                }
            }
        });
    }
}
