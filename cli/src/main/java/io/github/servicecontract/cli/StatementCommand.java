package io.github.servicecontract.cli;

import io.github.servicecontract.i18n.RenderOptions;
import io.github.servicecontract.i18n.StatementDocuments;
import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.jackson.contractfile.InputException;
import io.github.servicecontract.jackson.contractfile.WorkLogFile;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.statement.Statement;
import io.github.servicecontract.pricing.statement.Statements;
import io.github.servicecontract.pricing.statement.WorkLog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code servicecontract statement}: what a period's on-demand work bills, against the tier's quotas and the prepayments. */
@Command(name = "statement", mixinStandardHelpOptions = true,
        description = {"Show the statement of a period: the work done on demand that the log lists, each service at the rate"
                + " card, what the tier's quotas and the contract's prepayments cover, what is billed, and the balances carried"
                + " over. Give the log of all the work since the start of the terms: earlier work sets the balances."})
final class StatementCommand implements Callable<Integer> {

    @Mixin
    Inputs inputs;

    @Mixin
    RateSheetOption rates;

    @Mixin
    TierOption tier;

    @Option(names = "--log", paramLabel = "FILE", required = true,
            description = "The work log (YAML, or JSON by its .json extension): work, a list of interventions {delivery, day,"
                    + " worked}, {tickets, day} and {updates, day}.")
    Path log;

    @Option(names = "--from", paramLabel = "DATE", required = true, description = "The first day of the period (ISO, 2026-04-01).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", required = true, description = "The last day of the period (ISO, 2026-06-30).")
    LocalDate to;

    @Override
    public Integer call() {
        ContractFile contents = inputs.contents();
        Locale locale = inputs.locale(contents);
        PricingContext context = inputs.context(contents, tier.chosen(), rates);
        WorkLog work = WorkLogFile.read(log, contents.terms());
        Statements statements;
        try {
            statements = Statements.of(context, contents.catalogue().offer(context.tier().id()).rule(), contents.prepaid());
        } catch (IllegalArgumentException e) {
            throw new InputException(inputs.source(), "/prepaid", e.getMessage());
        }
        if (to.isBefore(from)) {
            throw new InputException("--to", "", "must be on or after --from " + from + ", was " + to);
        }
        Statement statement;
        try {
            statement = statements.statement(from, to.plusDays(1), work);
        } catch (io.github.servicecontract.pricing.MissingRateException e) {
            throw new InputException(rates.nameFor(contents), "", e.getMessage()); // the sheet lacks a rate, not the log
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            String option = message.startsWith("from ") ? "--from" : message.startsWith("until ") ? "--to" : log.toString();
            throw new InputException(option, "", message.startsWith("until ") ? "must be no later than the end of the term "
                    + PricingContext.usageEnd(contents.terms()).minusDays(1) + ", was " + to : message);
        }
        if (inputs.json()) {
            java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
            fields.put("rateSheet", rates.nameFor(contents));
            fields.put("statement", statement);
            fields.put("taxed", statement.taxed(inputs.invoiceTax(contents)));
            inputs.printJson("statement", locale, fields);
            return 0;
        }
        RenderOptions options = RenderOptions.builder().taxation(inputs.invoiceTax(contents)).issuer(contents.integrator())
                .client(contents.client().withLocale(locale)).build();
        inputs.print(locale, StatementDocuments.statement(statement, locale, options));
        return 0;
    }
}
