package io.github.servicecontract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.jackson.contractfile.ContractFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input: one line naming the file, the place and the problem; exit code 2; no stack trace. */
class BadInputTest {

    @TempDir
    Path folder;

    private Path file(String name, String text) throws Exception {
        Path path = folder.resolve(name);
        Files.writeString(path, text);
        return path;
    }

    private static String sample() {
        return ContractFile.sampleText();
    }

    private static void assertFails(CliRun run, String line) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("servicecontract: " + line + "\n");
    }

    @Test
    void missingFiles() {
        assertFails(CliRun.of("quote", "-i", folder.resolve("nowhere.yaml").toString()),
                folder.resolve("nowhere.yaml") + ": no such file");
        assertFails(CliRun.of("quote", "-r", folder.resolve("rates.csv").toString()), "rates.csv: no such file");
        assertFails(CliRun.of("validate", "-r", folder.resolve("rates.csv").toString()), "rates.csv: no such file");
    }

    @Test
    void aRefusal_isAlsoJson_whenJsonWasAsked() throws Exception {
        java.nio.file.Path file = file("zero.yaml", sample().replaceFirst("quantity: \\d+", "quantity: 0"));
        CliRun run = CliRun.of("quote", "-i", file.toString(), "-f", "JSON");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("servicecontract: zero.yaml, /site/equipment/");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(json.get("format").asText()).isEqualTo("servicecontract/error");
        assertThat(json.get("version").asInt()).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode error = json.get("error");
        assertThat(error.get("source").asText()).isEqualTo("zero.yaml");
        assertThat(error.get("at").asText()).isEqualTo("/site/equipment/0");
        assertThat(error.get("problem").asText()).isEqualTo("quantity must be >= 1, was 0");
        assertThat(error.get("message").asText()).isEqualTo(run.err().substring("servicecontract: ".length()).strip());
        assertThat(error.get("exitCode").asInt()).isEqualTo(2);
        // a file that cannot be found, in validate's JSON too; without -f JSON, nothing on the standard output
        CliRun missing = CliRun.of("validate", "-i", folder.resolve("nowhere.yaml").toString(), "--format", "JSON");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(missing.out()).get("error").get("problem").asText())
                .isEqualTo("no such file");
        assertThat(CliRun.of("quote", "-i", file.toString()).out()).isEmpty();
        // an option that cannot be read is refused before the command runs, in JSON too
        CliRun badOption = CliRun.of("renewal", "--on", "1 October", "--format=json");
        assertThat(badOption.exitCode()).isEqualTo(2);
        com.fasterxml.jackson.databind.JsonNode refusal = new com.fasterxml.jackson.databind.ObjectMapper().readTree(badOption.out());
        assertThat(refusal.get("format").asText()).isEqualTo("servicecontract/error");
        assertThat(refusal.get("error").get("message").asText()).isEqualTo(badOption.err().substring("servicecontract: ".length()).strip());
        assertThat(CliRun.of("renewal", "--on", "1 October").out()).isEmpty();
    }

    @Test
    void malformedYamlAndJson() throws Exception {
        assertFails(CliRun.of("quote", "-i", file("broken.yaml", "site: [unclosed\n").toString()),
                "broken.yaml, line 1, column 16: is not valid YAML: while parsing a flow sequence");
        CliRun json = CliRun.of("quote", "-i", file("broken.json", "{ \"site\": }").toString());
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.err()).startsWith("servicecontract: broken.json, line 1, column 11: is not valid JSON: Unexpected character");
        assertFails(CliRun.of("quote", "-i", file("list.yaml", "- a\n- b\n").toString()),
                "list.yaml, /: must be a mapping with client, site, terms and tiers");
    }

    @Test
    void malformedCsv() throws Exception {
        assertFails(CliRun.of("quote", "-r", file("rates.csv", "region,component,unit,amount,currency,effective_from\n"
                + "FR,trip-fee,TRIP,4S.00,EUR,2026-01-01\n").toString()),
                "rates.csv, line 2, column amount: must be a decimal number such as 1234.56: digits, an optional minus sign and dot, at most 12 digits before the dot and 10 after it, no exponent or grouping, was \"4S.00\"");
        assertFails(CliRun.of("validate", "-r", file("short.csv", "region,component\nFR,trip-fee\n").toString()),
                "short.csv, line 1, column unit: column is missing from the header");
    }

    @Test
    void invalidRatesForAQuote_pointToValidate() throws Exception {
        Path rates = file("negative.csv", "region,component,unit,amount,currency,effective_from\nFR,trip-fee,TRIP,-45.00,EUR,2026-01-01\n");
        assertFails(CliRun.of("quote", "-r", rates.toString()),
                "negative.csv: is not valid (1 problems); run `servicecontract validate --rates negative.csv` for the report");
    }

    @Test
    void unknownTierAndLocale() {
        assertFails(CliRun.of("quote", "--tier", "platinum"), "--tier: tier must be in the catalogue [bronze, silver, gold], was platinum");
        assertFails(CliRun.of("schedule", "--tier", "Gold"),
                "--tier: tierId must be 1 to 64 lower-case letters or digits in hyphen-separated words, was \"Gold\"");
        assertFails(CliRun.of("quote", "--locale", "klingon"), "--locale: must be a language tag such as fr-FR, it-CH or en-US, was \"klingon\"");
        CliRun japanese = CliRun.of("quote", "--locale", "ja-JP");
        assertThat(japanese.exitCode()).isZero();
        assertThat(japanese.err()).isEqualTo("servicecontract: no texts in Japanese, writing in English\n");
        assertThat(japanese.out()).startsWith("Domotique Rhône SARL\n").contains("\nService contract quote\n");
    }

    @Test
    void invalidValues_nameTheirPlace() throws Exception {
        // miles priced for a site given in kilometres that are no exact number of miles, or from a radius that is not
        String austin = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/inputs/austin.yaml"));
        assertFails(CliRun.of("quote", "-i", file("austin-km.yaml", austin.replace("distance: 19 mi", "distance: 30 km")).toString()),
                "austin-km.yaml, /site/distance: must be in miles (such as 19 mi) for the miles rule that prices travel, or kilometres"
                        + " that are an exact number of miles (1 mi = 1.609344 km), was 30 km");
        assertFails(CliRun.of("quote", "-i", file("austin-radius.yaml", austin.replace("freeRadius: 10 mi", "freeRadius: 15 km")).toString()),
                "austin-radius.yaml, /tiers/0/pricing/6: freeRadius must be an exact number of mi for the miles rule (1 mi = 1.609344 km);"
                        + " give it in mi, was 15 km");
        assertFails(CliRun.of("quote", "-i", file("quantity.yaml", sample().replace("quantity: 6, unitValue: \"699.00\"",
                "quantity: 0, unitValue: \"699.00\"")).toString()), "quantity.yaml, /site/equipment/1: quantity must be >= 1, was 0");
        assertFails(CliRun.of("quote", "-i", file("overflow.yaml", sample().replace("quantity: 6, unitValue: \"699.00\"",
                "quantity: 2147483647, unitValue: \"699.00\"")).toString()),
                "overflow.yaml, /site/equipment/1/quantity: must be a whole number such as 12, of at most 9 digits, was \"2147483647\"");
        assertFails(CliRun.of("quote", "-i", file("many.yaml", sample().replace("quantity: 6, unitValue: \"699.00\"",
                "quantity: 1000001, unitValue: \"699.00\"")).toString()),
                "many.yaml, /site/equipment/1: quantity must be at most 1000000 devices, was 1000001");
        assertFails(CliRun.of("quote", "-i", file("region.yaml", sample().replace("region: FR-69", "region: Rhône")).toString()),
                "region.yaml, /site/region: country must be an upper-case ISO 3166-1 alpha-2 code, was \"Rhône\"");
        assertFails(CliRun.of("quote", "-i", file("date.yaml", sample().replace("start: 2026-01-01", "start: 1st of January")).toString()),
                "date.yaml, /terms/start: must be an ISO date such as 2026-01-01, a day of the calendar between 1900-01-01 and"
                        + " 2299-12-31, was \"1st of January\"");
        assertFails(CliRun.of("quote", "-i", file("missing.yaml", sample().replace("currency: EUR\n", "")).toString()),
                "missing.yaml, /currency: is missing");
        assertFails(CliRun.of("quote", "-i", file("clause.yaml", sample().replace("excludes: [acts-of-god, power-surge",
                "excludes: [acts-of-god, power-outage")).toString()),
                "clause.yaml, /tiers/0/excludes/1: must be a standard clause such as power-surge, or {id, text} for your own,"
                        + " was \"power-outage\"");
        assertFails(CliRun.of("quote", "-i", file("rule.yaml", sample().replace("pricing: [flat-fee, on-site-labour, remote-labour",
                "pricing: [flat-fees, on-site-labour, remote-labour")).toString()),
                "rule.yaml, /tiers/0/pricing/0: must be a pricing rule [device-fee, device-monitoring, device-updates, flat-fee,"
                        + " member-labour-discount, prepay-discount, remote-tickets, site-fee, site-monitoring, subsystem-fee,"
                        + " system-updates, trip-fee, on-site-labour, remote-labour, kilometres, miles, travel-time, zones, installed-value, bracketed,"
                        + " per-intervention],"
                        + " was \"flat-fees\"; did you mean flat-fee?");
        assertFails(CliRun.of("quote", "-i", file("measure.yaml", sample().replace("pricing: [flat-fee, device-fee,",
                "pricing: [flat-fee, {rule: bracketed, measure: ROOMS, component: device-fee},")).toString()),
                "measure.yaml, /tiers/2/pricing/1/measure: must be one of [DEVICES, SUBSYSTEMS, SITE], was \"ROOMS\"");
        assertFails(CliRun.of("quote", "-i", file("brackets.yaml", sample().replace("pricing: [flat-fee, device-fee,",
                "pricing: [flat-fee, {rule: bracketed, measure: DEVICES, component: device-fee},")).toString()),
                "no device fee rate for region FR-69, tier gold; the table has a single rate for it, not brackets");
        assertFails(CliRun.of("quote", "-i", file("twice.yaml", sample().replace("subsystem-fee, on-site-labour, remote-labour, trip-fee, prepay-discount]",
                "subsystem-fee, on-site-labour, remote-labour, trip-fee, prepay-discount, prepay-discount]")).toString()),
                "twice.yaml, /tiers/2/pricing: rules[7] must not repeat rules[6]: a rule listed twice would price twice");
        assertFails(CliRun.of("quote", "-i", file("materials.yaml", sample().replace("pricing: [flat-fee, device-fee,",
                "pricing: [flat-fee, {rule: per-intervention, component: materials, delivery: BY_POST}, device-fee,")).toString()),
                "materials.yaml, /tiers/2/pricing/1/delivery: must be one of [REMOTE, ON_SITE], was \"BY_POST\"");
        CliRun silent = CliRun.of("quote", "-i", file("silent.yaml", sample().replace(
                "    billedOnDemand: [REMOTE_SUPPORT, ON_SITE_VISIT, TRAVEL]\n", "    billedOnDemand: [ON_SITE_VISIT, TRAVEL]\n")).toString());
        assertThat(silent.err()).isEqualTo("servicecontract: silent.yaml, /tiers/2: clauses of tier gold must be consistent, found 1"
                + " problem: SERVICE_SILENTLY_FREE REMOTE_SUPPORT: service REMOTE_SUPPORT is neither included, billed on demand nor"
                + " excluded\n");
    }

    @Test
    void aContractInAnotherCurrencyThanItsRates_namesTheFileAndTheAmount() throws Exception {
        assertFails(CliRun.of("quote", "-i", file("francs.yaml", sample().replace("currency: EUR", "currency: CHF")).toString()),
                "francs.yaml: site.installedProductValue must be in the rate table's currency EUR, was CHF 24000.00");
    }

    @Test
    void verbose_addsTheStackTrace() {
        CliRun run = CliRun.of("quote", "--tier", "platinum", "--verbose");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("servicecontract: --tier: tier must be in the catalogue").contains("\tat io.github.");
    }
}
