package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.servicecontract.pricing.Intervention;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.QuoteLine;
import io.github.servicecontract.pricing.TimeBand;
import io.github.servicecontract.pricing.Usage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import io.github.servicecontract.pricing.StandardTraceKey;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RenderProperties {

    private static Gen<Quote> quotes() {
        return integers().between(0, 5).zip(longs().all(), (visits, seed) -> {
            java.util.Random random = new java.util.Random(seed);
            List<Intervention> interventions = new ArrayList<>();
            for (int i = 0; i < visits; i++) {
                // in business hours whatever the day: the sample table has no weekend or holiday rate
                interventions.add(Intervention.onSite(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(360)),
                        Duration.ofMinutes(1 + random.nextInt(480))).withBand(TimeBand.BUSINESS_HOURS));
            }
            PricingContext context = PricingContext.builder().from(Samples.LYON_CONTEXT)
                    .usage(Usage.builder().addAllInterventions(interventions).build()).build();
            return Quote.of(context, Samples.GOLD_RULE);
        });
    }

    private static Gen<Locale> locales() {
        return Generate.pick(Samples.LOCALES);
    }

    @Test
    void everyRenderedQuoteShowsEachLinesAmountOnceInItsLocalesFormat_inDateOrder() {
        qt().forAll(quotes(), locales(), Generate.enumValues(DocumentFormat.class)).checkAssert((quote, locale, format) -> {
            Document document = ContractDocuments.quote(quote, locale, RenderOptions.SUMMARY);
            MoneyFormat money = MoneyFormat.of(locale);
            List<QuoteLine> ordered = ContractDocuments.inDateOrder(quote.lines());
            assertThat(ordered).containsExactlyInAnyOrderElementsOf(quote.lines());
            List<LocalDate> days = ordered.stream().map(line -> line.trace().valueOf(StandardTraceKey.DAY))
                    .flatMap(java.util.Optional::stream).map(LocalDate.class::cast).toList();
            assertThat(days).isSorted();
            List<String> expected = ordered.stream().map(QuoteLine::amount).map(money::format).toList();
            String item = Messages.of(locale).text(TextKey.COLUMN_ITEM);
            Document.Table lines = document.tables().stream().filter(table -> table.header().get(0).equals(item)).findFirst()
                    .orElseThrow();
            assertThat(lines.column(ContractDocuments.AMOUNT_COLUMN)).containsExactlyElementsOf(expected);
            String rendered = document.render(format);
            for (List<String> row : lines.rows()) {
                String amount = row.get(ContractDocuments.AMOUNT_COLUMN);
                String shown = format == DocumentFormat.HTML ? DocumentWriters.htmlEscape(amount)
                        : format == DocumentFormat.MARKDOWN ? DocumentWriters.markdownEscape(amount) : amount;
                assertThat(rendered).contains(shown);
            }
        });
    }

    @Test
    void renderingIsDeterministic() {
        qt().forAll(quotes(), locales(), Generate.enumValues(DocumentFormat.class)).checkAssert((quote, locale, format) -> {
            RenderOptions options = RenderOptions.builder().detail(RenderOptions.Detail.EXPLAINED).build();
            String first = ContractDocuments.quote(quote, locale, options).render(format);
            String second = ContractDocuments.quote(quote, locale, options).render(format);
            assertThat(first).isEqualTo(second);
        });
    }
}
