package io.github.servicecontract.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.pricing.RateKey;
import io.github.servicecontract.pricing.ratesheet.RateProblem;
import io.github.servicecontract.pricing.ratesheet.RateRequirements;
import io.github.servicecontract.pricing.ratesheet.RateRow;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import io.github.servicecontract.ratesheet.CsvDialect;
import io.github.servicecontract.ratesheet.RateSheetCsv;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class GeneratorProperties {

    /** The requirements of a sheet: every plain rate it has. */
    private static RateRequirements everyPlainRateOf(RateSheet sheet) {
        Set<RateKey> keys = sheet.rows().stream().filter(row -> !row.isBracket()).map(RateRow::key).collect(Collectors.toSet());
        return RateRequirements.of(keys);
    }

    private static RateSheet replacing(RateSheet sheet, int index, RateRow row) {
        List<RateRow> rows = new ArrayList<>(sheet.rows());
        rows.set(index, row);
        return RateSheet.of(rows);
    }

    @Test
    void anyGeneratedRateSheetValidatesClean() {
        qt().forAll(ServiceContractGenerators.rateSheets()).checkAssert(sheet -> {
            assertThat(sheet.validate(everyPlainRateOf(sheet)).problems()).isEmpty();
            assertThat(sheet.toRateTable(sheet.changeDates().get(0)).currency()).isEqualTo(sheet.currency());
        });
    }

    @Test
    void droppingAnyRequiredRateIsReported() {
        qt().forAll(ServiceContractGenerators.rateSheets(), integers().between(0, 1000)).checkAssert((sheet, pick) -> {
            List<RateRow> plain = sheet.rows().stream().filter(row -> !row.isBracket()).toList();
            RateRow dropped = plain.get(pick % plain.size());
            List<RateRow> rows = new ArrayList<>(sheet.rows());
            rows.remove(dropped);
            RateSheet mutated = RateSheet.of(rows);
            assertThat(mutated.validate(everyPlainRateOf(sheet)).problems(RateProblem.Code.MISSING_RATE))
                    .extracting(RateProblem::message).contains("no " + dropped.key().describe());
        });
    }

    @Test
    void negatingAnyRateIsReported() {
        qt().forAll(ServiceContractGenerators.rateSheets(), integers().between(0, 1000)).checkAssert((sheet, pick) -> {
            int index = pick % sheet.rows().size();
            RateRow row = sheet.rows().get(index);
            BigDecimal negative = row.amount().signum() == 0 ? BigDecimal.ONE.negate() : row.amount().negate();
            RateRow negated = new RateRow(row.line(), row.key(), row.upTo(), row.mode(), row.flat(), row.unit(), negative, row.currency(),
                    row.effectiveFrom(), row.effectiveUntil());
            assertThat(replacing(sheet, index, negated).validate().problems(RateProblem.Code.NEGATIVE_RATE))
                    .extracting(RateProblem::location).containsExactly("line " + row.line());
        });
    }

    @Test
    void changingTheCurrencyOfAnyRateIsReported() {
        qt().forAll(ServiceContractGenerators.rateSheets(), integers().between(0, 1000)).checkAssert((sheet, pick) -> {
            int index = pick % sheet.rows().size();
            RateRow row = sheet.rows().get(index);
            CurrencyUnit other = Monetary.getCurrency(row.currency().getCurrencyCode().equals("EUR") ? "USD" : "EUR");
            RateRow changed = new RateRow(row.line(), row.key(), row.upTo(), row.mode(), row.flat(), row.unit(), row.amount(), other,
                    row.effectiveFrom(), row.effectiveUntil());
            RateSheet mutated = replacing(sheet, index, changed);
            assertThat(mutated.validate().problems(RateProblem.Code.MIXED_CURRENCY)).isNotEmpty();
            assertThat(mutated.validate().isValid()).isFalse();
        });
    }

    @Test
    void writingThenReadingCsvGivesAnEqualSheet() {
        qt().forAll(ServiceContractGenerators.rateSheets(), Generate.enumValues(CsvDialect.class)).checkAssert((sheet, dialect) -> {
            String csv = RateSheetCsv.write(sheet, dialect);
            assertThat(RateSheetCsv.read(new StringReader(csv), "generated.csv")).isEqualTo(sheet);
        });
    }

    @Test
    void generatedDomainValuesAreValid() {
        qt().forAll(ServiceContractGenerators.tiers()).checkAssert(tier ->
                assertThat(ServiceTier.builder().from(tier).build()).isEqualTo(tier));
        qt().forAll(ServiceContractGenerators.contracts()).checkAssert(contract ->
                assertThat(contract.clauses()).containsAll(contract.tier().clauses()));
        qt().forAll(ServiceContractGenerators.amounts()).checkAssert(amount -> assertThat(amount.isNegative()).isFalse());
        qt().forAll(ServiceContractGenerators.regions(), ServiceContractGenerators.terms()).checkAssert((region, terms) -> {
            assertThat(region.country()).hasSize(2);
            assertThat(terms.start()).isAfterOrEqualTo(java.time.LocalDate.of(2026, 1, 1));
        });
        qt().forAll(ServiceContractGenerators.sites(Monetary.getCurrency("CHF"))).checkAssert(site ->
                assertThat(site.currency().getCurrencyCode()).isEqualTo("CHF"));
    }
}
