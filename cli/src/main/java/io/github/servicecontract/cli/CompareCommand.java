package io.github.servicecontract.cli;

import io.github.servicecontract.i18n.ContractDocuments;
import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.TierComparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        ContractFile contents = inputs.contents();
        Locale locale = inputs.locale(contents);
        TierComparison comparison = TierComparison.of(inputs.context(contents, Optional.empty(), rates), contents.catalogue());
        comparison.quotes().forEach(quote -> inputs.priced(contents, quote));
        if (inputs.json()) {
            List<Map<String, Object>> tiers = new ArrayList<>();
            for (Quote quote : comparison.quotes()) {
                Map<String, Object> tier = new LinkedHashMap<>();
                tier.put("tier", quote.context().tier().id());
                tier.put("details", quote.context().tier());
                tier.put("quote", quote);
                inputs.tax(contents).ifPresent(tax -> tier.put("committed", quote.committed(tax)));
                tiers.add(tier);
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("rateSheet", rates.nameFor(contents));
            inputs.tax(contents).ifPresent(tax -> fields.put("taxation", tax));
            fields.put("tiers", tiers);
            inputs.printJson("comparison", locale, fields);
            return 0;
        }
        inputs.print(locale, inputs.tax(contents).map(tax -> ContractDocuments.comparison(comparison, locale, tax))
                .orElseGet(() -> ContractDocuments.comparison(comparison, locale)));
        return 0;
    }
}
