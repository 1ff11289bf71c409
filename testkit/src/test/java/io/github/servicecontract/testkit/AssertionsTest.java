package io.github.servicecontract.testkit;

import static io.github.servicecontract.testkit.ServiceContractAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.Intervention;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.PricingRules;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.QuoteLine;
import io.github.servicecontract.pricing.QuotePart;
import io.github.servicecontract.pricing.RateKey;
import io.github.servicecontract.pricing.Role;
import io.github.servicecontract.pricing.Rounding;
import io.github.servicecontract.pricing.StandardTraceKey;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.TimeBand;
import io.github.servicecontract.pricing.Trace;
import io.github.servicecontract.pricing.Unit;
import io.github.servicecontract.pricing.Usage;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import io.github.servicecontract.pricing.ratesheet.RateProblem;
import io.github.servicecontract.pricing.ratesheet.RateRequirements;
import io.github.servicecontract.pricing.ratesheet.RateRow;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import io.github.servicecontract.ratesheet.SampleRateSheets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class AssertionsTest {

    private static final RateRequirements SUNDAYS_IN_LYON = RateRequirements.labour(List.of(RegionCode.parse("FR-69")),
            List.of(CostComponent.REMOTE_LABOUR), List.of(Role.TECHNICIAN), List.of(TimeBand.SUNDAY_HOLIDAY));

    private static Quote lyonQuote() {
        io.github.servicecontract.model.Site site = io.github.servicecontract.model.Site.builder().name("Villa Martin")
                .region(RegionCode.parse("FR-69")).distanceFromBase(io.github.servicecontract.model.Distance.ofKilometres(18))
                .addSubsystems(io.github.servicecontract.model.Subsystem.CONTROL, io.github.servicecontract.model.Subsystem.NETWORK)
                .installedProductValue(euros("24000.00")).installedLabourValue(euros("9500.00")).build();
        io.github.servicecontract.model.ServiceTier gold = io.github.servicecontract.model.ServiceTier.builder()
                .id(TierId.of("gold")).serviceLevel(io.github.servicecontract.model.ServiceLevel.PROACTIVE)
                .addDeliveries(io.github.servicecontract.model.Delivery.ON_SITE)
                .coverage(io.github.servicecontract.model.CoverageWindow.allHours(java.time.ZoneId.of("Europe/Paris"),
                        io.github.servicecontract.model.HolidayCalendar.national(RegionCode.ofCountry("FR"))))
                .onSiteResponseTime(Duration.ofHours(24))
                .perks(io.github.servicecontract.model.MemberPerks.builder()
                        .addBenefits(io.github.servicecontract.model.Benefit.TRIP_FEE_WAIVED).build())
                .addBilledOnDemand(io.github.servicecontract.model.ChargeableService.values()).build();
        PricingContext context = PricingContext.builder().site(site).tier(gold)
                .terms(io.github.servicecontract.model.ContractTerms.builder().start(LocalDate.of(2026, 1, 1))
                        .term(io.github.servicecontract.model.Term.ofMonths(12)).build())
                .rates(SampleRateSheets.france().toRateTable(LocalDate.of(2026, 1, 1)))
                .usage(Usage.of(Intervention.onSite(LocalDate.of(2026, 3, 10), Duration.ofHours(2)))).build();
        return Quote.of(context, PricingRules.sum(PricingRules.flatFee(), PricingRules.onSiteLabour(), PricingRules.tripFee()));
    }

    private static javax.money.MonetaryAmount euros(String amount) {
        return Monetary.getDefaultAmountFactory().setCurrency("EUR").setNumber(new BigDecimal(amount)).create();
    }

    @Test
    void rateSheet_validAndCleanSamplesPass() {
        assertThat(SampleRateSheets.france()).isValid().isClean();
        assertThat(SampleRateSheets.unitedStates()).isValidFor(RateRequirements.tiers(List.of(RegionCode.ofCountry("US")),
                List.of(TierId.of("basic"), TierId.of("plus"), TierId.of("premier")), List.of(CostComponent.FLAT_FEE)));
    }

    @Test
    void rateSheet_failureShowsTheWholeReport() {
        assertThatThrownBy(() -> assertThat(SampleRateSheets.france()).isValidFor(SUNDAYS_IN_LYON))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the rate sheet to be valid, but found 1 problem:\n"
                        + "  MISSING_RATE ERROR at rates from 2026-01-01: no remote labour rate for region FR-69, role TECHNICIAN,"
                        + " band SUNDAY_HOLIDAY");
        List<RateRow> rows = new ArrayList<>(SampleRateSheets.italy().rows());
        RateRow trip = rows.get(4);
        rows.set(4, new RateRow(trip.line(), trip.key(), trip.upTo(), trip.mode(), trip.flat(), trip.unit(), BigDecimal.ZERO, trip.currency(),
                trip.effectiveFrom(), trip.effectiveUntil()));
        RateSheet free = RateSheet.of(rows);
        assertThat(free).isValid().hasProblem(RateProblem.Code.ZERO_RATE);
        assertThatThrownBy(() -> assertThat(free).isClean()).hasMessageContaining("ZERO_RATE WARNING at line 6");
        assertThatThrownBy(() -> assertThat(free).hasProblem(RateProblem.Code.DATE_GAP))
                .hasMessageStartingWith("Expecting the rate sheet to have a DATE_GAP problem, but found 1 problem:");
    }

    @Test
    void quote_totalsAndLines() {
        Quote quote = lyonQuote();
        assertThat(quote).hasTotal("890.00").hasTotal(euros("890")).hasRecurringPerYear("720.00")
                .hasNoLineFor(CostComponent.DISCOUNT);
        assertThat(quote).hasLineFor(CostComponent.ON_SITE_LABOUR).isBilled().hasAmount("170.00").hasQuantity("2");
        assertThat(quote).hasLineFor(CostComponent.TRIP_FEE).isIncluded().hasAmount("0");
    }

    @Test
    void quote_failuresSayWhatWasExpectedAndFound() {
        Quote quote = lyonQuote();
        assertThatThrownBy(() -> assertThat(quote).hasTotal("900.00"))
                .hasMessage("Expecting the total to be 900.00 EUR, but was EUR 890.00");
        assertThatThrownBy(() -> assertThat(quote).hasTotal(Examples.usd("890.00")))
                .hasMessage("Expecting the total to be in USD, but it is EUR 890.00");
        assertThatThrownBy(() -> assertThat(quote).hasLineFor(CostComponent.REMOTE_TICKET))
                .hasMessage("Expecting a line for remote-ticket, but the quote has [flat-fee, on-site-labour, trip-fee]");
        assertThatThrownBy(() -> assertThat(quote).hasNoLineFor(CostComponent.TRIP_FEE))
                .hasMessageStartingWith("Expecting no line for trip-fee, but found");
        assertThatThrownBy(() -> assertThat(quote).hasLineFor(CostComponent.TRIP_FEE).isBilled())
                .hasMessageStartingWith("Expecting trip-fee to be billed, but it is included (trip-fee: fee=EUR 45.00");
        assertThatThrownBy(() -> assertThat(quote).hasLineFor(CostComponent.ON_SITE_LABOUR).isIncluded())
                .hasMessageStartingWith("Expecting on-site-labour to be included, but it is billed EUR 170.00");
        assertThatThrownBy(() -> assertThat(quote).hasLineFor(CostComponent.ON_SITE_LABOUR).hasAmount("85"))
                .hasMessageStartingWith("Expecting on-site-labour to amount to 85, but was EUR 170.00");
        assertThatThrownBy(() -> assertThat(quote).hasLineFor(CostComponent.ON_SITE_LABOUR).hasQuantity("3"))
                .hasMessage("Expecting on-site-labour to have quantity 3, but was 2");
    }

    @Test
    void quote_failuresShowAmountsExactly_notRoundedToTheCurrency() {
        PricingContext toTheTenthOfACent = PricingContext.builder().from(lyonQuote().context())
                .rounding(Rounding.toScale(3, RoundingMode.HALF_UP, Rounding.Step.PER_LINE)).build();
        CostComponent sms = CostComponent.of("sms-alerts");
        Quote quote = Quote.of(toTheTenthOfACent, draft -> draft.plus(QuoteLine.builder().component(sms)
                .category(QuoteLine.Category.USAGE).part(QuotePart.FIRM).billing(QuoteLine.Billing.BILLED).quantity(BigDecimal.ONE).unit(Unit.ITEM)
                .unitPrice(euros("0.004")).amount(euros("0.004")).trace(Trace.of("sms-alerts")).build()));
        assertThatThrownBy(() -> assertThat(quote).hasTotal("0.00"))
                .hasMessage("Expecting the total to be 0.00 EUR, but was EUR 0.004");
        assertThatThrownBy(() -> assertThat(quote).hasTotal(Examples.usd("0.004")))
                .hasMessage("Expecting the total to be in USD, but it is EUR 0.004");
        assertThatThrownBy(() -> assertThat(quote).hasLineFor(sms).hasAmount("0"))
                .hasMessage("Expecting sms-alerts to amount to 0, but was EUR 0.004 (sms-alerts: )");
        assertThatThrownBy(() -> assertThat(quote).hasLineFor(sms).isIncluded())
                .hasMessage("Expecting sms-alerts to be included, but it is billed EUR 0.004 (sms-alerts: )");
    }

    private static Quote lyonQuoteWithASaturday() {
        PricingContext context = PricingContext.builder().from(lyonQuote().context())
                .usage(Usage.of(Intervention.onSite(LocalDate.of(2026, 3, 10), Duration.ofHours(2)),
                        Intervention.onSite(LocalDate.of(2026, 3, 14), Duration.ofMinutes(90)).withBand(TimeBand.SATURDAY)))
                .build();
        return Quote.of(context, PricingRules.sum(PricingRules.flatFee(), PricingRules.onSiteLabour(), PricingRules.tripFee()));
    }

    @Test
    void quote_linesByDay_unitPricesAndTraceSteps_andTheTotalWithTax() {
        Quote quote = lyonQuoteWithASaturday();
        assertThat(quote).hasLinesFor(CostComponent.ON_SITE_LABOUR, 2).hasLinesFor(CostComponent.TRIP_FEE, 2)
                .hasLinesFor(CostComponent.REMOTE_LABOUR, 0).hasTotal("1081.25").hasFirmPrice("1081.25")
                .hasSubtotal(QuotePart.ESTIMATE, "0").hasPayable(Taxation.of(TaxRate.FRANCE), "1297.50");
        assertThat(quote).hasLineFor(CostComponent.ON_SITE_LABOUR, LocalDate.of(2026, 3, 14)).isBilled().hasUnitPrice("127.50")
                .hasQuantity("1.5").hasAmount("191.25").hasTraceStep(StandardTraceKey.BAND, TimeBand.SATURDAY)
                .hasTraceStep(StandardTraceKey.BILLED_HOURS, new BigDecimal("1.50")).hasTraceStep(StandardTraceKey.RATE, euros("127.5"));
        assertThat(quote).hasLineFor(CostComponent.ON_SITE_LABOUR, LocalDate.of(2026, 3, 10)).hasUnitPrice("85.00");
    }

    @Test
    void quote_failuresOfLinesByDay_unitPricesAndTraceSteps() {
        Quote quote = lyonQuoteWithASaturday();
        assertThatThrownBy(() -> assertThat(quote).hasLinesFor(CostComponent.ON_SITE_LABOUR, 1))
                .hasMessageStartingWith("Expecting 1 lines for on-site-labour, but found 2: [labour: rate=EUR 85.00");
        assertThatThrownBy(() -> assertThat(quote).hasPayable(Taxation.of(TaxRate.FRANCE), "1081.25"))
                .hasMessage("Expecting the payable total under Taxation[FR 20%] to be 1081.25 EUR, but was EUR 1297.50");
        assertThatThrownBy(() -> assertThat(quote).hasFirmPrice("1000.00"))
                .hasMessage("Expecting the firm price to be 1000.00 EUR, but was EUR 1081.25");
        assertThatThrownBy(() -> assertThat(quote).hasSubtotal(QuotePart.ONE_OFF, "1.00"))
                .hasMessage("Expecting the subtotal of the ONE_OFF to be 1.00 EUR, but was EUR 0.00");
        assertThatThrownBy(() -> assertThat(quote).hasLineFor(CostComponent.ON_SITE_LABOUR, LocalDate.of(2026, 3, 11)))
                .hasMessage("Expecting a line for on-site-labour on 2026-03-11, but its lines are on [2026-03-10, 2026-03-14]");
        assertThatThrownBy(() -> assertThat(quote).hasLineFor(CostComponent.FLAT_FEE, LocalDate.of(2026, 3, 10)))
                .hasMessage("Expecting a line for flat-fee on 2026-03-10, but its lines are on [no day]");
        assertThatThrownBy(() -> assertThat(quote).hasLineFor(CostComponent.ON_SITE_LABOUR).hasUnitPrice("127.50"))
                .hasMessageStartingWith("Expecting on-site-labour to have the unit price 127.50, but was EUR 85.00 (labour:");
        assertThatThrownBy(() -> assertThat(quote).hasLineFor(CostComponent.ON_SITE_LABOUR).hasTraceStep(StandardTraceKey.BAND, TimeBand.NIGHT))
                .hasMessageStartingWith("Expecting the step band of on-site-labour to be NIGHT, but was BUSINESS_HOURS (labour:");
        assertThatThrownBy(() -> assertThat(quote).hasLineFor(CostComponent.ON_SITE_LABOUR).hasTraceStep(StandardTraceKey.RATE, euros("85.01")))
                .hasMessageStartingWith("Expecting the step rate of on-site-labour to be EUR 85.01");
        assertThatThrownBy(() -> assertThat(quote).hasLineFor(CostComponent.FLAT_FEE).hasTraceStep(StandardTraceKey.BAND, TimeBand.NIGHT))
                .hasMessageStartingWith("Expecting the trace of flat-fee to have a step band, but it has none: flat-fee: rate=");
        assertThatThrownBy(() -> assertThat(quote).hasTotal("about 1000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected amount must be a decimal number such as \"2061.50\", was \"about 1000\"");
    }

    @Test
    void schedule_invoicesAndTotals() {
        Quote quote = lyonQuote();
        BillingSchedule quarterly = BillingSchedule.of(Quote.of(PricingContext.builder().from(quote.context())
                .terms(ContractTerms.builder().from(quote.context().terms()).billingFrequency(BillingFrequency.QUARTERLY).build())
                .usage(Usage.NONE).build(), PricingRules.flatFee()), BillingPolicy.builder().taxation(Taxation.of(TaxRate.FRANCE)).build());
        assertThat(quarterly).hasInvoiceCount(4).hasInvoice(1, "180.00").hasInvoice(4, "180").hasTotalExcludingTax("720.00")
                .hasTotalIncludingTax("864.00");
        assertThatThrownBy(() -> assertThat(quarterly).hasInvoiceCount(12))
                .hasMessage("Expecting 12 invoices, but the schedule has 4, covering [2026-01-01..2026-03-31, 2026-04-01..2026-06-30, "
                        + "2026-07-01..2026-09-30, 2026-10-01..2026-12-31]");
        assertThatThrownBy(() -> assertThat(quarterly).hasInvoice(2, "200.00"))
                .hasMessage("Expecting the invoice 2 (2026-04-01..2026-06-30) before tax to be 200.00 EUR, but was EUR 180.00");
        assertThatThrownBy(() -> assertThat(quarterly).hasInvoice(5, "180.00"))
                .hasMessage("Expecting an invoice number 5, but the schedule has invoices 1 to 4");
        assertThatThrownBy(() -> assertThat(quarterly).hasTotalExcludingTax("864.00"))
                .hasMessage("Expecting the total before tax to be 864.00 EUR, but was EUR 720.00");
        assertThatThrownBy(() -> assertThat(quarterly).hasTotalIncludingTax("720.00"))
                .hasMessage("Expecting the total including tax to be 720.00 EUR, but was EUR 864.00");
    }

    /** Amounts in other currencies. */
    private static final class Examples {
        static javax.money.MonetaryAmount usd(String amount) {
            return Monetary.getDefaultAmountFactory().setCurrency("USD").setNumber(new BigDecimal(amount)).create();
        }
    }
}
