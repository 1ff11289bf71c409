package io.github.servicecontract.benchmarks;

import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.QuoteLine;
import io.github.servicecontract.pricing.RateCardEntry;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One quote of DOMAIN.md example 1 with every kind of line and its trace, by the library and by
 * hand (see {@link HandWritten}: from the counts, from the contract, and with its lines). The
 * setup checks that all six give the same total, and that the hand-written lines are the
 * library's. Goal: the library within 2x of the hand-written BigDecimal code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QuoteBenchmark {

    // Inputs read from state fields, not constants, so that the JIT cannot fold the hand-written code away.
    int devices = 45;
    int subsystems = 4;
    BigDecimal equipment = new BigDecimal("19635.00");
    long equipmentCents = 1_963_500L;
    PricingContext contract = Workloads.LYON_CONTEXT;
    HandWritten.Rates rates = HandWritten.Rates.EXAMPLE;
    HandWritten.CentRates centRates = HandWritten.CentRates.EXAMPLE;

    /** Checks that the six ways agree, line by line where there are lines, before anything is measured. */
    @Setup
    public void sameTotalSixWays() {
        Quote quote = Quote.of(Workloads.LYON_CONTEXT, Workloads.FULL_RULE);
        BigDecimal library = decimal(quote.total());
        HandWritten.Explained explained = HandWritten.explainedWithBigDecimal(contract, rates);
        List<BigDecimal> byHand = List.of(HandWritten.totalWithBigDecimal(devices, subsystems, equipment),
                BigDecimal.valueOf(HandWritten.totalInCents(devices, subsystems, equipmentCents), 2),
                HandWritten.totalWithBigDecimal(contract, rates),
                BigDecimal.valueOf(HandWritten.totalInCents(contract, centRates), 2), explained.total());
        if (byHand.stream().anyMatch(total -> total.compareTo(library) != 0)) {
            throw new IllegalStateException("totals differ: library " + library + ", by hand " + byHand);
        }
        List<String> libraryLines = quote.lines().stream().map(line -> describe(line.component().id(), line.quantity(),
                decimal(line.unitPrice()), decimal(line.amount()))).toList();
        List<String> handWrittenLines = explained.lines().stream()
                .map(line -> describe(line.component(), line.quantity(), line.unitPrice(), line.amount())).toList();
        if (!handWrittenLines.equals(libraryLines)) {
            throw new IllegalStateException("lines differ: library " + libraryLines + ", by hand " + handWrittenLines);
        }
    }

    private static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    /** A line's values, numbers compared by value whatever their scale. */
    private static String describe(String component, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {
        return component + " " + quantity.stripTrailingZeros().toPlainString() + " x " + unitPrice.stripTrailingZeros().toPlainString()
                + " = " + amount.stripTrailingZeros().toPlainString();
    }

    /**
     * The library: every line priced and rounded, with its trace and the rate card recorded, and
     * the total read as a {@link MonetaryAmount}, as a re-pricing run or a quoting screen needs.
     * Traces and amounts are written when read (see {@link #libraryExplained}).
     */
    @Benchmark
    public MonetaryAmount library() {
        return Quote.of(Workloads.LYON_CONTEXT, Workloads.FULL_RULE).total();
    }

    /**
     * The library, then every amount, every trace step and every rate-card entry read, as a
     * screen that shows the explained quote would.
     */
    @Benchmark
    public void libraryExplained(Blackhole blackhole) {
        Quote quote = Quote.of(Workloads.LYON_CONTEXT, Workloads.FULL_RULE);
        for (QuoteLine line : quote.lines()) {
            blackhole.consume(line.unitPrice());
            blackhole.consume(line.amount());
            blackhole.consume(line.trace());
        }
        for (RateCardEntry entry : quote.rateCard()) {
            blackhole.consume(entry.standardPrice());
            blackhole.consume(entry.price());
            blackhole.consume(entry.trace());
        }
        blackhole.consume(quote.total());
    }

    /** The same arithmetic by hand with BigDecimal, from the counts. */
    @Benchmark
    public BigDecimal handWrittenBigDecimal() {
        return HandWritten.totalWithBigDecimal(devices, subsystems, equipment);
    }

    /** The same arithmetic by hand with long cents, from the counts. */
    @Benchmark
    public long handWrittenLongCents() {
        return HandWritten.totalInCents(devices, subsystems, equipmentCents);
    }

    /** The same arithmetic by hand with BigDecimal, from the contract the library reads. */
    @Benchmark
    public BigDecimal handWrittenFromContractBigDecimal() {
        return HandWritten.totalWithBigDecimal(contract, rates);
    }

    /**
     * The same quote by hand with BigDecimal, from the contract, with the library's thirteen lines
     * (without their explanations). Not what the goal compares: it shows what building the lines
     * costs code written by hand.
     */
    @Benchmark
    public HandWritten.Explained handWrittenWithLinesBigDecimal() {
        return HandWritten.explainedWithBigDecimal(contract, rates);
    }

    /** The same arithmetic by hand with long cents, from the contract the library reads. */
    @Benchmark
    public long handWrittenFromContractLongCents() {
        return HandWritten.totalInCents(contract, centRates);
    }
}
