package io.github.servicecontract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statement command on the embedded sample and a work log. */
class StatementCommandTest {

    @TempDir
    Path folder;

    private static String log() {
        return CommandsTest.resource("lyon-log.yaml").toString();
    }

    @Test
    void theFirstQuarter_ofTheSilverTier_inFrench() {
        CliRun run = CliRun.of("statement", "--tier", "silver", "--log", log(), "--from", "2026-01-01", "--to", "2026-03-31");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        // January: 45 min within the hour a month; February: 1 h 30, 1 h included, 30 min from the bank, and 2 h on site from it
        assertThat(run.plainOut()).contains("Relevé des interventions").contains("Période : du 1er janvier 2026 au 31 mars 2026")
                .contains("Crédit d'heures de 10 h, valable jusqu'au 31 décembre 2026");
        Golden.assertMatches("statement-sample-fr.txt", run.out());
    }

    @Test
    void aLaterPeriod_opensWithWhatTheEarlierOnesLeft_inEnglishMarkdown() {
        CliRun run = CliRun.of("statement", "--tier", "silver", "--log", log(), "--from", "2026-04-01", "--to", "2026-06-30",
                "--locale", "en-GB", "--format", "markdown");
        assertThat(run.exitCode()).isZero();
        assertThat(run.plainOut()).contains("No work billed on demand in this period.")
                .contains("| Bank of 10 h, valid until 31 December 2026 | 7 h 30 min |");
    }

    @Test
    void aBadLog_isRefusedNamingTheFileAndThePlace() throws Exception {
        Path bad = folder.resolve("log.yaml");
        Files.writeString(bad, "work:\n  - { delivery: REMOTE, day: 2027-02-03, worked: PT1H }\n");
        CliRun run = CliRun.of("statement", "--log", bad.toString(), "--from", "2026-01-01", "--to", "2026-03-31");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("log.yaml").contains("/work/0/day").contains("must be within the term");

        Files.writeString(bad, "work:\n  - { tickets: 2, day: 2026-02-03 }\n");
        CliRun tickets = CliRun.of("statement", "--log", bad.toString(), "--from", "2026-01-01", "--to", "2026-03-31");
        assertThat(tickets.exitCode()).isNotZero();
        assertThat(tickets.err()).contains("log.tickets[2026-02-03]: the tier's pricing rule does not price remote-ticket");

        CliRun backwards = CliRun.of("statement", "--log", log(), "--from", "2026-03-01", "--to", "2026-01-31");
        assertThat(backwards.exitCode()).isNotZero();
        assertThat(backwards.err()).contains("--to").contains("must be on or after --from 2026-03-01");

        CliRun late = CliRun.of("statement", "--log", log(), "--from", "2026-12-01", "--to", "2027-01-31");
        assertThat(late.exitCode()).isNotZero();
        assertThat(late.err()).contains("--to").contains("no later than the end of the term 2026-12-31");
    }

    @Test
    void asJson_forAVendorsSystem_withEveryFigureExact() throws Exception {
        CliRun run = CliRun.of("statement", "--tier", "silver", "--log", log(), "--from", "2026-01-01", "--to", "2026-03-31",
                "-f", "JSON");
        assertThat(run.exitCode()).isZero();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(json.get("format").asText()).isEqualTo("servicecontract/statement");
        com.fasterxml.jackson.databind.JsonNode statement = json.get("statement");
        assertThat(statement.get("from").asText()).isEqualTo("2026-01-01");
        assertThat(statement.get("lastDay").asText()).isEqualTo("2026-03-31");
        assertThat(statement.get("totals").get("billed").toString()).isEqualTo("{\"amount\":\"94.62\",\"currency\":\"EUR\"}");
        com.fasterxml.jackson.databind.JsonNode february = statement.get("lines").get(1);
        assertThat(february.get("id").asText()).isEqualTo("remote-labour@2026-02-03");
        assertThat(february.get("work").get("quantity").asText()).isEqualTo("1.5");
        assertThat(february.get("covers").toString()).isEqualTo("[{\"by\":\"tier\",\"quantity\":\"1\",\"unit\":\"HOUR\","
                + "\"value\":{\"amount\":\"75.00\",\"currency\":\"EUR\"}},{\"by\":\"hours-bank\",\"quantity\":\"0.5\","
                + "\"unit\":\"HOUR\",\"value\":{\"amount\":\"37.50\",\"currency\":\"EUR\"}}]");
        assertThat(statement.get("prepaid").get(0).toString()).isEqualTo("{\"kind\":\"hours-bank\",\"lastDay\":\"2026-12-31\","
                + "\"hours\":\"PT10H\",\"overageRate\":{\"amount\":\"95.00\",\"currency\":\"EUR\"},\"opening\":\"PT10H\","
                + "\"drawn\":\"PT2H30M\",\"lapsed\":\"PT0S\",\"closing\":\"PT7H30M\",\"expired\":false}");
        assertThat(statement.get("remoteHours").get(0).toString()).isEqualTo("{\"from\":\"2026-01-01\",\"lastDay\":\"2026-01-31\","
                + "\"granted\":\"PT1H\",\"carriedIn\":\"PT0S\",\"used\":\"PT45M\",\"left\":\"PT15M\",\"carriedOut\":\"PT0S\","
                + "\"lapsed\":\"PT15M\"}");
        assertThat(json.get("taxed").get("payable").get("amount").asText()).isEqualTo("113.54");
    }
}
