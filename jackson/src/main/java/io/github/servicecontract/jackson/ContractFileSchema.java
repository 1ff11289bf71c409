package io.github.servicecontract.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the contract file, the format the command line reads in
 * JSON or YAML: its keys, which are required, the enumerations and the form of every value.
 * Point an editor at it for completion and checks as you type. It describes the canonical form
 * the samples are written in (upper-case constants, values without surrounding spaces, texts as
 * strings); the reader also checks every value through the library's builders and that the tiers
 * price the usage, and tolerates a few variants the schema does not (constants in any case or
 * with hyphens, spaces around a value, a number where a text is expected).
 *
 * <p>For example, in VS Code's settings: {@code "json.schemas": [{"fileMatch": ["*.contract.json"],
 * "url": "./contract-file.schema.json"}]}, with the file written by {@code text()} or by the
 * command line's {@code schema} command.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContractFileSchema {

    /** The schema's {@code $id}; its version is the format's, 1. */
    public static final String ID = "urn:io.github.servicecontract:contract-file:1";

    private static final String RESOURCE = "contract-file.schema.json";

    private ContractFileSchema() {}

    /**
     * Returns the schema's text, UTF-8 JSON.
     *
     * @return the schema
     * @throws UncheckedIOException if the jar cannot be read
     */
    public static String text() {
        try (InputStream in = ContractFileSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(RESOURCE + " is missing from the jar"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
