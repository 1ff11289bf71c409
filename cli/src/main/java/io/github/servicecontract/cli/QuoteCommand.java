package io.github.servicecontract.cli;

import io.github.servicecontract.i18n.ContractDocuments;
import io.github.servicecontract.i18n.RenderOptions;
import io.github.servicecontract.pricing.Quote;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code servicecontract quote}: one tier priced for the site, in the client's language. */
@Command(name = "quote", mixinStandardHelpOptions = true, description = "Price the site under a tier and show the quote.")
final class QuoteCommand implements Callable<Integer> {

    @Mixin
    Inputs inputs;

    @Mixin
    RateSheetOption rates;

    @Option(names = {"-t", "--tier"}, paramLabel = "ID", description = "The tier to price. Default: the file's tier.")
    String tier;

    @Option(names = "--explain", description = "Explain how every amount is calculated.")
    boolean explain;

    @Override
    public Integer call() {
        ContractFile.Contents contents = inputs.contents();
        Locale locale = inputs.locale(contents);
        Quote quote = inputs.quote(contents, Optional.ofNullable(tier), rates);
        RenderOptions.Builder options = RenderOptions.builder()
                .detail(explain ? RenderOptions.Detail.EXPLAINED : RenderOptions.Detail.SUMMARY);
        inputs.tax(contents).ifPresent(options::taxation);
        inputs.print(locale, ContractDocuments.quote(quote, locale, options.build()));
        return 0;
    }
}
