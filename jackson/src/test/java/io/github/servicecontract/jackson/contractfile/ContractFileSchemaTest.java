package io.github.servicecontract.jackson.contractfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.servicecontract.jackson.ContractFileSchema;
import io.github.servicecontract.jackson.contractfile.ContractFile;
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

/** The published JSON Schema of the contract file, checked with a real validator against the sample and the README's example, and against the reader. */
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

    /** The sample and the README's example, as a JSON or YAML parser reads them and as the reader sees them, every value a text. */
    private static Map<String, JsonNode> acceptedFiles() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```json\n{\n  \"currency\"") + "```json\n".length();
        Map<String, String> texts = Map.of("lyon.yaml", ContractFile.sampleText(), "README.json", readme.substring(start,
                readme.indexOf("```", start)));
        Map<String, JsonNode> trees = new java.util.TreeMap<>();
        for (Map.Entry<String, String> text : texts.entrySet()) {
            Syntax syntax = text.getKey().endsWith(".json") ? Syntax.JSON : Syntax.YAML;
            ContractFile.parse(text.getKey(), text.getValue(), syntax); // the reader accepts it
            trees.put(text.getKey(), syntax == Syntax.JSON ? JSON.readTree(text.getValue()) : YAML.readTree(text.getValue()));
            trees.put(text.getKey() + " (as read)", StrictTree.read(text.getKey(), text.getValue(), syntax));
        }
        return trees;
    }

    @Test
    void theSampleAndTheReadmesExample_validate_asParsed_andAsRead() throws IOException {
        Map<String, JsonNode> files = acceptedFiles();
        assertThat(files).hasSize(4);
        files.forEach((name, tree) -> assertThat(errors(tree)).as(name).isEmpty());
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
                        .map(p -> " " + ContractFileReader.field(p)).collect(Collectors.joining())).sorted().toList())
                .isEqualTo(java.util.stream.Stream.concat(withParameters.stream(), inclusions.stream()).sorted().toList());
    }

    @Test
    void theSchemaIsDraft2020_12_withItsId() throws IOException {
        JsonNode root = schema();
        assertThat(root.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(root.get("$id").asText()).isEqualTo(ContractFileSchema.ID);
        assertThat(root.get("additionalProperties").asBoolean(true)).isFalse();
    }
}
