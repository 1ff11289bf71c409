package io.github.servicecontract.cli;

import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.jackson.contractfile.InputException;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.RateTable;
import io.github.servicecontract.pricing.TierCatalogue;
import io.github.servicecontract.pricing.ratesheet.RateReport;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code servicecontract validate}: the whole report of a rate sheet and, with a contract file,
 * whether the sheet prices each of its tiers on every day its rates change from the contract's
 * start; exit 0 when both hold, 1 when not.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate a rate sheet and print every problem. Exit code 0 when valid, 1 when not.",
            "With a contract file, also price each of its tiers on the contract's start and on every later day the rates"
                    + " change, and print each tier and day the sheet cannot price."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    RateSheetOption rates;

    @Option(names = {"-i", "--input"}, paramLabel = "FILE",
            description = "Contract file (YAML, or JSON by its .json extension) whose tiers the sheet must price.")
    Path input;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "TEXT",
            description = "TEXT or JSON (the report's problems with their codes). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (format != OutputFormat.TEXT && format != OutputFormat.JSON) {
            throw new InputException("--format", "", "must be TEXT or JSON for validate, was " + format);
        }
        ContractFile contents = input == null ? null : ContractFile.read(input);
        // without a contract, the French sample: the sample contract's
        RateSheetOption.Named named = rates.read(contents == null ? RegionCode.ofCountry("FR") : contents.site().region());
        RateSheet sheet = named.sheet();
        String name = named.name();
        RateReport report = sheet.validate();
        PrintWriter out = spec.commandLine().getOut();
        List<String> problems = List.of();
        List<LocalDate> days = List.of();
        if (contents != null && report.isValid()) {
            LocalDate start = contents.terms().start();
            days = new ArrayList<>(List.of(start));
            sheet.changeDates().stream().filter(day -> day.isAfter(start)).forEach(days::add);
            problems = problems(sheet, days, contents);
        }
        boolean priced = problems.isEmpty();
        if (format == OutputFormat.JSON) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("valid", report.isValid() && priced);
            Map<String, Object> rates = new LinkedHashMap<>();
            rates.put("name", name);
            rates.put("rows", sheet.rows().size());
            rates.put("report", report);
            fields.put("rates", rates);
            if (contents != null) {
                Map<String, Object> contract = new LinkedHashMap<>();
                contract.put("name", input.getFileName().toString());
                contract.put("tiers", contents.catalogue().offers().size());
                // a sheet that is not valid is not priced: saying "no problems" of it would mislead
                contract.put("checked", report.isValid());
                if (report.isValid()) {
                    contract.put("pricedOn", days);
                    contract.put("problems", problems);
                }
                fields.put("contract", contract);
            }
            Json.print(out, "validation", fields);
            return report.isValid() && priced ? 0 : 1;
        }
        out.println(name + ": " + sheet.rows().size() + " rates, " + (report.isValid() ? "valid" : "not valid") + ", " + report);
        if (contents != null && report.isValid()) {
            int tiers = contents.catalogue().offers().size();
            String file = input.getFileName().toString();
            if (problems.isEmpty()) {
                int later = days.size() - 1;
                out.println(file + ": " + (tiers == 1 ? "its tier" : "its " + tiers + " tiers") + " priced from " + days.get(0)
                        + (later == 0 ? ", the rates not changing after it"
                                : " and on " + (later == 1 ? "the later day" : "each of the " + later + " later days")
                                        + " the rates change"));
            } else {
                out.println(file + ": the sheet cannot price " + (problems.size() == 1 ? "it:" : "it " + problems.size() + " times:"));
                problems.forEach(problem -> out.println("  " + problem));
            }
        }
        out.flush();
        return report.isValid() && priced ? 0 : 1;
    }

    /**
     * What the sheet cannot price on each day: the day itself, when no rate applies on it, or a
     * tier, with why; a tier that fails for the same reason on several days in a row is named on
     * the first.
     */
    private static List<String> problems(RateSheet sheet, List<LocalDate> days, ContractFile contents) {
        List<String> problems = new ArrayList<>();
        List<String> last = new ArrayList<>();
        contents.catalogue().offers().forEach(offer -> last.add(null));
        for (LocalDate day : days) {
            RateTable table;
            try {
                table = sheet.toRateTable(day);
            } catch (IllegalArgumentException e) {
                problems.add("on " + day + ": " + e.getMessage());
                continue;
            }
            for (int i = 0; i < contents.catalogue().offers().size(); i++) {
                TierCatalogue.Offer offer = contents.catalogue().offers().get(i);
                String problem = problemOn(table, day, offer, contents);
                if (problem != null && !problem.equals(last.get(i))) {
                    problems.add("tier " + offer.tier().id() + " from " + day + ": " + problem);
                }
                last.set(i, problem);
            }
        }
        return problems;
    }

    private static String problemOn(RateTable table, LocalDate day, TierCatalogue.Offer offer, ContractFile contents) {
        try {
            Quote.of(contents.context(offer.tier(), table, day), offer.rule()).requireUsagePriced().requireOnDemandPriced();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
