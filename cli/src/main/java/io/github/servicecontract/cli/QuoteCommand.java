package io.github.servicecontract.cli;

import io.github.servicecontract.i18n.ContractDocuments;
import io.github.servicecontract.i18n.RenderOptions;
import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.QuotePart;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

    @Mixin
    TierOption tier;

    @Option(names = "--explain", description = "Explain how every amount is calculated.")
    boolean explain;

    @Override
    public Integer call() {
        ContractFile contents = inputs.contents();
        Locale locale = inputs.locale(contents);
        Quote quote = inputs.quote(contents, tier.chosen(), rates);
        if (inputs.json()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            Map<String, Object> client = new LinkedHashMap<>();
            client.put("name", contents.client().name());
            client.put("locale", contents.client().locale().toLanguageTag());
            fields.put("client", client);
            Map<String, Object> site = new LinkedHashMap<>();
            site.put("name", contents.site().name());
            site.put("region", contents.site().region());
            site.put("distanceFromBase", contents.site().distanceFromBase());
            fields.put("site", site);
            Map<String, Object> terms = new LinkedHashMap<>();
            terms.put("start", contents.terms().start());
            terms.put("term", contents.terms().term());
            terms.put("billing", contents.terms().billingFrequency().name());
            // what each invoice of the firm price comes to before tax, as the document's "firm price per quarter"
            terms.put("firmPricePerPeriod", quote.firmPricePer(contents.terms().billingFrequency()));
            fields.put("terms", terms);
            fields.put("rateSheet", rates.nameFor(contents));
            fields.put("tier", quote.context().tier());
            fields.put("quote", quote);
            inputs.tax(contents).ifPresent(tax -> {
                fields.put("taxation", tax);
                fields.put("committed", quote.committed(tax));
                if (!quote.lines(QuotePart.ESTIMATE).isEmpty()) {
                    fields.put("estimate", quote.taxed(QuotePart.ESTIMATE, tax));
                }
            });
            inputs.printJson("quote", locale, fields);
            return 0;
        }
        RenderOptions.Builder options = RenderOptions.builder().issuer(contents.integrator()).reference(contents.document())
                .client(contents.client()).detail(explain ? RenderOptions.Detail.EXPLAINED : RenderOptions.Detail.SUMMARY);
        inputs.tax(contents).ifPresent(options::taxation);
        inputs.print(locale, ContractDocuments.quote(quote, locale, options.build()));
        return 0;
    }
}
