package io.github.servicecontract.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import java.time.Duration;
import java.time.LocalDate;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** The pricing example of README.md, verbatim, so that the README stays true. */
class ReadmeExampleTest {

    @Test
    void readmeQuote_pricesExample1() {
        Site site = Examples.LYON_SITE;
        ServiceTier gold = Examples.LYON_GOLD;
        ContractTerms terms = Examples.LYON_CONTEXT.terms();

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

        quote.total();                              // EUR 2061.50, exactly the sum of the lines
        quote.totalIncludingTax(TaxRate.FRANCE);    // EUR 2473.80
        quote.lines().forEach(line -> System.out.println(line.trace()));
        // labour: rate=EUR 85.00, band=BUSINESS_HOURS, day=2026-03-10, ..., amount=EUR 170.00

        assertThat(quote.total()).isEqualTo(Examples.eur("2061.50"));
        assertThat(quote.totalIncludingTax(TaxRate.FRANCE)).isEqualTo(Examples.eur("2473.80"));
    }
}
