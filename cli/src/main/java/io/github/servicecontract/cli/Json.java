package io.github.servicecontract.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.servicecontract.jackson.ServiceContractModule;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The commands' JSON: an envelope {@code {"format": "servicecontract/quote", "version": 1, ...}}
 * whose fields are written by the library's Jackson module, indented, ending with a line break.
 */
final class Json {

    private static final ObjectWriter WRITER = JsonMapper.builder().addModule(new ServiceContractModule()).build()
            .writerWithDefaultPrettyPrinter();

    private static final ObjectWriter LINE = JsonMapper.builder().addModule(new ServiceContractModule()).build().writer();

    private Json() {}

    /** A value as one line of JSON (for JSON Lines), without its line break. */
    static String line(Object value) {
        try {
            return LINE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void print(PrintWriter out, String kind, Map<String, Object> fields) {
        write(out, kind, fields, WRITER);
    }

    /** Prints the envelope, each quote line with its {@code label} in the language of {@code labels}. */
    static void print(PrintWriter out, String kind, java.util.Locale labels, Map<String, Object> fields) {
        write(out, kind, fields, WRITER.withAttribute(ServiceContractModule.LABELS, labels));
    }

    private static void write(PrintWriter out, String kind, Map<String, Object> fields, ObjectWriter writer) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("format", "servicecontract/" + kind);
        envelope.put("version", ServiceContractModule.FORMAT_VERSION);
        envelope.putAll(fields);
        try {
            out.println(writer.writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
