package io.github.servicecontract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.model.Decimals;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import io.github.servicecontract.ratesheet.RateSheetCsv;
import io.github.servicecontract.ratesheet.RateSheetFormatException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz tests with Jazzer of the library's readers and renderers (issue 20): whatever the input,
 * a reader returns a value or refuses it with its own exception and one line naming the place,
 * never another exception, a stack trace or a hang; a document never carries a control or
 * invisible character or unescaped markup from a caller's text.
 *
 * <p>{@code ./mvnw verify} replays the committed inputs under
 * {@code src/test/resources/io/github/servicecontract/cli/ReadersFuzzTestInputs/<target>/} (and
 * the empty input). To fuzz one target for a while, with the inputs found kept there:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl cli -am test -DskipPitest -Dtest=ReadersFuzzTest#contractFile
 * -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m} (see README.md, Quality checks).
 */
class ReadersFuzzTest {

    private static final String SAMPLE_JSON = sampleAsJson();

    /** Every accepted decimal is read exactly as written: its plain text reads back to the same number, within bounds. */
    @FuzzTest(maxDuration = "2m")
    void decimals(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        BigDecimal value;
        try {
            value = Decimals.parse(text);
        } catch (IllegalArgumentException refused) {
            assertOneLine(refused.getMessage());
            return;
        }
        assertThat(Decimals.isInBounds(value)).isTrue();
        assertThat(Decimals.parse(value.toPlainString())).isEqualByComparingTo(value);
        assertThat(new BigDecimal(text.strip())).isEqualByComparingTo(value);
    }

    /**
     * A JSON text is an amount read exactly as written (it writes back to the same value), a syntax error of
     * Jackson's own parser (whose message quotes the bad token as it is: Jackson's, before the module sees a value),
     * or a refusal of the Jackson module in one visible line naming its place, never another exception.
     */
    @FuzzTest(maxDuration = "2m")
    void jsonAmounts(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        javax.money.MonetaryAmount amount;
        try {
            amount = AMOUNTS.readValue(text, javax.money.MonetaryAmount.class);
        } catch (com.fasterxml.jackson.core.exc.StreamReadException syntax) {
            return;
        } catch (com.fasterxml.jackson.core.JsonProcessingException refused) {
            assertOneLine(refused.getOriginalMessage());
            if (refused instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException) {
                assertThat(refused.getOriginalMessage()).as("the module's refusals name their place").startsWith("/");
            }
            return;
        }
        if (amount == null) {
            return; // the JSON literal null: Jackson's own answer for an absent value
        }
        try {
            assertThat(AMOUNTS.readValue(AMOUNTS.writeValueAsString(amount), javax.money.MonetaryAmount.class)).isEqualTo(amount);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static final ObjectMapper AMOUNTS = new ObjectMapper().registerModule(
            new io.github.servicecontract.jackson.ServiceContractModule());

    /** A CSV text is a rate sheet, which validates without an exception, or a refusal naming its line. */
    @FuzzTest(maxDuration = "2m")
    void rateSheetCsv(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        RateSheet sheet;
        try {
            sheet = RateSheetCsv.read(new StringReader(text), "fuzz.csv");
        } catch (RateSheetFormatException refused) {
            assertOneLine(refused.getMessage());
            assertThat(refused.getMessage()).startsWith("fuzz.csv");
            return;
        }
        assertThat(sheet.validate()).isNotNull();
        for (io.github.servicecontract.ratesheet.CsvDialect dialect : io.github.servicecontract.ratesheet.CsvDialect.values()) {
            RateSheet again = RateSheetCsv.read(new StringReader(RateSheetCsv.write(sheet, dialect)), "again.csv");
            assertThat(again.rows()).hasSameSizeAs(sheet.rows());
            for (int i = 0; i < sheet.rows().size(); i++) {
                assertThat(again.rows().get(i).key()).isEqualTo(sheet.rows().get(i).key());
                assertThat(again.rows().get(i).amount()).isEqualByComparingTo(sheet.rows().get(i).amount());
            }
        }
    }

    /**
     * A contract file's bytes, YAML or JSON, through the command line: a quote (exit 0) or one line
     * on the error stream naming the file (exit 2), never a stack trace.
     */
    @FuzzTest(maxDuration = "2m")
    void contractFile(FuzzedDataProvider data) throws IOException {
        boolean json = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        Path file = Files.createTempFile("fuzz", json ? ".json" : ".yaml");
        try {
            Files.write(file, bytes);
            CliRun run = CliRun.of("quote", "-i", file.toString());
            assertAnsweredAsTheCommandLineMust(run);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * A client's name and a site's, whatever their text: refused in one line, or written in each
     * format with nothing hidden in it and nothing of the names read as markup: as many lines, and
     * in HTML as many tags, as with plain names.
     */
    @FuzzTest(maxDuration = "2m")
    void renderedNames(FuzzedDataProvider data) throws IOException {
        String client = data.consumeString(200);
        String site = data.consumeRemainingAsString();
        for (String format : new String[] {"TEXT", "MARKDOWN", "HTML"}) {
            CliRun plain = contractWithNames("Client", "Site", format);
            CliRun run = contractWithNames(client, site, format);
            assertAnsweredAsTheCommandLineMust(run);
            if (run.exitCode() == 0) {
                assertThat(Checks.hiddenAt(run.out().replace("\n", ""))).as("a hidden character in %s", format).isEqualTo(-1);
                assertThat(run.out().lines().count()).as("lines of %s", format).isEqualTo(plain.out().lines().count());
                if (format.equals("HTML")) {
                    assertThat(run.out().chars().filter(c -> c == '<').count()).isEqualTo(plain.out().chars().filter(c -> c == '<').count());
                }
            }
        }
    }

    private static CliRun contractWithNames(String client, String site, String format) throws IOException {
        ObjectNode contract = (ObjectNode) new ObjectMapper().readTree(SAMPLE_JSON);
        ((ObjectNode) contract.get("client")).put("name", client);
        ((ObjectNode) contract.get("site")).put("name", site);
        Path file = Files.createTempFile("fuzz", ".json");
        try {
            Files.writeString(file, new ObjectMapper().writeValueAsString(contract));
            return CliRun.of("contract", "-i", file.toString(), "-f", format);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void assertAnsweredAsTheCommandLineMust(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isIn(0, 2);
        if (run.exitCode() == 2) {
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("servicecontract: ").endsWith("\n");
            assertOneLine(run.err().substring(0, run.err().length() - 1));
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        } else {
            assertThat(run.err()).isEmpty();
        }
    }

    private static void assertOneLine(String message) {
        assertThat(message).isNotBlank().doesNotContain("\n").doesNotContain("\r");
        assertThat(Checks.hiddenAt(message)).as("a hidden character in: %s", message).isEqualTo(-1);
    }

    private static String sampleAsJson() {
        try {
            String yaml = ContractFile.sampleText();
            return new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
