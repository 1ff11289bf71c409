package io.github.servicecontract.cli;

import io.github.servicecontract.pricing.RateReport;
import io.github.servicecontract.pricing.RateSheet;
import io.github.servicecontract.ratesheet.RateSheetCsv;
import io.github.servicecontract.ratesheet.SampleRateSheets;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code servicecontract validate}: the whole report of a rate sheet; exit 0 when valid, 1 when not. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a rate sheet and print every problem. Exit code 0 when valid, 1 when not.")
final class ValidateCommand implements Callable<Integer> {

    @Option(names = {"-r", "--rates"}, paramLabel = "FILE", description = "Rate sheet (CSV). Default: the French sample.")
    Path rates;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RateSheet sheet;
        String name;
        if (rates == null) {
            sheet = SampleRateSheets.france();
            name = "sample france.csv";
        } else {
            if (!Files.isRegularFile(rates)) {
                throw new InputException(rates.toString(), "", "no such file");
            }
            sheet = RateSheetCsv.read(rates);
            name = rates.getFileName().toString();
        }
        RateReport report = sheet.validate();
        PrintWriter out = spec.commandLine().getOut();
        out.println(name + ": " + sheet.rows().size() + " rates, " + (report.isValid() ? "valid" : "not valid") + ", " + report);
        out.flush();
        return report.isValid() ? 0 : 1;
    }
}
