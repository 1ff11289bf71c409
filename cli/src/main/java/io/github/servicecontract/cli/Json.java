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

    private Json() {}

    static void print(PrintWriter out, String kind, Map<String, Object> fields) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("format", "servicecontract/" + kind);
        envelope.put("version", ServiceContractModule.FORMAT_VERSION);
        envelope.putAll(fields);
        try {
            out.println(WRITER.writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
