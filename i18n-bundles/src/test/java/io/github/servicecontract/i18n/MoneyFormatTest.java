package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    private static MonetaryAmount money(String amount, String currency) {
        CurrencyUnit unit = Monetary.getCurrency(currency);
        return Monetary.getDefaultAmountFactory().setCurrency(unit).setNumber(new BigDecimal(amount)).create();
    }

    private static String format(String tag, String amount, String currency) {
        return Golden.normalise(MoneyFormat.of(Locale.forLanguageTag(tag)).format(money(amount, currency)));
    }

    @Test
    void eachLocale_writesItsSymbolGroupingAndDecimalMark() {
        assertThat(format("fr-FR", "1234.50", "EUR")).isEqualTo("1 234,50 €");
        assertThat(format("fr-CH", "1234.50", "CHF")).as("CLDR: Swiss francs take a decimal point in fr-CH").isEqualTo("1 234.50 CHF");
        assertThat(format("it-IT", "1234.50", "EUR")).isEqualTo("1.234,50 €");
        assertThat(format("it-CH", "1234.50", "CHF")).isEqualTo("CHF 1'234.50");
        assertThat(format("de-DE", "1234.50", "EUR")).isEqualTo("1.234,50 €");
        assertThat(format("de-CH", "1234.50", "CHF")).isEqualTo("CHF 1'234.50");
        assertThat(format("en-US", "1234.50", "USD")).isEqualTo("$1,234.50");
        assertThat(format("en-GB", "1234.50", "GBP")).isEqualTo("£1,234.50");
    }

    @Test
    void theAmountsCurrencyDecides_notTheLocales() {
        assertThat(format("en-US", "1234.50", "EUR")).isEqualTo("€1,234.50");
        assertThat(format("fr-FR", "1234", "JPY")).isEqualTo("1 234 JPY");
    }

    @Test
    void aSymbolThatEndsOrBeginsWithALetter_isKeptApartFromTheDigits_asCldrAsks() {
        assertThat(MoneyFormat.of(Locale.US).format(money("1681.90", "CHF"))).isEqualTo("CHF\u00A01,681.90");
        assertThat(format("en-US", "-108.50", "CHF")).isEqualTo("-CHF 108.50");
        assertThat(format("en-GB", "11735.221", "BHD")).isEqualTo("BHD 11,735.221");
        assertThat(format("en-GB", "11735", "JPY")).as("a symbol ending in a currency sign").isEqualTo("JP¥11,735");
        assertThat(format("en-US", "1234.50", "EUR")).isEqualTo("€1,234.50");
        assertThat(format("de-CH", "-108.50", "CHF")).as("a space, then the minus sign").isEqualTo("CHF \u2212108.50");
        assertThat(format("it-CH", "-0.05", "CHF")).isEqualTo("CHF \u22120.05");
        assertThat(format("fr-FR", "1681.90", "CHF")).as("CLDR's own space").isEqualTo("1 681,90 CHF");
        // Luo (Kenya) writes the symbol after the digits with no space of its own
        assertThat(format("luo", "1234.50", "BHD")).isEqualTo("1,234.500 BHD");
        assertThat(format("luo", "-1234.50", "BHD")).isEqualTo("-1,234.500 BHD");
    }

    @Test
    void exactAmounts_areNeverRoundedForDisplay() {
        assertThat(format("fr-FR", "171.6625", "EUR")).isEqualTo("171,6625 €");
        assertThat(format("en-GB", "5", "GBP")).isEqualTo("£5.00");
    }

    @Test
    void goldenFormats_pinnedToTheBuildJdk() {
        StringBuilder all = new StringBuilder();
        for (Locale locale : Samples.LOCALES) {
            MoneyFormat format = MoneyFormat.of(locale);
            all.append(locale.toLanguageTag()).append('\t').append(format.format(money("1234567.89", "EUR"))).append('\t')
                    .append(format.format(money("-0.05", "CHF"))).append('\n');
        }
        Golden.assertMatches("money-formats.tsv", all.toString());
    }

    @Test
    void formatting_isThreadSafe() throws Exception {
        MoneyFormat french = MoneyFormat.of(Locale.FRANCE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            java.util.List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                String amount = i + ".25";
                results.add(pool.submit(() -> french.format(money(amount, "EUR"))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(Golden.normalise(results.get(i).get())).isEqualTo(String.format(Locale.ROOT, "%s,25 €",
                        i >= 1000 ? (i / 1000) + " " + String.format(Locale.ROOT, "%03d", i % 1000) : String.valueOf(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
