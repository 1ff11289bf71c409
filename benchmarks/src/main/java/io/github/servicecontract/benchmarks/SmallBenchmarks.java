package io.github.servicecontract.benchmarks;

import io.github.servicecontract.i18n.ContractDocuments;
import io.github.servicecontract.i18n.DocumentFormat;
import io.github.servicecontract.i18n.RenderOptions;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.Rounding;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.billing.Allocator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Allocation of an amount into 12 instalments, rendering a quote to HTML in French, and the cost
 * of one Moneta amount (the control that explains most of a quote's cost).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SmallBenchmarks {

    private final Allocator swissCash = Allocator.of(Rounding.toIncrement(new BigDecimal("0.05"), RoundingMode.HALF_UP,
            Rounding.Step.PER_LINE), Allocator.Residual.LAST);
    private final MonetaryAmount yearInFrancs = Monetary.getDefaultAmountFactory().setCurrency("CHF")
            .setNumber(new BigDecimal("1681.90")).create();
    private final Quote quote = Quote.of(Workloads.LYON_CONTEXT, Workloads.FULL_RULE);
    private final RenderOptions options = RenderOptions.builder().taxation(Taxation.of(TaxRate.FRANCE)).detail(RenderOptions.Detail.EXPLAINED).build();

    private BigDecimal exactHours = new BigDecimal("1.75");
    private BigDecimal hourlyRate = new BigDecimal("95.00");
    private CurrencyUnit euro = Monetary.getCurrency("EUR");

    /**
     * One {@code BigDecimal} product made into a Moneta amount, as every priced line and traced
     * value is: the control against which {@code QuoteBenchmark.library} is read.
     */
    @Benchmark
    public MonetaryAmount oneMonetaAmount() {
        return Money.of(exactHours.multiply(hourlyRate), euro);
    }

    /** The same product, left a {@code BigDecimal}: what the hand-written code pays. */
    @Benchmark
    public BigDecimal oneBigDecimalProduct() {
        return exactHours.multiply(hourlyRate);
    }

    /** 1,681.90 CHF into 12 cash-rounded instalments. */
    @Benchmark
    public List<MonetaryAmount> allocateTwelveInstalments() {
        return swissCash.split(yearInFrancs, 12);
    }

    /** The example-1 quote, explained, as HTML in French. */
    @Benchmark
    public String renderQuoteToFrenchHtml() {
        return ContractDocuments.quote(quote, Locale.FRANCE, options).render(DocumentFormat.HTML);
    }
}
