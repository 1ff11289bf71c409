package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static io.github.servicecontract.pricing.Examples.LYON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.ratesheet.InvalidRateSheetException;
import io.github.servicecontract.pricing.ratesheet.RateProblem;
import io.github.servicecontract.pricing.ratesheet.RateReport;
import io.github.servicecontract.pricing.ratesheet.RateRequirements;
import io.github.servicecontract.pricing.ratesheet.RateRow;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per validation code: a sheet with exactly that problem gets exactly that code. */
class RateSheetTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final RateKey LABOUR = RateKey.of(CostComponent.ON_SITE_LABOUR, RegionCode.ofCountry("FR")).withRole(Role.TECHNICIAN);

    private static RateRow row(int line, RateKey key, String amount) {
        return new RateRow(line, key, Optional.empty(), Optional.empty(), Optional.empty(), RateSheet.unitOf(key.component()).name(),
                new BigDecimal(amount), EUR, JAN, Optional.empty());
    }

    /** A version of the technician's labour rate, from a day until another (exclusive), or open when {@code until} is null. */
    private static RateRow labour(int line, String amount, LocalDate from, LocalDate until) {
        return new RateRow(line, LABOUR, Optional.empty(), Optional.empty(), Optional.empty(), "HOUR", new BigDecimal(amount), EUR, from,
                Optional.ofNullable(until));
    }

    private static RateRow bracket(int line, RateKey key, Long upTo, String amount, Brackets.Mode mode) {
        return new RateRow(line, key, Optional.ofNullable(upTo).map(BigDecimal::valueOf), Optional.of(mode), Optional.empty(), "DEVICE",
                new BigDecimal(amount), EUR, JAN, Optional.empty());
    }

    /** A clean sheet: labour in business hours and on Saturdays, a trip fee, a bracketed device fee. */
    private static List<RateRow> clean() {
        RateKey deviceFee = RateKey.of(CostComponent.DEVICE_FEE, RegionCode.ofCountry("FR")).withTier(TierId.of("gold"));
        return new ArrayList<>(List.of(row(2, LABOUR, "85.00"), row(3, LABOUR.withBand(TimeBand.SATURDAY), "127.50"),
                row(4, RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), "45.00"),
                bracket(5, deviceFee, 10L, "2.00", Brackets.Mode.GRADUATED), bracket(6, deviceFee, null, "1.00", Brackets.Mode.GRADUATED)));
    }

    private static RateReport validate(List<RateRow> rows) {
        return RateSheet.of(rows).validate();
    }

    private static List<RateRow> with(RateRow replacement) {
        List<RateRow> rows = clean();
        rows.set(replacement.line() - 2, replacement);
        return rows;
    }

    private static List<RateRow> plus(RateRow extra) {
        List<RateRow> rows = clean();
        rows.add(extra);
        return rows;
    }

    private static void assertOnly(RateReport report, RateProblem.Code code, String message) {
        assertThat(report.problems()).extracting(RateProblem::code).containsExactly(code);
        assertThat(report.problems().get(0).message()).isEqualTo(message);
    }

    @Test
    void cleanSheet_hasNoProblem_andBecomesATable() {
        RateSheet sheet = RateSheet.of(clean());
        assertThat(sheet.validate().isClean()).isTrue();
        assertThat(sheet.validate()).hasToString("no problems");
        RateTable table = sheet.toRateTable(JAN);
        assertThat(table.rate(LABOUR.withRegion(LYON))).isEqualTo(Examples.eur("85.00"));
        assertThat(table.findBrackets(RateKey.of(CostComponent.DEVICE_FEE, LYON).withTier(TierId.of("gold")))).isPresent();
        assertThat(RateSheet.from(table).toRateTable(JAN)).isEqualTo(table);
    }

    @Test
    void equalRates_areNoProblem_andProblemsComeInRowOrder() {
        assertThat(validate(with(row(3, LABOUR.withBand(TimeBand.SATURDAY), "85.00"))).isClean()).as("Saturday at the business rate").isTrue();
        assertThat(validate(plus(row(7, LABOUR.withTier(TierId.of("gold")), "85.00"))).isClean()).as("members at the standard rate").isTrue();
        RateRow voyage = new RateRow(4, RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), Optional.empty(), Optional.empty(), Optional.empty(),
                "VOYAGE", new BigDecimal("45.00"), EUR, JAN, Optional.empty());
        List<RateRow> rows = with(row(3, LABOUR.withBand(TimeBand.SATURDAY), "80.00"));
        rows.set(2, voyage);
        RateKey deviceFee = RateKey.of(CostComponent.DEVICE_FEE, RegionCode.ofCountry("FR")).withTier(TierId.of("gold"));
        rows.set(3, bracket(5, deviceFee, 10L, "2.00", Brackets.Mode.VOLUME));
        rows.add(row(7, LABOUR, "85.00"));
        rows.add(new RateRow(8, RateKey.of(CostComponent.TRAVEL_DISTANCE, RegionCode.ofCountry("FR")), Optional.empty(), Optional.empty(), Optional.empty(),
                "KILOMETRE", new BigDecimal("2.40"), EUR, JAN, Optional.of(JAN)));
        assertThat(RateSheet.of(rows).validate(RateRequirements.of(List.of(LABOUR.withBand(TimeBand.NIGHT)))).problems())
                .extracting(RateProblem::code, RateProblem::location).containsExactly(
                tuple(RateProblem.Code.PREMIUM_BAND_CHEAPER, "line 3"),
                tuple(RateProblem.Code.UNKNOWN_UNIT, "line 4"),
                tuple(RateProblem.Code.BRACKETS_NOT_CONTIGUOUS, "line 5"),
                tuple(RateProblem.Code.DUPLICATE_KEY, "line 7"),
                tuple(RateProblem.Code.INVALID_DATES, "line 8"),
                tuple(RateProblem.Code.MISSING_RATE, "rates from 2026-01-01"));
    }

    @Test
    void unknownUnit() {
        RateRow minutes = new RateRow(2, LABOUR, Optional.empty(), Optional.empty(), Optional.empty(), "MINUTE", new BigDecimal("85.00"), EUR, JAN,
                Optional.empty());
        assertOnly(validate(with(minutes)), RateProblem.Code.UNKNOWN_UNIT, "unit must be one of [BLOCK, DEVICE, HOUR, ITEM,"
                + " KILOMETRE, MILE, SITE, SUBSYSTEM, TICKET, TRIP, UPDATE], was \"MINUTE\"");
    }

    @Test
    void unitMismatch_aFlatFeePerHour_orBracketsOfTwoUnits() {
        RateRow perHour = new RateRow(4, RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), Optional.empty(),
                Optional.empty(), Optional.empty(), "HOUR", new BigDecimal("45.00"), EUR, JAN, Optional.empty());
        assertOnly(validate(with(perHour)), RateProblem.Code.UNIT_MISMATCH, "unit of trip fee rate for region FR must be TRIP, was HOUR");
        RateKey deviceFee = RateKey.of(CostComponent.DEVICE_FEE, RegionCode.ofCountry("FR")).withTier(TierId.of("gold"));
        RateRow perSite = new RateRow(6, deviceFee, Optional.empty(), Optional.of(Brackets.Mode.GRADUATED), Optional.empty(), "SITE",
                new BigDecimal("1.00"), EUR, JAN, Optional.empty());
        assertThat(validate(with(perSite)).problems()).extracting(RateProblem::code, RateProblem::message).containsExactly(
                tuple(RateProblem.Code.UNIT_MISMATCH, "unit of device fee rate for region FR, tier gold must be DEVICE or BLOCK, was SITE"),
                tuple(RateProblem.Code.UNIT_MISMATCH, "brackets of device fee rate for region FR, tier gold must all have one unit,"
                        + " DEVICE at line 5, was SITE"));
        RateRow inBlocks = new RateRow(6, deviceFee, Optional.empty(), Optional.of(Brackets.Mode.GRADUATED), Optional.empty(), "BLOCK",
                new BigDecimal("1.00"), EUR, JAN, Optional.empty());
        assertThat(validate(with(inBlocks)).problems()).extracting(RateProblem::code).as("blocks, but not beside devices")
                .containsExactly(RateProblem.Code.UNIT_MISMATCH);
        RateRow materials = RateRow.of(RateKey.of(CostComponent.MATERIALS, RegionCode.ofCountry("FR")), Unit.HOUR,
                new BigDecimal("18.50"), EUR, JAN);
        assertOnly(validate(plus(materials)), RateProblem.Code.UNIT_MISMATCH,
                "unit of materials rate for region FR must be ITEM, was HOUR");
        // a rate per mile is its own component: a kilometre rate is never read as one, nor the other way
        RateRow milesPerKilometre = RateRow.of(RateKey.of(CostComponent.TRAVEL_MILES, RegionCode.ofCountry("FR")), Unit.KILOMETRE,
                new BigDecimal("0.70"), EUR, JAN);
        assertOnly(validate(plus(milesPerKilometre)), RateProblem.Code.UNIT_MISMATCH,
                "unit of travel miles rate for region FR must be MILE, was KILOMETRE");
        RateRow kilometresPerMile = RateRow.of(RateKey.of(CostComponent.TRAVEL_DISTANCE, RegionCode.ofCountry("FR")).withTier(TierId.of("gold")),
                Unit.MILE, new BigDecimal("2.40"), EUR, JAN);
        assertOnly(validate(plus(kilometresPerMile)), RateProblem.Code.UNIT_MISMATCH,
                "unit of travel distance rate for region FR, tier gold must be KILOMETRE, was MILE");
        RateRow own = RateRow.of(RateKey.of(CostComponent.of("pool-care"), RegionCode.ofCountry("FR")), Unit.HOUR,
                new BigDecimal("40.00"), EUR, JAN);
        assertThat(validate(plus(own)).isClean()).as("a vendor's own component, in any unit").isTrue();
    }

    @Test
    void flatAmount_ofABracket_reachesTheTable_andElsewhereIsAProblem() {
        RateKey deviceFee = RateKey.of(CostComponent.DEVICE_FEE, RegionCode.ofCountry("FR")).withTier(TierId.of("gold"));
        RateRow withFlat = new RateRow(6, deviceFee, Optional.empty(), Optional.of(Brackets.Mode.GRADUATED),
                Optional.of(new BigDecimal("25.00")), "DEVICE", new BigDecimal("1.00"), EUR, JAN, Optional.empty());
        RateSheet sheet = RateSheet.of(with(withFlat));
        assertThat(sheet.validate().isClean()).isTrue();
        RateTable table = sheet.toRateTable(JAN);
        Brackets brackets = table.findBrackets(RateKey.of(CostComponent.DEVICE_FEE, LYON).withTier(TierId.of("gold"))).orElseThrow();
        assertThat(brackets.brackets().get(1).flat()).contains(Examples.eur("25.00"));
        // 10 at 2.00, 2 at 1.00, and 25.00 for reaching the open bracket
        assertThat(brackets.priceOf(new BigDecimal("12"))).isEqualTo(Examples.eur("47.00"));
        assertThat(RateSheet.from(table).toRateTable(JAN)).isEqualTo(table);
        RateRow plainWithFlat = new RateRow(4, RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), Optional.empty(),
                Optional.empty(), Optional.of(new BigDecimal("5.00")), "TRIP", new BigDecimal("45.00"), EUR, JAN, Optional.empty());
        assertOnly(validate(with(plainWithFlat)), RateProblem.Code.FLAT_WITHOUT_BRACKET,
                "flat amount of trip fee rate for region FR (5.00) must be on a bracket (with a mode)");
        RateRow negativeFlat = new RateRow(6, deviceFee, Optional.empty(), Optional.of(Brackets.Mode.GRADUATED),
                Optional.of(new BigDecimal("-25.00")), "DEVICE", new BigDecimal("1.00"), EUR, JAN, Optional.empty());
        assertOnly(validate(with(negativeFlat)), RateProblem.Code.NEGATIVE_RATE,
                "flat amount of device fee rate for region FR, tier gold must be >= 0, was -25.00");
        RateRow finerFlat = new RateRow(6, deviceFee, Optional.empty(), Optional.of(Brackets.Mode.GRADUATED),
                Optional.of(new BigDecimal("25.005")), "DEVICE", new BigDecimal("1.00"), EUR, JAN, Optional.empty());
        assertOnly(validate(with(finerFlat)), RateProblem.Code.FINER_THAN_CURRENCY, "flat amount of device fee rate for region FR, "
                + "tier gold (25.005) has more decimals than EUR's 2: documents show it rounded, amounts use it exactly");
    }

    @Test
    void fractionalBound_ofACountedUnit() {
        RateKey deviceFee = RateKey.of(CostComponent.DEVICE_FEE, RegionCode.ofCountry("FR")).withTier(TierId.of("gold"));
        RateRow half = new RateRow(5, deviceFee, Optional.of(new BigDecimal("25.5")), Optional.of(Brackets.Mode.GRADUATED), Optional.empty(), "DEVICE",
                new BigDecimal("2.00"), EUR, JAN, Optional.empty());
        assertOnly(validate(with(half)), RateProblem.Code.FRACTIONAL_BOUND,
                "bracket of device fee rate for region FR, tier gold up to 25.5 must be a whole number of DEVICE, since DEVICE is counted");
        RateRow whole = new RateRow(5, deviceFee, Optional.of(new BigDecimal("25.00")), Optional.of(Brackets.Mode.GRADUATED), Optional.empty(), "DEVICE",
                new BigDecimal("2.00"), EUR, JAN, Optional.empty());
        assertThat(validate(with(whole)).isClean()).as("25.00 is whole").isTrue();
        RateKey distance = RateKey.of(CostComponent.of("long-trips"), RegionCode.ofCountry("FR"));
        List<RateRow> kilometres = plus(new RateRow(7, distance, Optional.of(new BigDecimal("12.5")), Optional.of(Brackets.Mode.VOLUME), Optional.empty(),
                "KILOMETRE", new BigDecimal("1.00"), EUR, JAN, Optional.empty()));
        kilometres.add(new RateRow(8, distance, Optional.empty(), Optional.of(Brackets.Mode.VOLUME), Optional.empty(), "KILOMETRE",
                new BigDecimal("0.80"), EUR, JAN, Optional.empty()));
        assertThat(validate(kilometres).isClean()).as("kilometres are measured, not counted").isTrue();
    }

    @Test
    void finerThanCurrency_isAWarning() {
        RateReport report = validate(with(row(4, RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), "45.005")));
        assertOnly(report, RateProblem.Code.FINER_THAN_CURRENCY, "rate of trip fee rate for region FR (45.005) has more decimals"
                + " than EUR's 2: documents show it rounded, amounts use it exactly");
        assertThat(report.isValid()).isTrue();
        assertThat(validate(with(row(4, RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), "45.000"))).isClean())
                .as("trailing zeros are no precision").isTrue();
        RateRow yen = RateRow.of(RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("JP")), Unit.TRIP, new BigDecimal("1.50"),
                javax.money.Monetary.getCurrency("JPY"), JAN);
        assertThat(RateSheet.of(List.of(yen)).validate().problems()).extracting(RateProblem::message)
                .containsExactly("rate of trip fee rate for region JP (1.50) has more decimals than JPY's 0: documents show it"
                        + " rounded, amounts use it exactly");
    }

    @Test
    void negativeRate() {
        RateReport report = validate(with(row(4, RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), "-45.00")));
        assertOnly(report, RateProblem.Code.NEGATIVE_RATE, "rate of trip fee rate for region FR must be >= 0, was -45.00");
        assertThat(report.problems().get(0).location()).isEqualTo("line 4");
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void zeroServiceRate_isAWarning() {
        RateReport report = validate(with(row(4, RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), "0.00")));
        assertOnly(report, RateProblem.Code.ZERO_RATE, "rate of trip fee rate for region FR is zero: is the service really free?");
        assertThat(report.isValid()).isTrue();
        assertThat(report.isClean()).isFalse();
        assertThat(validate(plus(row(7, RateKey.of(CostComponent.FLAT_FEE, LYON), "0.00"))).isClean()).as("a free tier").isTrue();
    }

    @Test
    void mixedCurrency() {
        RateRow francs = new RateRow(4, RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), Optional.empty(),
                Optional.empty(), Optional.empty(), "TRIP", new BigDecimal("45.00"), Examples.CHF, JAN, Optional.empty());
        assertOnly(validate(with(francs)), RateProblem.Code.MIXED_CURRENCY, "currency must be EUR like the first rate, was CHF");
    }

    @Test
    void premiumBandCheaper() {
        assertOnly(validate(with(row(3, LABOUR.withBand(TimeBand.SATURDAY), "80.00"))), RateProblem.Code.PREMIUM_BAND_CHEAPER,
                "rate of on-site labour rate for region FR, role TECHNICIAN, band SATURDAY (80.00) is below the business-hours"
                        + " rate (85.00) at line 2");
    }

    @Test
    void memberRateAboveStandard() {
        assertOnly(validate(plus(row(7, LABOUR.withTier(TierId.of("gold")), "90.00"))), RateProblem.Code.MEMBER_RATE_ABOVE_STANDARD,
                "rate of on-site labour rate for region FR, role TECHNICIAN, tier gold (90.00) is above the standard rate (85.00)"
                        + " at line 2");
    }

    @Test
    void overlappingDates() {
        RateRow later = labour(7, "88.00", LocalDate.of(2026, 7, 1), null);
        assertOnly(validate(plus(later)), RateProblem.Code.OVERLAPPING_DATES,
                "rate of on-site labour rate for region FR, role TECHNICIAN from 2026-07-01 overlaps the one at line 2");
        List<RateRow> beforeTheEnd = with(labour(2, "85.00", JAN, LocalDate.of(2026, 7, 1)));
        beforeTheEnd.add(labour(7, "88.00", LocalDate.of(2026, 6, 1), null));
        assertOnly(validate(beforeTheEnd), RateProblem.Code.OVERLAPPING_DATES,
                "rate of on-site labour rate for region FR, role TECHNICIAN from 2026-06-01 overlaps the one at line 2");
        assertThat(RateSheet.of(beforeTheEnd).rows()).containsExactlyElementsOf(beforeTheEnd);
    }

    @Test
    void dateGap() {
        RateRow firstHalf = labour(2, "85.00", JAN, LocalDate.of(2026, 7, 1));
        RateRow autumn = labour(7, "88.00", LocalDate.of(2026, 9, 1), null);
        List<RateRow> rows = with(firstHalf);
        rows.add(autumn);
        assertOnly(validate(rows), RateProblem.Code.DATE_GAP,
                "rate of on-site labour rate for region FR, role TECHNICIAN has no rate from 2026-07-01 to 2026-09-01");
        RateRow july = labour(7, "88.00", LocalDate.of(2026, 7, 1), null);
        List<RateRow> abutting = with(firstHalf);
        abutting.add(july);
        RateSheet sheet = RateSheet.of(abutting);
        assertThat(sheet.validate().isClean()).isTrue();
        assertThat(sheet.toRateTable(LocalDate.of(2026, 8, 1)).rate(LABOUR)).isEqualTo(Examples.eur("88.00"));
        assertThat(sheet.toRateTable(JAN).effectiveUntil()).contains(LocalDate.of(2026, 7, 1));
        assertThat(sheet.changeDates()).containsExactly(JAN, LocalDate.of(2026, 7, 1));
    }

    @Test
    void invalidDates() {
        RateRow backwards = new RateRow(2, LABOUR, Optional.empty(), Optional.empty(), Optional.empty(), "HOUR", new BigDecimal("85.00"), EUR, JAN,
                Optional.of(JAN));
        assertOnly(validate(with(backwards)), RateProblem.Code.INVALID_DATES,
                "effective until 2026-01-01 must be after effective from 2026-01-01");
    }

    @Test
    void duplicateKey() {
        assertOnly(validate(plus(row(7, LABOUR, "85.00"))), RateProblem.Code.DUPLICATE_KEY,
                "rate of on-site labour rate for region FR, role TECHNICIAN is given again, as at line 2");
    }

    @Test
    void bracketsWithoutExactlyOneOpenEnd() {
        RateKey deviceFee = RateKey.of(CostComponent.DEVICE_FEE, RegionCode.ofCountry("FR")).withTier(TierId.of("gold"));
        assertOnly(validate(with(bracket(6, deviceFee, 30L, "1.00", Brackets.Mode.GRADUATED))), RateProblem.Code.BRACKETS_OPEN_ENDS,
                "brackets of device fee rate for region FR, tier gold must end with exactly one open bracket, found 0");
    }

    @Test
    void bracketsNotContiguous() {
        RateKey deviceFee = RateKey.of(CostComponent.DEVICE_FEE, RegionCode.ofCountry("FR")).withTier(TierId.of("gold"));
        assertOnly(validate(plus(bracket(7, deviceFee, 10L, "1.50", Brackets.Mode.GRADUATED))),
                RateProblem.Code.BRACKETS_NOT_CONTIGUOUS,
                "bracket of device fee rate for region FR, tier gold up to 10 must have a positive bound that no other bracket has");
        assertThat(validate(with(bracket(6, deviceFee, null, "1.00", Brackets.Mode.VOLUME))).problems())
                .extracting(RateProblem::code).containsExactly(RateProblem.Code.BRACKETS_NOT_CONTIGUOUS);
    }

    @Test
    void missingRate_isCheckedOnEveryDayTheRatesChange() {
        RateRequirements needed = RateRequirements.labour(List.of(LYON, RegionCode.parse("FR-75")),
                List.of(CostComponent.ON_SITE_LABOUR), List.of(Role.TECHNICIAN), List.of(TimeBand.BUSINESS_HOURS, TimeBand.SATURDAY,
                        TimeBand.SUNDAY_HOLIDAY));
        RateReport report = RateSheet.of(clean()).validate(needed);
        assertThat(report.problems()).extracting(RateProblem::code, RateProblem::message).containsExactly(
                tuple(RateProblem.Code.MISSING_RATE,
                        "no on-site labour rate for region FR-69, role TECHNICIAN, band SUNDAY_HOLIDAY"),
                tuple(RateProblem.Code.MISSING_RATE,
                        "no on-site labour rate for region FR-75, role TECHNICIAN, band SUNDAY_HOLIDAY"));
        assertThat(report.problems().get(0).location()).isEqualTo("rates from 2026-01-01");
        RateRequirements fees = RateRequirements.tiers(List.of(LYON), List.of(TierId.of("gold"), TierId.of("silver")),
                List.of(CostComponent.DEVICE_FEE));
        assertThat(RateSheet.of(clean()).validate(fees).problems()).extracting(RateProblem::message)
                .containsExactly("no device fee rate for region FR-69, tier silver");
        assertThat(fees.plus(needed).keys()).hasSize(8);
    }

    @Test
    void aRequiredRate_isMetAsATableLooksItUp_throughRegionTierBrandAndBand() {
        RateKey crestronForGold = LABOUR.withRegion(LYON).withBrand("Crestron").withTier(TierId.of("gold"));
        RateRequirements needed = RateRequirements.of(List.of(crestronForGold, crestronForGold.withBand(TimeBand.SATURDAY),
                LABOUR.withRegion(LYON).withBand(TimeBand.BUSINESS_HOURS), LABOUR.withRegion(LYON).withRole(Role.ENGINEER),
                LABOUR.withRegion(LYON).withBand(TimeBand.NIGHT)));
        assertThat(RateSheet.of(clean()).validate(needed).problems()).extracting(RateProblem::message).containsExactly(
                "no on-site labour rate for region FR-69, role ENGINEER",
                "no on-site labour rate for region FR-69, role TECHNICIAN, band NIGHT");
    }

    @Test
    void missingRate_isCheckedWhenARateEnds_whileOtherRatesGoOn() {
        LocalDate july = LocalDate.of(2026, 7, 1);
        List<RateRow> rows = with(labour(2, "85.00", JAN, july));
        RateRequirements labour = RateRequirements.of(List.of(LABOUR.withRegion(LYON)));
        assertThat(RateSheet.of(rows).validate(labour).problems()).extracting(RateProblem::code, RateProblem::location,
                RateProblem::message).containsExactly(tuple(RateProblem.Code.MISSING_RATE, "rates from 2026-07-01",
                        "no on-site labour rate for region FR-69, role TECHNICIAN"));
        RateSheet sheet = RateSheet.of(rows);
        assertThat(sheet.changeDates()).containsExactly(JAN, july);
        RateTable august = sheet.toRateTable(LocalDate.of(2026, 8, 1));
        assertThat(august.effectiveFrom()).as("the table without labour applies from the day labour ends").isEqualTo(july);
        assertThat(august.find(LABOUR.withRegion(LYON))).isEmpty();
        assertThat(sheet.toRateTable(JAN).effectiveUntil()).contains(july);
        List<RateRow> allEnd = new ArrayList<>();
        for (RateRow row : rows) {
            allEnd.add(new RateRow(row.line(), row.key(), row.upTo(), row.mode(), row.flat(), row.unit(), row.amount(), row.currency(),
                    row.effectiveFrom(), Optional.of(july)));
        }
        assertThat(RateSheet.of(allEnd).validate(labour).isClean()).as("a sheet that ends as a whole lacks nothing").isTrue();
        assertThat(RateSheet.of(allEnd).changeDates()).containsExactly(JAN);
    }

    @Test
    void requirements_areCheckedAgainstTheRowsTheReportAccepts_withoutFailingOnTheOthers() {
        RateKey tripFee = RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR"));
        RateKey deviceFee = RateKey.of(CostComponent.DEVICE_FEE, RegionCode.ofCountry("FR")).withTier(TierId.of("gold"));
        RateKey freeTier = RateKey.of(CostComponent.FLAT_FEE, RegionCode.ofCountry("FR")).withTier(TierId.of("bronze"));
        List<RateRow> rows = with(row(4, tripFee, "-45.00"));
        rows.set(1, new RateRow(3, LABOUR.withBand(TimeBand.SATURDAY), Optional.empty(), Optional.empty(), Optional.empty(), "HOUR",
                new BigDecimal("127.50"), Examples.CHF, JAN, Optional.empty()));
        rows.set(4, bracket(6, deviceFee, 20L, "1.00", Brackets.Mode.GRADUATED));
        rows.add(row(7, freeTier, "0.00"));
        RateRequirements needed = RateRequirements.of(List.of(tripFee.withRegion(LYON), LABOUR.withRegion(LYON),
                LABOUR.withRegion(LYON).withBand(TimeBand.SATURDAY), deviceFee.withRegion(LYON), freeTier.withRegion(LYON)));
        assertThat(RateSheet.of(rows).validate(needed).problems()).extracting(RateProblem::code, RateProblem::message).containsExactly(
                tuple(RateProblem.Code.MIXED_CURRENCY, "currency must be EUR like the first rate, was CHF"),
                tuple(RateProblem.Code.NEGATIVE_RATE, "rate of trip fee rate for region FR must be >= 0, was -45.00"),
                tuple(RateProblem.Code.BRACKETS_OPEN_ENDS,
                        "brackets of device fee rate for region FR, tier gold must end with exactly one open bracket, found 0"),
                // a key whose only rows are refused is missing too; a free tier's zero rate is no problem and is not missing
                tuple(RateProblem.Code.MISSING_RATE, "no trip fee rate for region FR-69"),
                tuple(RateProblem.Code.MISSING_RATE, "no on-site labour rate for region FR-69, role TECHNICIAN, band SATURDAY"),
                tuple(RateProblem.Code.MISSING_RATE, "no device fee rate for region FR-69, tier gold"));
    }

    @Test
    void everyProblemIsFoundAtOnce_andAnInvalidSheetNeverBecomesATable() {
        List<RateRow> rows = with(row(4, RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), "-45.00"));
        rows.add(row(7, LABOUR, "85.00"));
        RateSheet sheet = RateSheet.of(rows);
        assertThat(sheet.validate().problems()).extracting(RateProblem::code)
                .containsExactly(RateProblem.Code.NEGATIVE_RATE, RateProblem.Code.DUPLICATE_KEY);
        assertThatThrownBy(() -> sheet.toRateTable(JAN)).isInstanceOf(InvalidRateSheetException.class)
                .hasMessageStartingWith("rate sheet must be valid, found 2 problems:\n  NEGATIVE_RATE ERROR at line 4:")
                .satisfies(e -> assertThat(((InvalidRateSheetException) e).report().problems()).hasSize(2));
        assertThatIllegalArgumentException().isThrownBy(() -> RateSheet.of(clean()).toRateTable(LocalDate.of(2025, 1, 1)))
                .withMessage("day must be a day some rate applies on, from 2026-01-01, was 2025-01-01");
        assertThatIllegalArgumentException().isThrownBy(() -> RateSheet.of(List.of()))
                .withMessage("rows must contain at least one rate, was []");
    }

    @Test
    void bracketedRule_readsItsBracketsFromTheTable() {
        RateTable table = RateSheet.of(clean()).toRateTable(JAN);
        PricingContext context = PricingContext.builder().from(Examples.LYON_CONTEXT).rates(table).usage(Usage.NONE).build();
        Quote quote = Quote.of(context, PricingRules.bracketed(Measure.DEVICES, CostComponent.DEVICE_FEE));
        assertThat(quote.recurringPer(io.github.servicecontract.model.BillingFrequency.MONTHLY)).isEqualTo(Examples.eur("55.00"));
        assertThatThrownBy(() -> Quote.of(context, PricingRules.bracketed(Measure.SITE, CostComponent.SITE_FEE)))
                .isInstanceOf(MissingRateException.class).hasMessage("no site fee rate for region FR-69, tier gold");
    }

    @Test
    void aRuleThatLooksARateUpTheOtherWay_isToldWhatTheTableHas() {
        RateTable table = RateSheet.of(clean()).toRateTable(JAN);
        PricingContext context = PricingContext.builder().from(Examples.LYON_CONTEXT).rates(table).usage(Usage.NONE).build();
        assertThatThrownBy(() -> Quote.of(context, PricingRules.perDevice())).isInstanceOf(MissingRateException.class)
                .hasMessage("no device fee rate for region FR-69, tier gold; the table prices it by brackets, which "
                        + "PricingRules.bracketed reads")
                .satisfies(e -> assertThat(((MissingRateException) e).key()).isEqualTo(RateKey.of(CostComponent.DEVICE_FEE,
                        RegionCode.parse("FR-69")).withTier(Examples.LYON_GOLD.id())));
        assertThatThrownBy(() -> Quote.of(context, PricingRules.bracketed(Measure.SITE, CostComponent.TRIP_FEE)))
                .isInstanceOf(MissingRateException.class)
                .hasMessage("no trip fee rate for region FR-69, tier gold; the table has a single rate for it, not brackets");
        assertThatThrownBy(() -> table.rate(RateKey.of(CostComponent.DEVICE_FEE, RegionCode.ofCountry("FR")).withTier(
                Examples.LYON_GOLD.id()))).hasMessageEndingWith("; the table prices it by brackets, which PricingRules.bracketed reads");
    }

    @Test
    void aBracketBoundOfZero_isReportedAtItsRow() {
        RateKey deviceFee = RateKey.of(CostComponent.DEVICE_FEE, RegionCode.ofCountry("FR")).withTier(TierId.of("gold"));
        assertThat(validate(plus(bracket(7, deviceFee, 0L, "3.00", Brackets.Mode.GRADUATED))).problems())
                .extracting(RateProblem::code, RateProblem::location)
                .containsExactly(tuple(RateProblem.Code.BRACKETS_NOT_CONTIGUOUS, "line 7"));
    }
}
