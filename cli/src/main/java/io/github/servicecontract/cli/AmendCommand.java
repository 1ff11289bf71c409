package io.github.servicecontract.cli;

import io.github.servicecontract.i18n.AmendmentDocuments;
import io.github.servicecontract.i18n.RenderOptions;
import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.jackson.contractfile.InputException;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.billing.AmendedSchedule;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import io.github.servicecontract.pricing.billing.ChangeTiming;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code servicecontract amend}: a change of the contract mid-term, with its adjustment and the invoices from it. */
@Command(name = "amend", mixinStandardHelpOptions = true,
        description = {"Show the amendment of a contract changed on a day: another tier (--new-tier) or another site or tier"
                + " from a second contract file of the same terms (--changed), the adjustment of the period already invoiced"
                + " and the invoices from the change on."})
final class AmendCommand implements Callable<Integer> {

    @Mixin
    Inputs inputs;

    @Mixin
    RateSheetOption rates;

    @Mixin
    TierOption tier;

    @Option(names = "--new-tier", paramLabel = "ID", description = "The tier the contract changes to, from the same file.")
    String newTier;

    @Option(names = "--changed", paramLabel = "FILE",
            description = "The changed contract (a contract file of the same terms: equipment added or removed, another tier).")
    Path changed;

    @Option(names = "--on", paramLabel = "DATE", required = true, description = "The day the change is asked for (ISO, 2026-05-12).")
    LocalDate on;

    @Option(names = "--timing", paramLabel = "WHEN", defaultValue = "IMMEDIATELY",
            description = "IMMEDIATELY (the period already invoiced is adjusted), NEXT_PERIOD or ANNIVERSARY. Default: ${DEFAULT-VALUE}.")
    ChangeTiming timing;

    @Override
    public Integer call() {
        if ((newTier == null) == (changed == null)) {
            throw new InputException(newTier == null ? "--new-tier" : "--changed", "", "give either --new-tier or --changed, not "
                    + (newTier == null ? "neither" : "both"));
        }
        ContractFile contents = inputs.contents();
        Locale locale = inputs.locale(contents);
        Quote before = inputs.quote(contents, tier.chosen(), rates);
        Quote after;
        if (newTier != null) {
            after = inputs.quote(contents, Optional.of(newTier), rates);
        } else {
            ContractFile other = ContractFile.read(changed);
            after = inputs.priced(other, Quote.of(other.context(other.catalogue().offer(other.tier()).tier(), rates.tableFor(other),
                    other.terms().start()), other.catalogue().offer(other.tier()).rule()));
        }
        BillingPolicy policy = BillingPolicy.builder().taxation(inputs.invoiceTax(contents)).build();
        AmendedSchedule amended;
        try {
            amended = AmendedSchedule.of(BillingSchedule.of(before, policy)).amend(BillingSchedule.of(after, policy), on, timing);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new InputException(message.startsWith("requested ") ? "--on" : changed == null ? "--new-tier" : changed.toString(), "",
                    message);
        }
        RenderOptions options = RenderOptions.builder().issuer(contents.integrator()).client(contents.client().withLocale(locale))
                .build();
        inputs.print(locale, AmendmentDocuments.amendment(amended, amended.amendments().get(0), before, after, locale, options));
        return 0;
    }
}
