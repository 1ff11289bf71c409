package io.github.servicecontract.cli;

import io.github.servicecontract.i18n.ContractDocuments;
import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.jackson.contractfile.InputException;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code servicecontract schedule}: the invoices of a tier over the whole term. */
@Command(name = "schedule", mixinStandardHelpOptions = true, description = "Show the invoices over the term.")
final class ScheduleCommand implements Callable<Integer> {

    @Mixin
    Inputs inputs;

    @Mixin
    RateSheetOption rates;

    @Mixin
    TierOption tier;

    @Option(names = "--months", paramLabel = "N", defaultValue = "12",
            description = "How many months of an open-ended contract to invoice. Default: ${DEFAULT-VALUE}.")
    int months;

    @Override
    public Integer call() {
        ContractFile contents = inputs.contents();
        Locale locale = inputs.locale(contents);
        Taxation tax = inputs.invoiceTax(contents);
        BillingPolicy policy;
        try {
            policy = BillingPolicy.builder().taxation(tax).openEndedMonths(months).build();
        } catch (IllegalArgumentException e) {
            throw new InputException("--months", "", e.getMessage());
        }
        BillingSchedule schedule = BillingSchedule.of(inputs.quote(contents, tier.chosen(), rates), policy);
        if (inputs.json()) {
            Map<String, Object> fields = new java.util.LinkedHashMap<>();
            fields.put("rateSheet", rates.nameFor(contents));
            fields.put("schedule", schedule);
            inputs.printJson("schedule", locale, fields);
            return 0;
        }
        inputs.print(locale, ContractDocuments.schedule(schedule, locale));
        return 0;
    }
}
