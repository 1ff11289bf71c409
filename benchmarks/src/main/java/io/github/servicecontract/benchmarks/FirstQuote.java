package io.github.servicecontract.benchmarks;

import io.github.servicecontract.i18n.ContractDocuments;
import io.github.servicecontract.i18n.DocumentFormat;
import io.github.servicecontract.i18n.RenderOptions;
import io.github.servicecontract.pricing.Quote;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * The first quote of a fresh JVM through the library's API, as an embedding application pays it once: the classes of
 * the model, pricing and Moneta loaded, Moneta's providers looked up, the workload's contract built, a quote priced,
 * then its French document rendered (bundles and formats). Not a JMH benchmark: run it as a process, several times.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.servicecontract.benchmarks.FirstQuote
 * }</pre>
 */
public final class FirstQuote {

    private FirstQuote() {}

    /**
     * Prices the workload's quote once and renders its document, printing how long each took since {@code main} began.
     *
     * @param args none
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        Quote quote = Quote.of(Workloads.LYON_CONTEXT, Workloads.FULL_RULE);
        MonetaryAmount total = quote.total();
        long priced = System.nanoTime();
        String document = ContractDocuments.quote(quote, Locale.FRANCE, RenderOptions.SUMMARY).render(DocumentFormat.TEXT);
        long rendered = System.nanoTime();
        System.out.printf(Locale.ROOT, "first quote %.1f ms (total %s), its French document %.1f ms more (%d characters)%n",
                (priced - start) / 1e6, total, (rendered - priced) / 1e6, document.length());
    }
}
