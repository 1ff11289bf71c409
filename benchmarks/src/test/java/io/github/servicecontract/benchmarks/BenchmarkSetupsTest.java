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

    @Test
    void theRepriceBenchmark_repricesEveryGeneratedContract_eachRisingByTheGoldFlatFee() {
        RepriceBenchmark reprice = new RepriceBenchmark();
        reprice.contracts = 1_000;
        reprice.build();
        io.github.servicecontract.pricing.reprice.ImpactSummary summary = reprice.reprice();
        assertThat(summary.contracts()).isEqualTo(1_000);
        assertThat(summary.repriced()).isEqualTo(1_000);
        assertThat(summary.increased()).isEqualTo(1_000);
        // 60 more a year on each firm price, less the 5 % prepay discount: 57.00 a contract
        assertThat(summary.totalAfter().orElseThrow().subtract(summary.totalBefore().orElseThrow()).getNumber()
                .numberValueExact(BigDecimal.class)).isEqualByComparingTo("57000.00");
    }
}
