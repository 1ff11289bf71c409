package io.github.servicecontract.ratesheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.RateKey;
import io.github.servicecontract.pricing.ratesheet.RateRow;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the CSV form of rate sheets, over brands made of the characters that break CSV and spreadsheets. */
class RateSheetCsvProperties {

    /** Characters that matter to CSV, spreadsheets and documents, letters and a few scripts' own. */
    private static final List<String> PIECES = List.of("=", "+", "-", "@", "'", "\"", ",", ";", " ", "\u00A0", "a", "Z", "9", "é",
            "ß", "日", "😀", "\u05D0", "=HYPERLINK(\"http://x\")", "\n", "\r\n", "\t", "|", "#", "..", "1,5", "1.060");

    private static Gen<String> brands() {
        return lists().of(Generate.pick(PIECES)).ofSizeBetween(1, 8).map(pieces -> String.join("", pieces))
                .assuming(brand -> !brand.isBlank() && Checks.hiddenAt(brand.replace("\n", "").replace("\r", "").replace("\t", "")) < 0)
                .map(brand -> brand.replace("\n", " ").replace("\r", " ").replace("\t", " "))
                .assuming(brand -> !brand.isBlank());
    }

    private static RateSheet withBrand(String brand) {
        RateRow sample = SampleRateSheets.france().rows().get(0);
        RateKey key = sample.key().withBrand(brand);
        return RateSheet.of(List.of(new RateRow(2, key, sample.upTo(), sample.mode(), sample.flat(), sample.unit(), sample.amount(), sample.currency(),
                sample.effectiveFrom(), sample.effectiveUntil())));
    }

    @Test
    void aSheetWrittenAndReadBack_isTheSameSheet_whateverTheBrandsText_inBothDialects() {
        qt().forAll(brands(), Generate.enumValues(CsvDialect.class)).checkAssert((brand, dialect) -> {
            RateSheet sheet = withBrand(brand);
            RateSheet again = RateSheetCsv.read(new StringReader(RateSheetCsv.write(sheet, dialect)), "rates.csv");
            assertThat(again.rows().get(0).key().brand()).hasValue(brand);
            assertThat(again).isEqualTo(sheet);
        });
    }

    @Test
    void noWrittenCell_startsAsASpreadsheetFormula() throws Exception {
        qt().forAll(brands(), Generate.enumValues(CsvDialect.class)).checkAssert((brand, dialect) -> {
            String written = RateSheetCsv.write(withBrand(brand), dialect);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(dialect.delimiter()).get();
            try (CSVParser parser = CSVParser.parse(written, format)) {
                for (CSVRecord record : parser) {
                    String brandCell = record.get(3);
                    assertThat(brandCell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
                }
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void guarding_isUndoneExactly() {
        qt().forAll(lists().of(Generate.pick(List.of("'", "=", "+", "-", "@", "a", " "))).ofSizeBetween(0, 5)
                .map(pieces -> pieces.stream().collect(Collectors.joining()))).checkAssert(text ->
                        assertThat(RateSheetCsv.unguarded(RateSheetCsv.guarded(text))).isEqualTo(text));
    }
}
