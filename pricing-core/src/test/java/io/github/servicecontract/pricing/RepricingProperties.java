package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.START;
import static io.github.servicecontract.pricing.Examples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.servicecontract.pricing.reprice.ImpactReport;
import io.github.servicecontract.pricing.reprice.ImpactSummary;
import io.github.servicecontract.pricing.reprice.RepricedContract;
import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The impact report's summary, over generated portfolios of repriced, refused and unreadable contracts. */
class RepricingProperties {

    /** An outcome: a price in cents from 0 to 99,999.99, or (one time in eight) a refusal. */
    private static Gen<RepricedContract.Outcome> outcomes() {
        return integers().between(-1_250_000, 9_999_999).map(cents -> cents < 0 ? new RepricedContract.Refused("no rate " + (cents % 3))
                : new RepricedContract.Priced(START, eur(BigDecimal.valueOf(cents, 2).toPlainString())));
    }

    private static Gen<RepricedContract> contracts() {
        return outcomes().zip(outcomes(), integers().between(0, 19), (before, after, pick) -> pick == 0
                ? RepricedContract.unreadable("line " + pick, "/terms: is missing") : new RepricedContract("C-" + pick, before, after));
    }

    private static ImpactSummary summary(List<RepricedContract> contracts) {
        ImpactSummary summary = ImpactSummary.EMPTY;
        for (RepricedContract contract : contracts) {
            summary = summary.plus(contract);
        }
        return summary;
    }

    @Test
    void theSummaryOfAPortfolio_isTheSumOfTheSummariesOfItsParts_whereverItIsSplit() {
        qt().forAll(lists().of(contracts()).ofSizeBetween(0, 60), integers().between(0, 60)).checkAssert((contracts, at) -> {
            int split = Math.min(at, contracts.size());
            ImpactSummary whole = summary(contracts);
            ImpactSummary parts = summary(contracts.subList(0, split)).plus(summary(contracts.subList(split, contracts.size())));
            assertThat(parts.contracts()).isEqualTo(whole.contracts());
            assertThat(parts.repriced()).isEqualTo(whole.repriced());
            assertThat(parts.unreadable()).isEqualTo(whole.unreadable());
            assertThat(parts.refusedBefore()).isEqualTo(whole.refusedBefore());
            assertThat(parts.refusedAfter()).isEqualTo(whole.refusedAfter());
            assertThat(parts.increased()).isEqualTo(whole.increased());
            assertThat(parts.decreased()).isEqualTo(whole.decreased());
            assertThat(parts.totalBefore()).isEqualTo(whole.totalBefore());
            assertThat(parts.totalAfter()).isEqualTo(whole.totalAfter());
        });
    }

    @Test
    void theSummarysCounts_addUp_andItsTotalsChangeByTheSumOfTheChanges_toTheCent() {
        qt().forAll(lists().of(contracts()).ofSizeBetween(0, 60)).checkAssert(contracts -> {
            StringBuilder csv = new StringBuilder();
            ImpactReport report = ImpactReport.csv(csv);
            contracts.forEach(report);
            ImpactSummary summary = report.summary();
            assertThat(csv.toString().lines().count()).isEqualTo(contracts.size() + 1);
            assertThat(summary.increased() + summary.decreased() + summary.unchanged()).isEqualTo(summary.repriced());
            assertThat(summary.repriced() + summary.unreadable()).isLessThanOrEqualTo(summary.contracts());
            assertThat(summary.contracts() - summary.repriced() - summary.unreadable())
                    .isEqualTo(contracts.stream().filter(c -> !c.isRepriced() && !c.isUnreadable()).count());
            MonetaryAmount changes = contracts.stream().flatMap(c -> c.change().stream()).reduce(eur("0.00"), MonetaryAmount::add);
            assertThat(summary.totalAfter().map(after -> after.subtract(summary.totalBefore().orElseThrow())).orElse(eur("0.00")))
                    .isEqualTo(changes);
        });
    }
}
