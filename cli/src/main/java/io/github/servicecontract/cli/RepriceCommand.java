package io.github.servicecontract.cli;

import io.github.servicecontract.jackson.contractfile.InputException;
import io.github.servicecontract.jackson.contractfile.Portfolio;
import io.github.servicecontract.pricing.ratesheet.InvalidRateSheetException;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import io.github.servicecontract.pricing.reprice.ImpactReport;
import io.github.servicecontract.pricing.reprice.ImpactSummary;
import io.github.servicecontract.pricing.reprice.Repricing;
import io.github.servicecontract.ratesheet.RateSheetCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.money.MonetaryAmount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code servicecontract reprice}: a portfolio re-priced under a new rate sheet, as an impact report. */
@Command(name = "reprice", mixinStandardHelpOptions = true,
        description = {"Re-price a portfolio under a new rate sheet: each contract's firm price under the old sheet and the new one,"
                + " the change, and the contracts a sheet cannot price with the reason, as CSV; the totals on the error stream.",
                "Exit code 0 when both sheets priced every contract, 1 when some could not be read or priced."})
final class RepriceCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PORTFOLIO",
            description = "A JSON Lines file (each line a contract file in JSON), - for the standard input, or a folder of contract"
                    + " files (.yaml, .yml, .json).")
    Path portfolio;

    @Option(names = "--before", required = true, paramLabel = "FILE", description = "The rate sheet the contracts are priced with now (CSV).")
    Path before;

    @Option(names = "--after", required = true, paramLabel = "FILE", description = "The new rate sheet (CSV), in the same currency.")
    Path after;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE, with a progress bar on a terminal. Default: the standard output.")
    Path output;

    /** How the report is written. */
    enum ReportFormat {
        /** A CSV row a contract. */
        CSV,
        /** JSON Lines: a header line, a line a contract, the summary's line. */
        JSON
    }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "CSV",
            description = "CSV (a row a contract) or JSON (JSON Lines: {\"format\", \"version\"}, a line a contract, then"
                    + " {\"summary\"}). Default: CSV.")
    ReportFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        refuseOverwritingAnInput();
        Repricing repricing = repricing();
        PrintWriter err = spec.commandLine().getErr();
        ImpactSummary summary;
        try (Portfolio contracts = portfolio.toString().equals("-") ? Portfolio.of(System.in, "standard input") : Portfolio.open(portfolio);
                Writer out = writer()) {
            ProgressBar bar = output != null && System.console() != null ? new ProgressBar(err) : null;
            Portfolio.Progress progress = bar == null ? Portfolio.Progress.NONE : bar;
            if (format == ReportFormat.CSV) {
                ImpactReport report = ImpactReport.csv(out);
                contracts.reprice(repricing, report, progress);
                summary = report.summary();
            } else {
                summary = jsonLines(contracts, repricing, out, progress);
            }
            if (bar != null) {
                bar.finish();
            }
        } catch (IOException | UncheckedIOException e) {
            // the portfolio's own failures are InputExceptions naming it: these are the report's
            throw new InputException(output == null ? "the standard output" : output.toString(), "", "cannot be written ("
                    + (e instanceof UncheckedIOException ? e.getCause() : e).getClass().getSimpleName() + ")");
        }
        if (output == null && spec.commandLine().getOut().checkError()) {
            throw new InputException("the standard output", "", "was closed before the whole report was written");
        }
        err.println(summaryText(summary));
        err.flush();
        return summary.repriced() == summary.contracts() ? 0 : 1;
    }

    /** Writes the JSON Lines report: the format's line, a line a contract, the summary's line; returns the summary. */
    private static ImpactSummary jsonLines(Portfolio contracts, Repricing repricing, Writer out, Portfolio.Progress progress)
            throws IOException {
        java.util.Map<String, Object> header = new java.util.LinkedHashMap<>();
        header.put("format", "servicecontract/reprice");
        header.put("version", io.github.servicecontract.jackson.ServiceContractModule.FORMAT_VERSION);
        out.write(Json.line(header) + "\n");
        ImpactSummary[] summary = {ImpactSummary.EMPTY};
        contracts.reprice(repricing, contract -> {
            summary[0] = summary[0].plus(contract);
            try {
                out.write(Json.line(contract));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, progress);
        out.write(Json.line(java.util.Map.of("summary", summary[0])) + "\n");
        return summary[0];
    }

    /** Refuses an output that is the portfolio or a sheet, which writing the report would destroy before it is read. */
    private void refuseOverwritingAnInput() {
        if (output == null || !Files.exists(output)) {
            return;
        }
        for (Path input : new Path[] {portfolio, before, after}) {
            try {
                if (!input.toString().equals("-") && Files.exists(input) && Files.isSameFile(output, input)) {
                    throw new InputException("--output", "", "is " + input + ", an input the report would overwrite; write it to"
                            + " another file");
                }
            } catch (IOException e) {
                throw new InputException("--output", "", "cannot be compared with " + input + " (" + e.getClass().getSimpleName() + ")");
            }
        }
    }

    private Repricing repricing() {
        RateSheet old = RateSheetCsv.read(before);
        RateSheet updated = RateSheetCsv.read(after);
        try {
            return Repricing.between(old, updated);
        } catch (InvalidRateSheetException e) {
            Path invalid = old.validate().isValid() ? after : before;
            throw new InputException(invalid.getFileName().toString(), "", "is not valid (" + e.report().problems().size()
                    + " problems); run `servicecontract validate --rates " + invalid + "` for the report");
        } catch (IllegalArgumentException e) {
            throw new InputException("--after", "", e.getMessage());
        }
    }

    private Writer writer() throws IOException {
        if (output == null) {
            return new PrintWriter(spec.commandLine().getOut()) {
                @Override
                public void close() {
                    flush(); // the standard output stays open
                }
            };
        }
        try {
            return new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new InputException("--output", "", "cannot be written to " + output + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The totals, in two lines: the counts, and the firm prices before and after. */
    static String summaryText(ImpactSummary summary) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "reprice: %,d contracts, %,d repriced (%,d up, %,d down, %,d unchanged)",
                summary.contracts(), summary.repriced(), summary.increased(), summary.decreased(), summary.unchanged()));
        if (summary.unreadable() > 0) {
            text.append(String.format(Locale.ROOT, ", %,d cannot be read", summary.unreadable()));
        }
        if (summary.refusedAfter() > 0) {
            text.append(String.format(Locale.ROOT, ", %,d the new sheet cannot price", summary.refusedAfter()));
        }
        if (summary.refusedBefore() > 0) {
            text.append(String.format(Locale.ROOT, ", %,d the old sheet cannot price", summary.refusedBefore()));
        }
        summary.totalBefore().ifPresent(total -> text.append(String.format(Locale.ROOT, "%nreprice: firm prices of the repriced, %s before,"
                + " %s after%s", amount(total), amount(summary.totalAfter().orElseThrow()), summary.changePercent()
                .map(percent -> " (" + (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + " %)").orElse(""))));
        return text.toString();
    }

    /** An amount with its currency's decimals, grouped by thousands: {@code EUR 4,123.00}, {@code KWD 1,234.568}, {@code JPY 12,000}. */
    private static String amount(MonetaryAmount amount) {
        BigDecimal value = new BigDecimal(io.github.servicecontract.model.internal.Checks.exactDecimal(amount)); // every digit, never rounded
        java.text.DecimalFormat format = new java.text.DecimalFormat(value.scale() == 0 ? "#,##0" : "#,##0." + "0".repeat(value.scale()),
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
        return amount.getCurrency().getCurrencyCode() + " " + format.format(value);
    }

    /** A progress bar on the error stream of a terminal, redrawn at most five times a second. */
    private static final class ProgressBar implements Portfolio.Progress {

        private static final int WIDTH = 30;
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long drawn;
        private long contracts;

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(long contracts, long done, long total) {
            this.contracts = contracts;
            long now = System.nanoTime();
            if (now - drawn >= 200_000_000L) {
                drawn = now;
                draw(done, total, now);
            }
        }

        void finish() {
            draw(1, 1, System.nanoTime());
            err.println();
            err.flush();
        }

        /** The bar, its percentage (in whole per cent, of a known size) and the contracts a second. */
        private void draw(long done, long total, long now) {
            long perSecond = contracts * 1_000_000_000L / Math.max(1, now - start);
            String bar = "";
            if (total > 0) {
                long percent = Math.min(100, done * 100 / total);
                int filled = (int) (percent * WIDTH / 100);
                bar = String.format(Locale.ROOT, "%3d%% [%s%s] ", percent, "#".repeat(filled), " ".repeat(WIDTH - filled));
            }
            err.print(String.format(Locale.ROOT, "\rrepricing %s%,d contracts, %,d a second", bar, contracts, perSecond));
            err.flush();
        }
    }
}
