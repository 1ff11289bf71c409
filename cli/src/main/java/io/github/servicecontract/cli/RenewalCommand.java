package io.github.servicecontract.cli;

import io.github.servicecontract.i18n.ContractDocuments;
import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.jackson.contractfile.InputException;
import io.github.servicecontract.model.Contract;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code servicecontract renewal}: the notice that the contract renews, for the term running on a day. */
@Command(name = "renewal", mixinStandardHelpOptions = true,
        description = {"Show the notice, sent on a day, that the contract renews: the term's last day, the renewal date and"
                + " the last day to object, never one already past (in France, the consumer code's article L. 215-1 notice,"
                + " in its window)."})
final class RenewalCommand implements Callable<Integer> {

    @Mixin
    Inputs inputs;

    @Mixin
    TierOption tier;

    @Option(names = "--on", paramLabel = "DATE",
            description = "The day the notice is sent (ISO, 2026-10-01); after the running term's last day to object, the"
                    + " notice is about the next renewal. Default: today.")
    LocalDate on;

    @Override
    public Integer call() {
        ContractFile contents = inputs.contents();
        Locale locale = inputs.locale(contents);
        Contract contract = inputs.contract(contents, locale, tier.chosen());
        io.github.servicecontract.i18n.Document notice;
        try {
            notice = ContractDocuments.renewalNotice(contract, on == null ? LocalDate.now() : on,
                    io.github.servicecontract.i18n.RenderOptions.builder().issuer(contents.integrator()).build());
        } catch (IllegalArgumentException e) {
            // a day the notice cannot be about names the option (or today); a contract without one, its file
            throw new InputException(e.getMessage().startsWith("day ") ? (on == null ? "today" : "--on") : inputs.source(), "",
                    e.getMessage());
        }
        inputs.print(locale, notice);
        return 0;
    }
}
