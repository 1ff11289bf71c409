package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static io.github.servicecontract.pricing.Examples.GOLD_ID;
import static io.github.servicecontract.pricing.Examples.LYON;
import static io.github.servicecontract.pricing.Examples.LYON_CONTEXT;
import static io.github.servicecontract.pricing.Examples.LYON_GOLD_RULE;
import static io.github.servicecontract.pricing.Examples.MONTPELLIER;
import static io.github.servicecontract.pricing.Examples.START;
import static io.github.servicecontract.pricing.Examples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import io.github.servicecontract.pricing.reprice.ImpactReport;
import io.github.servicecontract.pricing.reprice.ImpactSummary;
import io.github.servicecontract.pricing.reprice.RepricedContract;
import io.github.servicecontract.pricing.reprice.Repricing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** Re-pricing DOMAIN.md example 1 when the rate sheet changes, with the figures written out. */
class RepricingTest {

    private static final LocalDate NEXT_YEAR = LocalDate.of(2027, 1, 1);

    /** The rates of example 1 with the gold flat fee given, from {@code from}; without the trip fee if {@code tripFee} is false. */
    static RateTable france(String flatFee, LocalDate from, boolean tripFee) {
        RateTable.Builder table = RateTable.builder(EUR).effectiveFrom(from)
                .rate(RateKey.of(CostComponent.FLAT_FEE, LYON).withTier(GOLD_ID), flatFee)
                .rate(RateKey.of(CostComponent.DEVICE_FEE, LYON).withTier(GOLD_ID), "1.00")
                .rate(RateKey.of(CostComponent.SUBSYSTEM_FEE, LYON).withTier(GOLD_ID), "10.00")
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, RegionCode.ofCountry("FR")).withRole(Role.TECHNICIAN), "85.00")
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, MONTPELLIER).withRole(Role.TECHNICIAN), "90.00")
                .rate(RateKey.of(CostComponent.TRAVEL_DISTANCE, RegionCode.ofCountry("FR")), "2.40")
                .rate(RateKey.of(CostComponent.SYSTEM_UPDATE, RegionCode.ofCountry("FR")), "60.00");
        if (tripFee) {
            table.rate(RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), "45.00");
        }
        return table.build();
    }

    private static final RateSheet OLD = RateSheet.from(france("60.00", START, true));

    @Test
    void aFlatFeeFrom60To65AMonth_raisesExample1From2061_50To2118_50() {
        // subscription 65 x 12 + 45 x 1 x 12 + 4 x 10 x 12 = 1,800.00; two visits 2 x (170.00 + 45.00) = 430.00;
        // 5 % prepay discount of 2,230.00 = 111.50; firm price 2,118.50, against 2,061.50 before: +57.00, +2.76 %
        Repricing repricing = Repricing.between(OLD, RateSheet.from(france("65.00", START, true)));

        RepricedContract repriced = repricing.reprice("C-1042", LYON_CONTEXT, LYON_GOLD_RULE);

        assertThat(repriced.before()).isEqualTo(new RepricedContract.Priced(START, eur("2061.50")));
        assertThat(repriced.after()).isEqualTo(new RepricedContract.Priced(START, eur("2118.50")));
        assertThat(repriced.change()).contains(eur("57.00"));
        assertThat(repriced.changePercent()).contains(new BigDecimal("2.76"));
        assertThat(repriced.problem()).isEmpty();
    }

    @Test
    void aNewSheetFromNextYear_pricesTheContractOnItsFirstDay() {
        Repricing repricing = Repricing.between(OLD, RateSheet.from(france("65.00", NEXT_YEAR, true)));

        RepricedContract repriced = repricing.reprice("C-1042", LYON_CONTEXT, LYON_GOLD_RULE);

        assertThat(repriced.after()).isEqualTo(new RepricedContract.Priced(NEXT_YEAR, eur("2118.50")));
    }

    @Test
    void aSheetThatCannotPriceAContract_refusesIt_withTheReason_andTheReportSaysWhichSheet() {
        Repricing repricing = Repricing.between(OLD, RateSheet.from(france("60.00", START, false)));

        RepricedContract repriced = repricing.reprice("C-1043", LYON_CONTEXT, LYON_GOLD_RULE);

        assertThat(repriced.before()).isEqualTo(new RepricedContract.Priced(START, eur("2061.50")));
        assertThat(repriced.after()).isInstanceOf(RepricedContract.Refused.class);
        assertThat(repriced.problem()).hasValueSatisfying(reason -> assertThat(reason).startsWith("no trip fee rate for region FR-69"));
        assertThat(repriced.change()).isEmpty();
        assertThat(repriced.changePercent()).isEmpty();
        StringBuilder csv = new StringBuilder();
        ImpactReport.csv(csv).accept(repriced);
        assertThat(csv.toString()).isEqualTo(ImpactReport.HEADER + "\nC-1043,EUR,2061.50,,,,\"new sheet: "
                + ((RepricedContract.Refused) repriced.after()).reason() + "\"\n");
    }

    @Test
    void theReport_writesARowAContract_andSumsThemUp() {
        Repricing repricing = Repricing.between(OLD, RateSheet.from(france("65.00", START, true)));
        StringBuilder csv = new StringBuilder();
        ImpactReport report = ImpactReport.csv(csv);

        report.accept(repricing.reprice("C-1042", LYON_CONTEXT, LYON_GOLD_RULE));
        report.accept(repricing.reprice("Villa \"Les Pins\", Lyon", LYON_CONTEXT, LYON_GOLD_RULE));
        report.accept(RepricedContract.unreadable("line 3", "/terms: is missing"));
        report.accept(repricing.reprice("=cmd|' /C calc'!A0", LYON_CONTEXT, LYON_GOLD_RULE));

        assertThat(csv.toString()).isEqualTo(String.join("\n",
                "contract,currency,before,after,change,change_percent,problem",
                "C-1042,EUR,2061.50,2118.50,57.00,2.76,",
                "\"Villa \"\"Les Pins\"\", Lyon\",EUR,2061.50,2118.50,57.00,2.76,",
                "line 3,,,,,,cannot be read: /terms: is missing",
                "'=cmd|' /C calc'!A0,EUR,2061.50,2118.50,57.00,2.76,", ""));
        ImpactSummary summary = report.summary();
        assertThat(summary.contracts()).isEqualTo(4);
        assertThat(summary.repriced()).isEqualTo(3);
        assertThat(summary.increased()).isEqualTo(3);
        assertThat(summary.decreased()).isZero();
        assertThat(summary.unchanged()).isZero();
        assertThat(summary.unreadable()).isEqualTo(1);
        assertThat(summary.refusedBefore()).isZero();
        assertThat(summary.refusedAfter()).isZero();
        assertThat(summary.totalBefore()).contains(eur("6184.50"));
        assertThat(summary.totalAfter()).contains(eur("6355.50"));
        assertThat(summary.changePercent()).contains(new BigDecimal("2.76"));
    }

    @Test
    void sheetsInDifferentCurrencies_areRefused_naming_both() {
        RateSheet dollars = RateSheet.from(RateTable.builder(Monetary.getCurrency("USD")).effectiveFrom(START)
                .rate(RateKey.of(CostComponent.FLAT_FEE, LYON).withTier(GOLD_ID), "60.00").build());

        assertThatThrownBy(() -> Repricing.between(OLD, dollars)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("after.currency must be the old sheet's EUR to compare prices, was USD");
    }

    @Test
    void aSheetWhoseRatesEnd_refusesAContractAfterThem_namingItsLastDay() {
        RateTable ended = RateTable.builder(EUR).effective(START, LocalDate.of(2026, 7, 1))
                .rate(RateKey.of(CostComponent.FLAT_FEE, LYON).withTier(GOLD_ID), "60.00").build();
        Repricing repricing = Repricing.between(OLD, RateSheet.from(ended));
        PricingContext september = PricingContext.builder().from(LYON_CONTEXT).pricingDay(LocalDate.of(2026, 9, 1)).build();

        RepricedContract repriced = repricing.reprice("C-9", september, LYON_GOLD_RULE);

        assertThat(repriced.after()).isEqualTo(new RepricedContract.Refused(
                "no rate of the sheet applies on 2026-09-01: its rates apply until 2026-06-30"));
    }

    @Test
    void aContractReadForOneSheetOnly_orPricedInTwoCurrencies_isNoRepricedContract() {
        RepricedContract.Priced euros = new RepricedContract.Priced(START, eur("10.00"));
        assertThatThrownBy(() -> new RepricedContract("C-1", euros, new RepricedContract.Unreadable("/terms: is missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("after must be unreadable when before is");
        assertThatThrownBy(() -> new RepricedContract("C-1", euros, new RepricedContract.Priced(START,
                Examples.money("10.00", Examples.CHF)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("after.firmPrice must be in EUR as before, was CHF");
    }

    @Test
    void anEmptySummary_hasNoTotals() {
        assertThat(ImpactSummary.EMPTY.totalBefore()).isEqualTo(Optional.empty());
        assertThat(ImpactSummary.EMPTY.changePercent()).isEmpty();
        assertThat(ImpactSummary.EMPTY.plus(ImpactSummary.EMPTY).contracts()).isZero();
    }
}
