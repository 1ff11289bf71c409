package io.github.servicecontract.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseParameter;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.CoverageWindow;
import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.DateWindow;
import io.github.servicecontract.model.HolidayCalendar;
import io.github.servicecontract.model.HoursBank;
import io.github.servicecontract.model.IncludedQuotas;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.ServiceLevel;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.statement.PrepaidBalance;
import io.github.servicecontract.pricing.statement.Statement;
import io.github.servicecontract.pricing.statement.Statements;
import io.github.servicecontract.pricing.statement.WorkLog;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** The tier and pricing examples of README.md, verbatim, so that the README stays true. */
class ReadmeExampleTest {

    @Test
    void readmeQuote_pricesExample1() {
        Site site = Examples.LYON_SITE;
        ContractTerms terms = Examples.LYON_CONTEXT.terms();
        ServiceTier gold = ServiceTier.builder()
                .id(TierId.of("gold"))
                .serviceLevel(ServiceLevel.PROACTIVE)
                .addDeliveries(Delivery.REMOTE, Delivery.ON_SITE)
                .coverage(CoverageWindow.businessHours(ZoneId.of("Europe/Paris"),
                        HolidayCalendar.national(RegionCode.parse("FR-69"))))
                .remoteResponseTime(Duration.ofHours(4))
                .onSiteResponseTime(Duration.ofHours(24))
                .quotas(IncludedQuotas.builder().systemUpdatesPerYear(4).build())
                .addClauses(
                        Clause.of(StandardClause.SYSTEM_UPDATES, ClauseParameter.UPDATES, ParameterValue.count(4)),
                        Clause.of(StandardClause.POWER_SURGE))
                // what is not included is billed from the rate card, never silently free
                .addBilledOnDemand(ChargeableService.REMOTE_SUPPORT, ChargeableService.ON_SITE_VISIT,
                        ChargeableService.TRAVEL)
                .build();   // throws IllegalArgumentException naming the field, the value and the rule

        RegionCode france = RegionCode.ofCountry("FR");
        RateTable rates = RateTable.builder(Monetary.getCurrency("EUR"))
                .rate(RateKey.of(CostComponent.FLAT_FEE, france).withTier(gold.id()), "60.00")
                .rate(RateKey.of(CostComponent.DEVICE_FEE, france).withTier(gold.id()), "1.00")
                .rate(RateKey.of(CostComponent.SUBSYSTEM_FEE, france).withTier(gold.id()), "10.00")
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, france).withRole(Role.TECHNICIAN), "85.00")
                .rate(RateKey.of(CostComponent.TRIP_FEE, france), "45.00")
                .build();
        PricingContext context = PricingContext.builder()
                .site(site).tier(gold).terms(terms).rates(rates)
                .usage(Usage.of(
                        Intervention.onSite(LocalDate.of(2026, 3, 10), Duration.ofHours(2)),
                        Intervention.onSite(LocalDate.of(2026, 9, 15), Duration.ofHours(2))))
                .build();
        Quote quote = Quote.of(context, PricingRules.sum(
                PricingRules.flatFee(), PricingRules.perDevice(), PricingRules.perSubsystem(),
                PricingRules.onSiteLabour(), PricingRules.tripFee(), PricingRules.prepayDiscount()));

        quote.firmPrice();                                     // EUR 2061.50: 1,740.00 + two visits 430.00, less 5 %
        quote.committed(Taxation.of(TaxRate.FRANCE)).payable();  // EUR 2473.80, what the invoices add up to
        quote.subtotal(QuotePart.ESTIMATE);                    // EUR 0.00: nothing estimated here
        quote.lines().forEach(line -> System.out.println(line.trace()));
        // labour: rate=EUR 85.00, band=BUSINESS_HOURS, day=2026-03-10, ..., amount=EUR 170.00

        assertThat(quote.firmPrice()).isEqualTo(Examples.eur("2061.50")).isEqualTo(quote.total());
        assertThat(quote.subtotal(QuotePart.ESTIMATE)).isEqualTo(Examples.eur("0.00"));
        assertThat(quote.committed(Taxation.of(TaxRate.FRANCE)).payable()).isEqualTo(Examples.eur("2473.80"));
        HoursBank bank = HoursBank.of(Duration.ofHours(10), new DateWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        Statements statements = Statements.of(context, PricingRules.sum(
                PricingRules.onSiteLabour(), PricingRules.tripFee()), List.of(bank));
        WorkLog log = WorkLog.EMPTY.with(Intervention.onSite(LocalDate.of(2026, 5, 12), Duration.ofHours(3)));
        Statement may = statements.statement(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1), log);
        may.listPrice();                                       // EUR 300.00: 3 h at 85.00 and the trip, 45.00
        may.covered();                                         // EUR 255.00: the 3 h, from the bank
        may.billed();                                          // EUR 45.00: the trip
        may.prepaid();                                         // [Bank[..., opening=PT10H, drawn=PT3H, ..., closing=PT7H, ...]]

        assertThat(may.listPrice()).isEqualTo(Examples.eur("300.00"));
        assertThat(may.covered()).isEqualTo(Examples.eur("255.00"));
        assertThat(may.billed()).isEqualTo(Examples.eur("45.00"));
        assertThat(may.prepaid()).containsExactly(new PrepaidBalance.Bank(bank, Duration.ofHours(10), Duration.ofHours(3),
                Duration.ZERO, Duration.ofHours(7), false));
        assertThat(may.prepaid().toString()).contains("opening=PT10H, drawn=PT3H").contains("closing=PT7H");
    }
}
