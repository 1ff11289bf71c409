package io.github.servicecontract.jackson.contractfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.ratesheet.RateRow;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import io.github.servicecontract.pricing.reprice.ImpactReport;
import io.github.servicecontract.pricing.reprice.RepricedContract;
import io.github.servicecontract.pricing.reprice.Repricing;
import io.github.servicecontract.ratesheet.CsvDialect;
import io.github.servicecontract.ratesheet.RateSheetCsv;
import io.github.servicecontract.ratesheet.SampleRateSheets;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A portfolio re-priced as a stream: JSON Lines and folders, unreadable contracts reported, the order kept. */
class PortfolioTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** France's sample sheet with the gold tier's flat fee at {@code amount} a month. */
    static RateSheet franceWithGoldFlatFee(String amount) {
        List<RateRow> rows = new ArrayList<>();
        for (RateRow row : SampleRateSheets.france().rows()) {
            boolean gold = row.key().component().equals(CostComponent.FLAT_FEE) && row.key().tier().map(t -> t.value().equals("gold"))
                    .orElse(false);
            rows.add(gold ? new RateRow(row.line(), row.key(), row.upTo(), row.mode(), row.flat(), row.unit(), new BigDecimal(amount),
                    row.currency(), row.effectiveFrom(), row.effectiveUntil()) : row);
        }
        return RateSheet.of(rows);
    }

    static final Repricing FLAT_FEE_65 = Repricing.between(SampleRateSheets.france(), franceWithGoldFlatFee("65.00"));

    /** The sample as one line of JSON, with {@code number} as its document's number, or no document if null. */
    static String sampleLine(String number) throws IOException {
        ObjectNode sample = (ObjectNode) new YAMLMapper().readTree(ContractFile.sampleText());
        if (number == null) {
            sample.remove("document");
        } else {
            ((ObjectNode) sample.get("document")).put("number", number);
        }
        return JSON.writeValueAsString(sample);
    }

    @Test
    void aJsonLinesPortfolio_isRepricedInOrder_blankLinesSkipped_andAnUnreadableLineReported(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("contracts.jsonl"), sampleLine("C-1") + "\n\n" + "{\"currency\": \"EUR\"}\r\n"
                + sampleLine(null) + "\n" + sampleLine("C-5"), StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder();
        ImpactReport report = ImpactReport.csv(csv);
        List<long[]> progress = new ArrayList<>();

        try (Portfolio portfolio = Portfolio.open(file)) {
            assertThat(portfolio.reprice(FLAT_FEE_65, report, (contracts, done, total) -> progress.add(new long[] {done, total}))).isEqualTo(4);
        }

        assertThat(csv.toString()).isEqualTo(String.join("\n", ImpactReport.HEADER,
                "C-1,EUR,2061.50,2118.50,57.00,2.76,",
                "line 3,,,,,,cannot be read: /client: is missing",
                "line 4,EUR,2061.50,2118.50,57.00,2.76,",
                "C-5,EUR,2061.50,2118.50,57.00,2.76,", ""));
        assertThat(report.summary().repriced()).isEqualTo(3);
        assertThat(progress).last().satisfies(last -> assertThat(last[0]).isEqualTo(last[1]).isEqualTo(Files.size(file)));
    }

    @Test
    void theReadmesExample_repricesTwoContracts_intoImpactCsv() throws IOException {
        // the README's files, where it reads them
        String sheet = RateSheetCsv.write(SampleRateSheets.france(), CsvDialect.COMMA);
        List<Path> written = List.of(Files.writeString(Path.of("france-2026.csv"), sheet),
                Files.writeString(Path.of("france-2027.csv"), sheet.replace("FR,flat-fee,,,,gold,,,,SITE,60.00,EUR",
                        "FR,flat-fee,,,,gold,,,,SITE,65.00,EUR")),
                Files.writeString(Path.of("contracts.jsonl"), sampleLine("C-1") + "\n" + sampleLine("C-2") + "\n"), Path.of("impact.csv"));
        try {
            Repricing repricing = Repricing.between(RateSheetCsv.read(Path.of("france-2026.csv")), RateSheetCsv.read(Path.of("france-2027.csv")));
            try (Portfolio portfolio = Portfolio.open(Path.of("contracts.jsonl"));
                    Writer out = Files.newBufferedWriter(Path.of("impact.csv"))) {
                ImpactReport report = ImpactReport.csv(out);
                portfolio.reprice(repricing, report, Portfolio.Progress.NONE);
                System.out.println(report.summary().increased() + " contracts rise"); // 2 contracts rise
            }

            assertThat(Files.readString(Path.of("impact.csv"))).isEqualTo(ImpactReport.HEADER + "\nC-1,EUR,2061.50,2118.50,57.00,2.76,\n"
                    + "C-2,EUR,2061.50,2118.50,57.00,2.76,\n");
        } finally {
            for (Path file : written) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void aLineLongerThanAContractFileMayBe_isRefused_andTheNextLinesRead(@TempDir Path folder) throws IOException {
        String huge = "{\"currency\": \"" + "E".repeat((int) ContractFile.MAX_BYTES) + "\"}";
        Path file = Files.writeString(folder.resolve("contracts.jsonl"), huge + "\n" + sampleLine("C-2") + "\n");
        List<RepricedContract> contracts = new ArrayList<>();

        try (Portfolio portfolio = Portfolio.open(file)) {
            portfolio.reprice(FLAT_FEE_65, contracts::add, Portfolio.Progress.NONE);
        }

        assertThat(contracts).extracting(RepricedContract::id).containsExactly("line 1", "C-2");
        assertThat(contracts.get(0).problem()).contains("cannot be read: is longer than the limit of 1,048,576 bytes");
        assertThat(contracts.get(1).isRepriced()).isTrue();
    }

    @Test
    void aLineThatIsNotUtf8_isRefused_withItsPlace(@TempDir Path folder) throws IOException {
        byte[] line = "{\"currency\": \"EUR\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(folder.resolve("contracts.jsonl"), line);
        List<RepricedContract> contracts = new ArrayList<>();

        try (Portfolio portfolio = Portfolio.open(file)) {
            portfolio.reprice(FLAT_FEE_65, contracts::add, Portfolio.Progress.NONE);
        }

        assertThat(contracts).singleElement().satisfies(contract -> assertThat(contract.problem())
                .contains("cannot be read: column 18: byte 0xE9 is not UTF-8; save the file as UTF-8"));
    }

    @Test
    void aFolderOfContractFiles_isRepricedInNameOrder_eachNamedByItsNumberOrItsFile(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("b.yaml"), ContractFile.sampleText());
        Files.writeString(folder.resolve("a.json"), sampleLine(null));
        Files.writeString(folder.resolve("notes.txt"), "not a contract");
        List<RepricedContract> contracts = new ArrayList<>();

        try (Portfolio portfolio = Portfolio.open(folder)) {
            portfolio.reprice(FLAT_FEE_65, contracts::add, Portfolio.Progress.NONE);
        }

        assertThat(contracts).extracting(RepricedContract::id).containsExactly("a.json", "DEV-2025-0142");
        assertThat(contracts).allMatch(RepricedContract::isRepriced);
    }

    @Test
    void manyContractsOfTheSameTiers_areRepricedAlike_acrossBatches(@TempDir Path folder) throws IOException {
        int count = Portfolio.BATCH_LINES + 10;
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append(sampleLine("C-" + i)).append('\n');
        }
        Path file = Files.writeString(folder.resolve("contracts.jsonl"), lines);
        List<RepricedContract> contracts = new ArrayList<>();

        try (Portfolio portfolio = Portfolio.open(file)) {
            portfolio.reprice(FLAT_FEE_65, contracts::add, Portfolio.Progress.NONE);
        }

        assertThat(contracts).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(contracts.get(i).id()).isEqualTo("C-" + i);
            assertThat(contracts.get(i).change().orElseThrow().getNumber().numberValueExact(BigDecimal.class)).isEqualByComparingTo("57.00");
        }
    }

    @Test
    void aStreamThatFailsMidway_givesTheContractsReadBefore_thenSaysWhere() throws IOException {
        byte[] two = (sampleLine("C-1") + "\n" + sampleLine("C-2") + "\n").getBytes(StandardCharsets.UTF_8);
        java.io.InputStream failing = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(two), new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });
        List<RepricedContract> contracts = new ArrayList<>();

        try (Portfolio portfolio = Portfolio.of(failing, "socket")) {
            assertThatThrownBy(() -> portfolio.reprice(FLAT_FEE_65, contracts::add, Portfolio.Progress.NONE))
                    .isInstanceOf(InputException.class).hasMessage("socket, line 3: cannot be read any further (IOException)");
        }

        assertThat(contracts).extracting(RepricedContract::id).containsExactly("C-1", "C-2");
    }

    @Test
    void aPortfolio_isReadOnce() throws IOException {
        try (Portfolio portfolio = Portfolio.of(new java.io.ByteArrayInputStream(sampleLine("C-1").getBytes(StandardCharsets.UTF_8)),
                "one")) {
            assertThat(portfolio.reprice(FLAT_FEE_65, contract -> { }, Portfolio.Progress.NONE)).isEqualTo(1);
            assertThatThrownBy(() -> portfolio.reprice(FLAT_FEE_65, contract -> { }, Portfolio.Progress.NONE))
                    .isInstanceOf(IllegalStateException.class).hasMessage("a portfolio is read once; open it again to read it again");
        }
    }

    @Test
    void aPathThatIsNeitherAFileNorAFolder_isRefused(@TempDir Path folder) {
        assertThatThrownBy(() -> Portfolio.open(folder.resolve("missing.jsonl"))).isInstanceOf(InputException.class)
                .hasMessageEndingWith("missing.jsonl: no such file or folder");
    }
}
