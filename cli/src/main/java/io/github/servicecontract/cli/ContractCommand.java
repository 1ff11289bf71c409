package io.github.servicecontract.cli;

import io.github.servicecontract.i18n.ContractDocuments;
import io.github.servicecontract.i18n.RenderOptions;
import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.model.Contract;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code servicecontract contract}: the contract of the tier sold, with its prices, invoices and terms. */
@Command(name = "contract", mixinStandardHelpOptions = true,
        description = "Show the contract of the tier sold: the client, the site, what is included and not, every price,"
                + " the invoices and the terms.")
final class ContractCommand implements Callable<Integer> {

    @Mixin
    Inputs inputs;

    @Mixin
    RateSheetOption rates;

    @Mixin
    TierOption tier;

    @Option(names = "--explain", description = "Explain how every amount is calculated.")
    boolean explain;

    @Override
    public Integer call() {
        ContractFile contents = inputs.contents();
        Locale locale = inputs.locale(contents);
        Quote quote = inputs.quote(contents, tier.chosen(), rates);
        Contract contract = inputs.contract(contents, locale, tier.chosen());
        Taxation tax = inputs.invoiceTax(contents);
        // the file's document number is the quote's: the contract is numbered when it is signed, not with the quote's number
        RenderOptions options = RenderOptions.builder().taxation(tax).issuer(contents.integrator())
                .schedule(BillingSchedule.of(quote, BillingPolicy.builder().taxation(tax).build()))
                .detail(explain ? RenderOptions.Detail.EXPLAINED : RenderOptions.Detail.SUMMARY).build();
        inputs.print(locale, ContractDocuments.contract(contract, quote, options));
        return 0;
    }
}
