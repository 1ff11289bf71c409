package io.github.servicecontract.benchmarks;

import io.github.servicecontract.i18n.ContractDocuments;
import io.github.servicecontract.i18n.DocumentFormat;
import io.github.servicecontract.i18n.RenderOptions;
import io.github.servicecontract.pricing.Quote;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first quote of a fresh JVM through the library's API, as an embedding application pays it once: one call in
 * each of ten forks, no warm-up, so that each measures the classes of the model, pricing and Moneta loaded, Moneta's
 * providers looked up, the workload's contract built and its quote priced; then the same with its French document
 * rendered (bundles and formats). JMH's own classes are loaded before the call, as an application's would be.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar FirstQuoteBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class FirstQuoteBenchmark {

    /**
     * Prices the workload's quote, the first in its JVM.
     *
     * @return its total
     */
    @Benchmark
    public MonetaryAmount firstQuote() {
        return Quote.of(Workloads.LYON_CONTEXT, Workloads.FULL_RULE).total();
    }

    /**
     * Prices the workload's quote and renders its French document, the first in its JVM.
     *
     * @return the document's text
     */
    @Benchmark
    public String firstQuoteAndItsDocument() {
        Quote quote = Quote.of(Workloads.LYON_CONTEXT, Workloads.FULL_RULE);
        return ContractDocuments.quote(quote, Locale.FRANCE, RenderOptions.SUMMARY).render(DocumentFormat.TEXT);
    }
}
