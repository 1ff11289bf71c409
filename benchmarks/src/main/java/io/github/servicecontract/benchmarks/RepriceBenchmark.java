package io.github.servicecontract.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.jackson.contractfile.Portfolio;
import io.github.servicecontract.pricing.reprice.ImpactReport;
import io.github.servicecontract.pricing.reprice.ImpactSummary;
import io.github.servicecontract.pricing.reprice.Repricing;
import io.github.servicecontract.ratesheet.CsvDialect;
import io.github.servicecontract.ratesheet.RateSheetCsv;
import io.github.servicecontract.ratesheet.SampleRateSheets;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Re-pricing a portfolio streamed as JSON Lines against an old and a new rate sheet, with its impact report written
 * (to nowhere): each contract read from its line, priced twice and reported. The contracts are the embedded sample
 * (three tiers, 45 devices, two planned visits and an estimated one), each line with its own number, site name,
 * distance, device counts and visit days among 64 variants; they are generated as they are read, so that the
 * portfolio's size is not bounded by a file or by memory. Goals: at least 200 k contracts a second on the 2 cores,
 * linear, and memory bounded (the fork has a heap of 256 MB; {@code -p contracts=10000000} runs 10 M).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class RepriceBenchmark {

    /** Distinct lines the portfolio cycles through. */
    static final int VARIANTS = 64;
    /** Where each line's number goes: ten digits, so that every line of a variant has the same length. */
    private static final String NUMBER = "C-0000000000";

    @Param({"100000", "1000000"})
    public long contracts;

    private Repricing repricing;
    private byte[][] variants;

    /** The sheets and the line variants, once per trial. */
    @Setup
    public void build() {
        String france = RateSheetCsv.write(SampleRateSheets.france(), CsvDialect.COMMA);
        String raised = france.replace("FR,flat-fee,,,,gold,,,,SITE,60.00,EUR", "FR,flat-fee,,,,gold,,,,SITE,65.00,EUR");
        repricing = Repricing.between(SampleRateSheets.france(), RateSheetCsv.read(new StringReader(raised), "france-raised.csv"));
        variants = new byte[VARIANTS][];
        try {
            ObjectMapper json = new ObjectMapper();
            for (int i = 0; i < VARIANTS; i++) {
                ObjectNode contract = (ObjectNode) new YAMLMapper().readTree(ContractFile.sampleText());
                ((ObjectNode) contract.get("document")).put("number", NUMBER);
                ObjectNode site = (ObjectNode) contract.get("site");
                site.put("name", "Villa " + i + ", Lyon").put("distance", (5 + i) + " km");
                ((ObjectNode) site.get("equipment").get(2)).put("quantity", String.valueOf(1 + i % 12));
                ArrayNode usage = (ArrayNode) contract.get("usage");
                ((ObjectNode) usage.get(0)).put("day", String.format("2026-03-%02d", 1 + i % 28));
                ((ObjectNode) usage.get(1)).put("worked", "PT" + (1 + i % 4) + "H");
                variants[i] = (json.writeValueAsString(contract) + "\n").getBytes(StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads, prices twice and reports {@link #contracts} contracts. */
    @Benchmark
    public ImpactSummary reprice() {
        ImpactReport report = ImpactReport.csv(Writer.nullWriter());
        try (Portfolio portfolio = Portfolio.of(new Lines(variants, contracts), "generated")) {
            portfolio.reprice(repricing, report, Portfolio.Progress.NONE);
        }
        return report.summary();
    }

    /** The bytes of {@code count} lines, cycling through the variants, each with its own number written into its copy. */
    static final class Lines extends InputStream {

        private final byte[][] variants;
        private final int[] numberAt;
        private final long count;
        private long line;
        private byte[] current;
        private int at;

        Lines(byte[][] variants, long count) {
            this.variants = new byte[variants.length][];
            this.numberAt = new int[variants.length];
            for (int i = 0; i < variants.length; i++) {
                this.variants[i] = variants[i].clone();
                numberAt[i] = indexOf(variants[i]) + 2;
            }
            this.count = count;
        }

        private boolean advance() {
            if (current != null && at < current.length) {
                return true;
            }
            if (line == count) {
                return false;
            }
            int variant = (int) (line % variants.length);
            current = variants[variant];
            long number = line;
            for (int digit = numberAt[variant] + 9; digit >= numberAt[variant]; digit--) {
                current[digit] = (byte) ('0' + number % 10);
                number /= 10;
            }
            at = 0;
            line++;
            return true;
        }

        private static int indexOf(byte[] bytes) {
            byte[] needle = NUMBER.getBytes(StandardCharsets.US_ASCII);
            outer:
            for (int i = 0; i + needle.length <= bytes.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            throw new IllegalStateException("a line without its number");
        }

        @Override
        public int read() {
            return advance() ? current[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int written = 0;
            while (written < length && advance()) {
                int n = Math.min(length - written, current.length - at);
                System.arraycopy(current, at, buffer, offset + written, n);
                at += n;
                written += n;
            }
            return written == 0 ? -1 : written;
        }
    }
}
