package io.github.servicecontract.cli;

import io.github.servicecontract.i18n.ContractDocuments;
import io.github.servicecontract.pricing.TierComparison;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code servicecontract compare}: every tier of the file, side by side, for the same site and usage. */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "Compare every tier side by side for the site and its usage.")
final class CompareCommand implements Callable<Integer> {

    @Mixin
    Inputs inputs;

    @Mixin
    RateSheetOption rates;

    @Override
    public Integer call() {
        ContractFile.Contents contents = inputs.contents();
        Locale locale = inputs.locale(contents);
        TierComparison comparison = TierComparison.of(inputs.context(contents, Optional.empty(), rates), contents.catalogue());
        comparison.quotes().forEach(quote -> inputs.priced(contents, quote));
        inputs.print(locale, inputs.tax(contents).map(tax -> ContractDocuments.comparison(comparison, locale, tax))
                .orElseGet(() -> ContractDocuments.comparison(comparison, locale)));
        return 0;
    }
}
