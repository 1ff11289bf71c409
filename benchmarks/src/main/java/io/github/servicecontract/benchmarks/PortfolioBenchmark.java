package io.github.servicecontract.benchmarks;

import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.Quote;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Re-pricing a whole customer base after a rate change: 10 k, 100 k and 1 M generated contracts,
 * sequentially and in parallel. Goal: 1 M contracts in under 10 s on 2 cores, cost linear in the
 * number of contracts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class PortfolioBenchmark {

    @Param({"10000", "100000", "1000000"})
    public int contracts;

    private List<PricingContext> portfolio;

    /** Generates the portfolio once per trial. */
    @Setup
    public void generate() {
        portfolio = Workloads.portfolio(contracts, 20261126L);
    }

    /** One thread. */
    @Benchmark
    public BigDecimal sequential() {
        BigDecimal sum = BigDecimal.ZERO;
        for (PricingContext context : portfolio) {
            sum = sum.add(total(context));
        }
        return sum;
    }

    /** Every core, through a parallel stream. */
    @Benchmark
    public BigDecimal parallel() {
        return portfolio.parallelStream().map(PortfolioBenchmark::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * One thread, with the throughput collector a batch re-pricing would use: a million contexts
     * hold 3.3 GB, and the default G1 collector keeps marking them concurrently, taking one of the
     * two cores from the pricing.
     */
    @Benchmark
    @Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
    public BigDecimal sequentialThroughputCollector() {
        return sequential();
    }

    /** Every core, with the throughput collector. */
    @Benchmark
    @Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
    public BigDecimal parallelThroughputCollector() {
        return parallel();
    }

    private static BigDecimal total(PricingContext context) {
        return Quote.of(context, Workloads.PORTFOLIO_RULE).total().getNumber().numberValueExact(BigDecimal.class);
    }
}
