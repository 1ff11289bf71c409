package io.github.servicecontract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.servicecontract.jackson.ContractFileSchema;
import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.jackson.contractfile.Syntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published JSON Schema of the contract file, checked with a real validator against every sample and fixture. */
class ContractFileSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ContractFileSchema.text());

    private static JsonNode schema() throws IOException {
        return JSON.readTree(ContractFileSchema.text());
    }

    private static List<String> errors(JsonNode file) {
        return SCHEMA.validate(file).stream().map(Object::toString).toList();
    }

    /** The command line's fixtures and the README's example, as the reader accepts them (the sample is checked with the reader). */
    private static Map<String, JsonNode> acceptedFiles() throws IOException {
        Path inputs = Path.of("src/test/resources/inputs");
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```json\n{\n  \"currency\"") + "```json\n".length();
        String readmeExample = readme.substring(start, readme.indexOf("```", start));
        Map<String, String> texts = Map.of("milan.json", Files.readString(inputs.resolve("milan.json")),
                "austin.yaml", Files.readString(inputs.resolve("austin.yaml")), "README.json", readmeExample);
        Map<String, JsonNode> trees = new java.util.TreeMap<>();
        for (Map.Entry<String, String> text : texts.entrySet()) {
            Syntax syntax = text.getKey().endsWith(".json") ? Syntax.JSON : Syntax.YAML;
            ContractFile.parse(text.getKey(), text.getValue(), syntax); // the reader accepts it
            trees.put(text.getKey(), syntax == Syntax.JSON ? JSON.readTree(text.getValue()) : YAML.readTree(text.getValue()));
        }
        return trees;
    }

    @Test
    void theReadmesExample_makesAQuoteAnIntegratorCouldSend(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```json\n{\n  \"currency\"") + "```json\n".length();
        Path file = Files.writeString(folder.resolve("milano.json"), readme.substring(start, readme.indexOf("```", start)));
        CliRun run = CliRun.of("quote", "-i", file.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.plainOut()).startsWith("Domotica Navigli S.r.l.\nVia Vigevano 12\n20144 Milano MI\nP. IVA 04735120166\n")
                .contains("Preventivo n. PRV-2025-0087 del 1º dicembre 2025").contains("Giulia Bianchi\n  Via dei Giardini 7\n")
                .contains("Fatture pagabili entro 30 giorni dalla data di emissione").contains("Per accettazione");
    }

    @Test
    void everyFixtureTheReaderAccepts_validates() throws IOException {
        Map<String, JsonNode> files = acceptedFiles();
        assertThat(files).hasSize(3);
        files.forEach((name, tree) -> assertThat(errors(tree)).as(name).isEmpty());
    }

    @Test
    void aKeyTheReaderDoesNotKnow_aMissingOne_orAValueOfTheWrongForm_isInvalid() throws IOException {
        ObjectNode milan = (ObjectNode) JSON.readTree(Files.readString(Path.of("src/test/resources/inputs/milan.json")));
        ObjectNode unknown = milan.deepCopy();
        ((ObjectNode) unknown.get("site")).put("distanc", "12 km");
        assertThat(errors(unknown)).isNotEmpty();
        ObjectNode missing = milan.deepCopy();
        missing.remove("terms");
        assertThat(errors(missing)).anyMatch(error -> error.contains("terms"));
        ObjectNode billing = milan.deepCopy();
        ((ObjectNode) billing.get("terms")).put("billing", "WEEKLY");
        assertThat(errors(billing)).isNotEmpty();
        ObjectNode exponent = milan.deepCopy();
        ((ObjectNode) exponent.get("site").get("installedValue")).put("products", "1e5");
        assertThat(errors(exponent)).isNotEmpty();
        ObjectNode clause = milan.deepCopy();
        ((ObjectNode) clause.get("tiers").get(0).get("includes").get(0)).remove("hours");
        assertThat(errors(clause)).as("a clause without its parameter").isNotEmpty();
        ObjectNode year = milan.deepCopy();
        ((ObjectNode) year.get("terms")).put("term", "P1Y");
        assertThat(errors(year)).as("a term the reader refuses: P1Y").isNotEmpty();
        ObjectNode noPricing = milan.deepCopy();
        ((ObjectNode) noPricing.get("tiers").get(0)).remove("pricing");
        assertThat(errors(noPricing)).as("a tier without pricing").isNotEmpty();
        ObjectNode emptyDuration = milan.deepCopy();
        ((ObjectNode) emptyDuration.get("usage").get(0)).put("worked", "PT");
        assertThat(errors(emptyDuration)).as("a duration of nothing").isNotEmpty();
        ObjectNode day = milan.deepCopy();
        ((ObjectNode) day.get("usage").get(0)).put("worked", "P1D").put("role", "TECH_2");
        assertThat(errors(day)).as("a day's work by a role with a digit, which the reader accepts").isEmpty();
        ObjectNode rule = milan.deepCopy();
        ((ObjectNode) rule.get("tiers").get(0).get("pricing").get(1)).put("legs", "RETURN");
        assertThat(errors(rule)).as("a labour rule with a travel parameter").isNotEmpty();
    }

    @Test
    void theSchemaCommand_printsTheSchema_forAnEditor() {
        CliRun run = CliRun.of("schema");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(ContractFileSchema.text());
    }

}
