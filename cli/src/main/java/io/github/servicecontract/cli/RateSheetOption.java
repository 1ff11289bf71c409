package io.github.servicecontract.cli;

import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.jackson.contractfile.InputException;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.pricing.RateTable;
import io.github.servicecontract.pricing.ratesheet.InvalidRateSheetException;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import io.github.servicecontract.ratesheet.RateSheetCsv;
import io.github.servicecontract.ratesheet.SampleRateSheets;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The rate sheet a pricing command reads: {@code --rates}, or the sample sheet of the site's country. */
final class RateSheetOption {

    @Option(names = {"-r", "--rates"}, paramLabel = "FILE",
            description = "Rate sheet (CSV). Default: the sample rate sheet of the contract's country.")
    Path rates;

    /** A rate sheet and the name to give it in messages. */
    record Named(RateSheet sheet, String name) {}

    /**
     * Reads the sheet given, or the sample sheet of {@code region}'s country.
     *
     * @throws InputException if there is no sample for the country
     * @throws io.github.servicecontract.ratesheet.RateSheetFormatException if the file cannot be read as a rate sheet
     */
    Named read(RegionCode region) {
        Read known = read;
        if (known != null && known.region().equals(region)) {
            return known.named();
        }
        Named named = rates == null ? new Named(sample(region), "sample rates of " + region.country())
                : new Named(RateSheetCsv.read(rates), rates.getFileName().toString());
        read = new Read(region, named);
        return named;
    }

    /** The sheet read for a region, kept: a command names it in its output after pricing with it. */
    private record Read(RegionCode region, Named named) {}

    private Read read;

    /**
     * The name of the sheet the contract is priced with, as JSON output gives it: the file's name, or
     * {@code "sample rates of FR"}.
     */
    String nameFor(ContractFile contents) {
        return read(contents.site().region()).name();
    }

    /** The rate table of the contract's start, from the sheet given or the sample of the site's country. */
    RateTable tableFor(ContractFile contents) {
        Named named = read(contents.site().region());
        try {
            return named.sheet().toRateTable(contents.terms().start());
        } catch (InvalidRateSheetException e) {
            throw new InputException(named.name(), "", "is not valid (" + e.report().problems().size()
                    + " problems); run `servicecontract validate --rates " + named.name() + "` for the report");
        } catch (IllegalArgumentException e) {
            throw new InputException(named.name(), "", e.getMessage());
        }
    }

    /** The sample rate sheet of a region's country. */
    private static RateSheet sample(RegionCode region) {
        switch (region.country()) {
            case "FR":
                return SampleRateSheets.france();
            case "IT":
                return SampleRateSheets.italy();
            case "CH":
                return SampleRateSheets.switzerland();
            case "US":
                return SampleRateSheets.unitedStates();
            default:
                throw new InputException("--rates", "", "is needed: there is no sample rate sheet for " + region.country());
        }
    }
}
