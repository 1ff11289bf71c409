package io.github.servicecontract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.ratesheet.CsvDialect;
import io.github.servicecontract.ratesheet.RateSheetCsv;
import io.github.servicecontract.ratesheet.SampleRateSheets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reprice}: the impact report of a new rate sheet on a portfolio, as a newcomer runs it. */
class RepriceCommandTest {

    private static String line(String number) throws IOException {
        ObjectNode sample = (ObjectNode) new YAMLMapper().readTree(ContractFile.sampleText());
        ((ObjectNode) sample.get("document")).put("number", number);
        return new ObjectMapper().writeValueAsString(sample);
    }

    /** The French sample sheet, and the same with the gold flat fee at 65.00 a month. */
    private static Path[] sheets(Path folder) throws IOException {
        String before = RateSheetCsv.write(SampleRateSheets.france(), CsvDialect.COMMA);
        String after = before.replace("FR,flat-fee,,,,gold,,,,SITE,60.00,EUR", "FR,flat-fee,,,,gold,,,,SITE,65.00,EUR");
        assertThat(after).isNotEqualTo(before);
        return new Path[] {Files.writeString(folder.resolve("france-2026.csv"), before), Files.writeString(folder.resolve("france-2027.csv"),
                after)};
    }

    @Test
    void aPortfolio_isReportedAsCsv_withItsTotalsOnTheErrorStream(@TempDir Path folder) throws IOException {
        Path[] sheets = sheets(folder);
        Path portfolio = Files.writeString(folder.resolve("contracts.jsonl"), line("C-1") + "\n" + line("C-2") + "\n");

        CliRun run = CliRun.of("reprice", portfolio.toString(), "--before", sheets[0].toString(), "--after", sheets[1].toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("contract,currency,before,after,change,change_percent,problem\n"
                + "C-1,EUR,2061.50,2118.50,57.00,2.76,\nC-2,EUR,2061.50,2118.50,57.00,2.76,\n");
        assertThat(run.err()).isEqualTo("reprice: 2 contracts, 2 repriced (2 up, 0 down, 0 unchanged)\n"
                + "reprice: firm prices of the repriced, EUR 4,123.00 before, EUR 4,237.00 after (+2.76 %)\n");
    }

    @Test
    void aContractThatCannotBeRead_isReported_andTheExitCodeIs1(@TempDir Path folder) throws IOException {
        Path[] sheets = sheets(folder);
        Path portfolio = Files.writeString(folder.resolve("contracts.jsonl"), "{\"currency\": \"EURO\"}\n" + line("C-2") + "\n");
        Path report = folder.resolve("impact.csv");

        CliRun run = CliRun.of("reprice", portfolio.toString(), "--before", sheets[0].toString(), "--after", sheets[1].toString(),
                "-o", report.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report)).isEqualTo("contract,currency,before,after,change,change_percent,problem\n"
                + "line 1,,,,,,\"cannot be read: /currency: must be an ISO 4217 currency code, was \"\"EURO\"\"\"\n"
                + "C-2,EUR,2061.50,2118.50,57.00,2.76,\n");
        assertThat(run.err()).startsWith("reprice: 2 contracts, 1 repriced (1 up, 0 down, 0 unchanged), 1 cannot be read\n");
    }

    @Test
    void aReportWrittenOverThePortfolioOrASheet_isRefused_andTheInputKept(@TempDir Path folder) throws IOException {
        Path[] sheets = sheets(folder);
        Path portfolio = Files.writeString(folder.resolve("contracts.jsonl"), line("C-1") + "\n");

        CliRun run = CliRun.of("reprice", portfolio.toString(), "--before", sheets[0].toString(), "--after", sheets[1].toString(),
                "-o", portfolio.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("servicecontract: --output: is " + portfolio + ", an input the report would overwrite; write it"
                + " to another file\n");
        assertThat(Files.readString(portfolio)).isEqualTo(line("C-1") + "\n");
    }

    @Test
    void asJson_theReportIsJsonLines_aHeader_aLineAContract_andTheSummary(@TempDir Path folder) throws IOException {
        Path[] sheets = sheets(folder);
        Path portfolio = Files.writeString(folder.resolve("contracts.jsonl"), line("C-1") + "\n{\"currency\": \"EURO\"}\n");

        CliRun run = CliRun.of("reprice", portfolio.toString(), "--before", sheets[0].toString(), "--after", sheets[1].toString(),
                "-f", "JSON");

        assertThat(run.exitCode()).isEqualTo(1);
        java.util.List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("{\"format\":\"servicecontract/reprice\",\"version\":1}");
        assertThat(lines.get(1)).isEqualTo("{\"contract\":\"C-1\",\"before\":{\"status\":\"PRICED\",\"day\":\"2026-01-01\","
                + "\"firmPrice\":{\"amount\":\"2061.50\",\"currency\":\"EUR\"}},\"after\":{\"status\":\"PRICED\",\"day\":"
                + "\"2026-01-01\",\"firmPrice\":{\"amount\":\"2118.50\",\"currency\":\"EUR\"}},\"change\":{\"amount\":\"57.00\","
                + "\"currency\":\"EUR\"},\"changePercent\":\"2.76\"}");
        assertThat(lines.get(2)).isEqualTo("{\"contract\":\"line 2\",\"before\":{\"status\":\"UNREADABLE\",\"reason\":"
                + "\"/currency: must be an ISO 4217 currency code, was \\\"EURO\\\"\"},\"after\":{\"status\":\"UNREADABLE\","
                + "\"reason\":\"/currency: must be an ISO 4217 currency code, was \\\"EURO\\\"\"}}");
        assertThat(lines.get(3)).isEqualTo("{\"summary\":{\"contracts\":2,\"repriced\":1,\"increased\":1,\"decreased\":0,"
                + "\"unchanged\":0,\"unreadable\":1,\"refusedBefore\":0,\"refusedAfter\":0,\"totalBefore\":{\"amount\":\"2061.50\","
                + "\"currency\":\"EUR\"},\"totalAfter\":{\"amount\":\"2118.50\",\"currency\":\"EUR\"},\"changePercent\":\"2.76\"}}");
        for (String json : lines) {
            new ObjectMapper().readTree(json); // each line is JSON on its own
        }
    }

    @Test
    void sheetsInDifferentCurrencies_areRefused(@TempDir Path folder) throws IOException {
        Path[] sheets = sheets(folder);
        Path dollars = Files.writeString(folder.resolve("us.csv"), RateSheetCsv.write(SampleRateSheets.unitedStates(), CsvDialect.COMMA));
        Path portfolio = Files.writeString(folder.resolve("contracts.jsonl"), line("C-1") + "\n");

        CliRun run = CliRun.of("reprice", portfolio.toString(), "--before", sheets[0].toString(), "--after", dollars.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("servicecontract: --after: after.currency must be the old sheet's EUR to compare prices, was USD\n");
    }
}
