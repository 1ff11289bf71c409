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
import io.github.servicecontract.model.Benefit;
import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.ClauseCategory;
import io.github.servicecontract.model.ClauseKind;
import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.Monitoring;
import io.github.servicecontract.model.RemoteHoursAllowance;
import io.github.servicecontract.model.Renewal;
import io.github.servicecontract.model.ServiceLevel;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.pricing.Commitment;
import io.github.servicecontract.pricing.InstalledValueBasis;
import io.github.servicecontract.pricing.LabourRule;
import io.github.servicecontract.pricing.Legs;
import io.github.servicecontract.pricing.Measure;
import io.github.servicecontract.pricing.TimeBand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
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

    private static String sample() throws IOException {
        try (InputStream in = ContractFile.class.getResourceAsStream("lyon.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every contract file the project ships or tests with, as the reader accepts it. */
    private static Map<String, JsonNode> acceptedFiles() throws IOException {
        Path inputs = Path.of("src/test/resources/inputs");
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```json\n{\n  \"currency\"") + "```json\n".length();
        String readmeExample = readme.substring(start, readme.indexOf("```", start));
        Map<String, String> texts = Map.of("lyon.yaml", sample(), "milan.json", Files.readString(inputs.resolve("milan.json")),
                "austin.yaml", Files.readString(inputs.resolve("austin.yaml")), "README.json", readmeExample);
        Map<String, JsonNode> trees = new java.util.TreeMap<>();
        for (Map.Entry<String, String> text : texts.entrySet()) {
            boolean json = text.getKey().endsWith(".json");
            ContractFile.parse(text.getKey(), text.getValue(), json); // the reader accepts it
            trees.put(text.getKey(), json ? JSON.readTree(text.getValue()) : YAML.readTree(text.getValue()));
            // and as the reader sees it, every value a text
            trees.put(text.getKey() + " (as read)", StrictTree.read(text.getKey(), text.getValue(), json));
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
    void everySampleAndFixtureTheReaderAccepts_validates() throws IOException {
        Map<String, JsonNode> files = acceptedFiles();
        assertThat(files).hasSize(8);
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

    private static List<String> enumOf(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.get("enum").forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    @Test
    void theSchemasEnumerations_areTheLibrarysConstants() throws IOException {
        JsonNode root = schema();
        JsonNode defs = root.get("$defs");
        JsonNode tier = defs.get("tier").get("properties");
        JsonNode terms = root.get("properties").get("terms").get("properties");
        assertThat(enumOf(terms.get("billing"))).isEqualTo(names(BillingFrequency.class));
        assertThat(enumOf(terms.get("renewal"))).isEqualTo(names(Renewal.class));
        assertThat(enumOf(tier.get("serviceLevel"))).isEqualTo(names(ServiceLevel.class));
        assertThat(enumOf(defs.get("delivery"))).isEqualTo(names(Delivery.class));
        assertThat(enumOf(tier.get("monitoring"))).isEqualTo(names(Monitoring.class));
        JsonNode remoteHours = tier.get("quotas").get("properties").get("remoteHours").get("properties");
        assertThat(enumOf(remoteHours.get("per"))).isEqualTo(names(RemoteHoursAllowance.AllowancePeriod.class));
        assertThat(enumOf(remoteHours.get("rollover"))).isEqualTo(names(RemoteHoursAllowance.Rollover.class));
        assertThat(enumOf(tier.get("perks").get("properties").get("benefits").get("items"))).isEqualTo(names(Benefit.class));
        assertThat(enumOf(tier.get("billedOnDemand").get("items"))).isEqualTo(names(ChargeableService.class));
        assertThat(enumOf(defs.get("ownClause").get("properties").get("category"))).isEqualTo(names(ClauseCategory.class));
        assertThat(enumOf(defs.get("band"))).isEqualTo(names(TimeBand.class));
        assertThat(enumOf(defs.get("legs"))).isEqualTo(names(Legs.class));
        JsonNode usage = root.get("properties").get("usage").get("items").get("oneOf").get(0).get("properties");
        assertThat(enumOf(usage.get("commitment"))).isEqualTo(names(Commitment.class));
        JsonNode rules = defs.get("rule").get("oneOf");
        JsonNode labour = rules.get(2).get("properties");
        assertThat(enumOf(labour.get("bandApplication"))).isEqualTo(names(LabourRule.BandApplication.class));
        assertThat(enumOf(labour.get("inWarrantyLabour"))).isEqualTo(names(LabourRule.WarrantyLabour.class));
        assertThat(enumOf(rules.get(6).get("properties").get("measure"))).isEqualTo(names(Measure.class));
        assertThat(enumOf(rules.get(8).get("properties").get("basis"))).isEqualTo(names(InstalledValueBasis.class));
        // plain rule names: the reader's, and the labour rules without parameters
        TreeSet<String> plain = new TreeSet<>(Rules.plainNames());
        plain.addAll(List.of("on-site-labour", "remote-labour"));
        assertThat(new TreeSet<>(enumOf(defs.get("simpleRule")))).isEqualTo(plain);
        // clauses: every exclusion, and every inclusion with its parameter's key
        assertThat(enumOf(defs.get("exclusionId"))).isEqualTo(Arrays.stream(StandardClause.values())
                .filter(c -> c.kind() == ClauseKind.EXCLUSION).map(c -> c.id().value()).toList());
        List<String> withParameters = new ArrayList<>();
        defs.get("clauseWithParameter").get("oneOf").forEach(branch -> {
            JsonNode clause = branch.get("properties").get("clause");
            List<String> ids = clause.has("const") ? List.of(clause.get("const").asText()) : enumOf(clause);
            String parameter = branch.get("required").get(0).asText();
            ids.forEach(id -> withParameters.add(id + " " + parameter));
        });
        List<String> inclusions = new ArrayList<>(enumOf(defs.get("clauseWithoutParameter").get("properties").get("clause")));
        assertThat(Arrays.stream(StandardClause.values()).filter(c -> c.kind() == ClauseKind.INCLUSION)
                .map(c -> c.id().value() + io.github.servicecontract.model.Clause.of(c).requiredParameters().stream()
                        .map(p -> " " + ContractFile.field(p)).collect(Collectors.joining())).sorted().toList())
                .isEqualTo(java.util.stream.Stream.concat(withParameters.stream(), inclusions.stream()).sorted().toList());
    }

    @Test
    void theSchemaCommand_printsTheSchema_forAnEditor() {
        CliRun run = CliRun.of("schema");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(ContractFileSchema.text());
    }

    @Test
    void theSchemaIsDraft2020_12_withItsId() throws IOException {
        JsonNode root = schema();
        assertThat(root.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(root.get("$id").asText()).isEqualTo(ContractFileSchema.ID);
        assertThat(root.get("additionalProperties").asBoolean(true)).isFalse();
    }
}
