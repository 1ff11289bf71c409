package io.github.servicecontract.ratesheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.Brackets;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.RateKey;
import io.github.servicecontract.pricing.RateTable;
import io.github.servicecontract.pricing.Role;
import io.github.servicecontract.pricing.TimeBand;
import io.github.servicecontract.pricing.ratesheet.RateProblem;
import io.github.servicecontract.pricing.ratesheet.RateRow;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateSheetCsvTest {

    private static final String HEADER = "region,component,role,brand,band,tier,up_to,mode,unit,amount,currency,effective_from,effective_until\n";
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    private static RateSheet read(String text) {
        return RateSheetCsv.read(new StringReader(text), "rates.csv");
    }

    private static void assertFails(String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(RateSheetFormatException.class).hasMessage(message);
    }

    @Test
    void samples_allValidateWithoutAProblem() {
        for (RateSheet sample : List.of(SampleRateSheets.france(), SampleRateSheets.italy(), SampleRateSheets.switzerland(),
                SampleRateSheets.unitedStates())) {
            assertThat(sample.validate().problems()).as(sample.toString()).isEmpty();
        }
    }

    @Test
    void samples_carryTheDomainFigures() {
        RateTable france = SampleRateSheets.france().toRateTable(JAN);
        assertThat(france.rate(RateKey.of(CostComponent.FLAT_FEE, RegionCode.parse("FR-69")).withTier(TierId.of("gold"))).getNumber()
                .numberValueExact(BigDecimal.class)).isEqualByComparingTo("60.00");
        assertThat(france.rate(RateKey.of(CostComponent.ON_SITE_LABOUR, RegionCode.parse("FR-34")).withRole(Role.TECHNICIAN))
                .getNumber().numberValueExact(BigDecimal.class)).isEqualByComparingTo("90.00");
        RateTable italy = SampleRateSheets.italy().toRateTable(JAN);
        assertThat(italy.rate(RateKey.of(CostComponent.SUBSYSTEM_FEE, RegionCode.parse("IT-MI")).withTier(TierId.of("essenziale")))
                .getNumber().numberValueExact(BigDecimal.class)).isEqualByComparingTo("25.00");
        assertThat(SampleRateSheets.switzerland().currency().getCurrencyCode()).isEqualTo("CHF");
        RateTable us = SampleRateSheets.unitedStates().toRateTable(JAN);
        assertThat(us.rate(RateKey.of(CostComponent.REMOTE_LABOUR, RegionCode.ofCountry("US")).withRole(Role.TECHNICIAN)
                .withBand(TimeBand.EVENING)).getNumber().numberValueExact(BigDecimal.class)).isEqualByComparingTo("250.00");
        assertThat(us.findBrackets(RateKey.of(CostComponent.DEVICE_FEE, RegionCode.ofCountry("US")).withTier(TierId.of("premier"))))
                .isPresent();
    }

    @Test
    void semicolonsWithDecimalCommas_andAByteOrderMark_areRead() {
        RateSheet sheet = read("\uFEFFregion;component;role;unit;amount;currency;effective_from\nIT;on-site-labour;TECHNICIAN;HOUR;1.234,50;EUR;2026-01-01\n");
        assertThat(sheet.rows().get(0).amount()).isEqualByComparingTo("1234.50");
        assertThat(sheet.rows().get(0).line()).isEqualTo(2);
        assertThat(read("region;component;unit;amount;currency;effective_from\nCH;trip-fee;TRIP;60.00;CHF;2026-01-01")
                .rows().get(0).amount()).isEqualByComparingTo("60.00");
    }

    @Test
    void columnsMayComeInAnyOrder_inAnyCase_andOptionalOnesMayBeLeftOut() {
        RateSheet sheet = read("Amount,Currency,Unit,Component,Region,Effective_From\n45.00,EUR,TRIP,trip-fee,FR,2026-01-01\n");
        assertThat(sheet.rows().get(0).key()).isEqualTo(RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")));
    }

    @Test
    void writingThenReading_givesAnEqualSheet_inBothDialects() {
        for (RateSheet sample : List.of(SampleRateSheets.france(), SampleRateSheets.unitedStates())) {
            for (CsvDialect dialect : CsvDialect.values()) {
                RateSheet again = read(RateSheetCsv.write(sample, dialect));
                assertThat(again).isEqualTo(sample);
            }
        }
    }

    @Test
    void aBracketsFlatAmount_isReadWrittenAndPriced_inBothDialects() {
        String cameras = "region,component,tier,up_to,mode,flat,unit,amount,currency,effective_from\n"
                + "FR,device-monitoring,gold,8,GRADUATED,,DEVICE,6.00,EUR,2026-01-01\n"
                + "FR,device-monitoring,gold,16,GRADUATED,25.00,DEVICE,4.50,EUR,2026-01-01\n"
                + "FR,device-monitoring,gold,,GRADUATED,,DEVICE,3.00,EUR,2026-01-01\n";
        RateSheet sheet = read(cameras);
        assertThat(sheet.validate().isClean()).isTrue();
        assertThat(sheet.rows()).extracting(row -> row.flat().map(BigDecimal::toPlainString).orElse("-"))
                .containsExactly("-", "25.00", "-");
        Brackets brackets = sheet.toRateTable(JAN).findBrackets(RateKey.of(CostComponent.DEVICE_MONITORING,
                RegionCode.ofCountry("FR")).withTier(TierId.of("gold"))).orElseThrow();
        assertThat(brackets.priceOf(new BigDecimal("20")).getNumber().numberValueExact(BigDecimal.class)).isEqualByComparingTo("121.00");
        for (CsvDialect dialect : CsvDialect.values()) {
            assertThat(read(RateSheetCsv.write(sheet, dialect))).isEqualTo(sheet);
        }
        assertThat(RateSheetCsv.write(sheet, CsvDialect.SEMICOLON)).contains(";GRADUATED;25,00;DEVICE;4,50;");
        assertThatThrownBy(() -> read(cameras.replace("25.00", "25.0.0"))).isInstanceOf(RateSheetFormatException.class)
                .hasMessageStartingWith("rates.csv, line 3, column flat: must be a decimal number");
    }

    @Test
    void unknownUnits_areReadThenReported() {
        RateSheet sheet = read(HEADER + "FR,trip-fee,,,,,,,VOYAGE,45.00,EUR,2026-01-01,\n");
        assertThat(sheet.validate().problems()).extracting(RateProblem::code).containsExactly(RateProblem.Code.UNKNOWN_UNIT);
        assertThat(sheet.validate().problems().get(0).location()).isEqualTo("line 2");
    }

    @Test
    void theSemicolonDialect_readsDecimalCommasAndGroupedThousands_andRefusesWhatItCannotTellApart() {
        String header = HEADER.replace(',', ';');
        for (String[] written : new String[][] {{"1060,00", "1060.00"}, {"1.060,00", "1060.00"}, {"1 060,00", "1060.00"},
                {"1\u202F060,00", "1060.00"}, {"1'060,50", "1060.50"}, {"45,5", "45.5"}, {"45.00", "45.00"}, {"0.5", "0.5"},
                {"12.345.678,9", "12345678.9"}, {"-3,25", "-3.25"}}) {
            RateSheet sheet = read(header + "FR;trip-fee;;;;;;;TRIP;" + written[0] + ";EUR;2026-01-01;\n");
            assertThat(sheet.rows().get(0).amount()).as(written[0]).isEqualTo(new BigDecimal(written[1]));
        }
        for (String ambiguous : new String[] {"1,060.00", "1.060", "12.500", "1.06.00", "1,0,6", "1.060 000,00", "10.60,00",
                "1e3", "1 06,00"}) {
            assertFails(header + "FR;trip-fee;;;;;;;TRIP;" + ambiguous + ";EUR;2026-01-01;\n",
                    "rates.csv, line 2, column amount: must be a decimal number as the semicolon dialect writes it: a decimal"
                            + " comma, thousands grouped in threes by dots or spaces (1 060,00 or 1.060,00), a dot alone only where"
                            + " it cannot group thousands (45.00, not 1.060), at most 12 digits before the comma and 10 after it,"
                            + " was \"" + ambiguous + "\"");
        }
    }

    @Test
    void aDecimalBomb_isRefusedAtOnce_inBothDialects() {
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            assertFails(HEADER + "FR,trip-fee,,,,,,,TRIP,1e100000,EUR,2026-01-01,\n",
                    "rates.csv, line 2, column amount: must be a decimal number such as 1234.56: digits, an optional minus sign and"
                            + " dot, at most 12 digits before the dot and 10 after it, no exponent or grouping, was \"1e100000\"");
            assertThatThrownBy(() -> read(HEADER.replace(',', ';') + "FR;trip-fee;;;;;;;TRIP;1" + "0".repeat(100_000)
                    + ";EUR;2026-01-01;\n")).isInstanceOf(RateSheetFormatException.class)
                    .hasMessageEndingWith("… (100001 characters)\"");
        });
    }

    @Test
    void malformedFiles_nameTheLineAndColumn_andReturnNoSheet() {
        assertFails("", "rates.csv, line 1: must have a header row");
        assertFails("region,component,unit,amount,currency\nFR,trip-fee,TRIP,45.00,EUR\n",
                "rates.csv, line 1, column effective_from: column is missing from the header");
        assertFails("region,component,unit,Ammount,currency,effective_from\n", "rates.csv, line 1, column Ammount: must be one of "
                + "[region, component, role, brand, band, tier, up_to, mode, flat, unit, amount, currency, effective_from, effective_until];"
                + " did you mean amount?");
        assertFails("region,component,unit,DOMAIN.md,currency,effective_from\n", "rates.csv, line 1, column DOMAIN.md: must be one of "
                + "[region, component, role, brand, band, tier, up_to, mode, flat, unit, amount, currency, effective_from, effective_until]");
        assertFails(HEADER, "rates.csv, line 2: must have at least one rate after the header");
        assertFails(HEADER + "FR,trip-fee,,,,,,,TRIP,45.00,EUR,2026-01-01,\nFR,remote-ticket,,,,,,,TICKET,8O.00,EUR,2026-01-01,\n",
                "rates.csv, line 3, column amount: must be a decimal number such as 1234.56: digits, an optional minus sign and dot, at most 12 digits before the dot and 10 after it, no exponent or grouping, was \"8O.00\"");
        assertFails(HEADER + "FR,trip-fee,,,,,,,TRIP,45.00,EUR,01/01/2026,\n",
                "rates.csv, line 2, column effective_from: must be an ISO date such as 2026-01-01, was \"01/01/2026\"");
        assertFails(HEADER + "FR,trip-fee,,,,,,,TRIP,45.00,EURO,2026-01-01,\n",
                "rates.csv, line 2, column currency: must be an ISO 4217 currency code, was \"EURO\"");
        assertFails(HEADER + "FR,trip-fee,,,,,,,TRIP,45.00,E.R,2026-01-01,\n",
                "rates.csv, line 2, column currency: must be an ISO 4217 currency code, was \"E.R\"");
        assertFails(HEADER + "FR,trip-fee,,,,,,,TRIP,45.00,.UR,2026-01-01,\n",
                "rates.csv, line 2, column currency: must be an ISO 4217 currency code, was \".UR\"");
        assertFails(HEADER + "FR,trip-fee,,,,,,,TRIP,45.00,eur,2026-01-01,\n",
                "rates.csv, line 2, column currency: must be an ISO 4217 currency code, was \"eur\"");
        assertFails(HEADER + "FR,trip-fee,,,,,,,TRIP,45.00,QQQ,2026-01-01,\n",
                "rates.csv, line 2, column currency: must be an ISO 4217 currency code, was \"QQQ\"");
        assertFails(HEADER + "France,trip-fee,,,,,,,TRIP,45.00,EUR,2026-01-01,\n",
                "rates.csv, line 2, column region: country must be an upper-case ISO 3166-1 alpha-2 code, was \"France\"");
        assertFails(HEADER + "FR,on-site-labour,TECHNICIAN,,WEEKEND,,,,HOUR,45.00,EUR,2026-01-01,\n",
                "rates.csv, line 2, column band: must be one of [BUSINESS_HOURS, EVENING, NIGHT, SATURDAY, SUNDAY_HOLIDAY,"
                        + " EMERGENCY], was \"WEEKEND\"");
        assertFails(HEADER + "FR,device-fee,,,,gold,10,,DEVICE,2.00,EUR,2026-01-01,\n",
                "rates.csv, line 2, column mode: must be GRADUATED or VOLUME when up_to is given");
        assertFails(HEADER + "FR,trip-fee,,,,,,,TRIP,45.00,EUR\n", "rates.csv, line 2: must have 13 fields, has 11");
        assertFails(HEADER + "FR,trip-fee,,,,,,,TRIP,,EUR,2026-01-01,\n", "rates.csv, line 2, column amount: must not be empty");
        assertFails(HEADER + "FR,trip-fee,,,,,,,TRIP,45.00,EUR,2026-01-01,\nFR,\"trip-fee,,,,,,,TRIP,45.00,EUR,2026-01-01,\n",
                "rates.csv, line 3: a quote (\") opens a field that is never closed");
        assertFails(HEADER + "FR,\"trip-fee\"x,,,,,,,TRIP,45.00,EUR,2026-01-01,\n",
                "rates.csv, line 2: a quoted field must end at a separator, but other characters follow its closing quote");
    }

    @Test
    void problemsAfterAFieldSpanningLines_nameTheLineTheRowStartsOn() {
        assertFails(HEADER + "FR,trip-fee,,\"Crest\nron\",,,,,TRIP,45.00,EUR,2026-01-01,\n",
                "rates.csv, line 2, column brand: brand must hold no control, invisible or direction-overriding character, found"
                        + " U+000A at character 6, was \"Crest\\u000Aron\"");
        // a field of blank lines is an empty field: the next row starts three lines on
        assertFails(HEADER + "FR,trip-fee,,\" \n \n\",,,,,TRIP,45.00,EUR,2026-01-01,\nFR,flat-fee,,,,,,,SITE,4O.00,EUR,2026-01-01,\n",
                "rates.csv, line 5, column amount: must be a decimal number such as 1234.56: digits, an optional minus sign and dot, at"
                        + " most 12 digits before the dot and 10 after it, no exponent or grouping, was \"4O.00\"");
    }

    @Test
    void aColumnWithoutAName_isRefused() {
        assertFails("region,component,,unit,amount,currency,effective_from\nFR,trip-fee,,TRIP,45.00,EUR,2026-01-01\n",
                "rates.csv, line 1: column 3 has no name; the header names every column");
    }

    @Test
    void aColumnNamedTwice_isRefused_whateverItsCase() {
        assertFails("region,component,unit,amount,AMOUNT,currency,effective_from\nFR,trip-fee,TRIP,45.00,4.50,EUR,2026-01-01\n",
                "rates.csv, line 1, column AMOUNT: appears twice in the header; a column is named once");
    }

    @Test
    void textsThatWereNotReadAsText_orTooLong_areRefused() {
        assertFails(HEADER + "FR,trip-fee,,,,,,,TRIP,4\uFFFD.00,EUR,2026-01-01,\n",
                "rates.csv, line 2: at character 25, holds U+FFFD, the mark of bytes that were not read as text; save the file as UTF-8");
        assertFails(HEADER + "FR,trip-fee,,,,,,,TRIP,45.00,EUR,2026-01-01,\u0007\n",
                "rates.csv, line 2: at character 45, holds the control character U+0007, which a text cannot show");
        assertThatThrownBy(() -> RateSheetCsv.read(new StringReader(HEADER + "x".repeat((int) RateSheetCsv.MAX_BYTES)), "big.csv"))
                .isInstanceOf(RateSheetFormatException.class).hasMessage("big.csv: is longer than the limit of 8,388,608 characters")
                .extracting(e -> ((RateSheetFormatException) e).line()).isEqualTo(0L);
    }

    @Test
    void filesThatCannotBeRead_areRefusedAsAWhole(@TempDir Path folder) throws Exception {
        assertThatThrownBy(() -> RateSheetCsv.read(folder.resolve("none.csv"))).isInstanceOf(RateSheetFormatException.class)
                .hasMessage("none.csv: no such file");
        Path latin1 = folder.resolve("latin1.csv");
        Files.write(latin1, (HEADER + "FR,trip-fee,,,,,,,TRIP,45.00,EUR,2026-01-01,Sévérac\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> RateSheetCsv.read(latin1)).hasMessage("latin1.csv, line 2: at character 46, byte 0xE9 is not UTF-8;"
                + " save the file as UTF-8");
        Path large = folder.resolve("large.csv");
        Files.write(large, new byte[(int) RateSheetCsv.MAX_BYTES + 1]);
        assertThatThrownBy(() -> RateSheetCsv.read(large)).hasMessage("large.csv: is 8,388,609 bytes, over the limit of 8,388,608 bytes");
    }

    @Test
    void files_areReadByPath(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("tarifs.csv");
        Files.writeString(file, RateSheetCsv.write(SampleRateSheets.switzerland(), CsvDialect.SEMICOLON));
        assertThat(RateSheetCsv.read(file)).isEqualTo(SampleRateSheets.switzerland());
        RateRow first = RateSheetCsv.read(file).rows().get(0);
        assertThat(first.location()).isEqualTo("line 2");
    }
}
