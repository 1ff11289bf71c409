package io.github.servicecontract.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.servicecontract.pricing.Quote;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The checks each benchmark's setup makes before anything is measured, run by the build: a change
 * to the library that the hand-written baselines or the generated workloads no longer match fails
 * here, not on the next benchmark run.
 */
class BenchmarkSetupsTest {

    @Test
    void theQuoteBenchmark_libraryAndEveryHandWrittenVersion_agreeOnTheTotalAndTheLines() {
        assertThatCode(new QuoteBenchmark()::sameTotalSixWays).doesNotThrowAnyException();
        assertThat(Quote.of(Workloads.LYON_CONTEXT, Workloads.FULL_RULE).total().getNumber().numberValueExact(BigDecimal.class))
                .isEqualByComparingTo("6061.36"); // the firm price less 5 %, the estimated updates and the one-off warranty undiscounted
    }

    @Test
    void theValidationBenchmark_sheetsAreWhatItsBenchmarksSay() {
        assertThatCode(new ValidationBenchmark()::build).doesNotThrowAnyException();
    }

    @Test
    void thePortfolioBenchmark_pricesEveryGeneratedContract() {
        PortfolioBenchmark portfolio = new PortfolioBenchmark();
        portfolio.contracts = 1_000;
        portfolio.generate();
        assertThat(portfolio.sequential()).isPositive().isEqualByComparingTo(portfolio.parallel());
    }
}
