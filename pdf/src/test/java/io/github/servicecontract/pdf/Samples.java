package io.github.servicecontract.pdf;

import io.github.servicecontract.i18n.ContractDocuments;
import io.github.servicecontract.i18n.Document;
import io.github.servicecontract.i18n.DocumentReference;
import io.github.servicecontract.i18n.RenderOptions;
import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.Contract;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.CoverageWindow;
import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.Equipment;
import io.github.servicecontract.model.HolidayCalendar;
import io.github.servicecontract.model.Integrator;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.PostalAddress;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.Registration;
import io.github.servicecontract.model.ServiceLevel;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.Subsystem;
import io.github.servicecontract.model.Term;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.Intervention;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.PricingRules;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.Usage;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Locale;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/** DOMAIN.md example 1 as the documents show it, and a quote of the United States, built from the sample rate sheets. */
final class Samples {

    private Samples() {}

    private static MonetaryAmount money(String amount, CurrencyUnit currency) {
        return Monetary.getDefaultAmountFactory().setCurrency(currency).setNumber(new BigDecimal(amount)).create();
    }

    private static ServiceTier tier(String id, RegionCode region, String zone) {
        return ServiceTier.builder().id(TierId.of(id)).serviceLevel(ServiceLevel.PROACTIVE).addDeliveries(Delivery.REMOTE, Delivery.ON_SITE)
                .coverage(CoverageWindow.businessHours(ZoneId.of(zone), HolidayCalendar.national(region)))
                .remoteResponseTime(Duration.ofHours(4)).onSiteResponseTime(Duration.ofHours(24))
                .addClauses(Clause.of(StandardClause.POWER_SURGE), Clause.of(StandardClause.MISUSE))
                .addBilledOnDemand(ChargeableService.REMOTE_SUPPORT, ChargeableService.ON_SITE_VISIT, ChargeableService.SYSTEM_UPDATE,
                        ChargeableService.TRAVEL)
                .build();
    }

    private static Quote quote(Site site, ServiceTier tier, ContractTerms terms, io.github.servicecontract.pricing.RateTable rates, Usage usage) {
        return Quote.of(PricingContext.builder().site(site).tier(tier).terms(terms).rates(rates).usage(usage).build(),
                PricingRules.sum(PricingRules.flatFee(), PricingRules.perDevice(), PricingRules.perSubsystem(), PricingRules.onSiteLabour(),
                        PricingRules.remoteLabour(), PricingRules.systemUpdates(), PricingRules.tripFee(), PricingRules.prepayDiscount()));
    }

    /** The rates of the sample sheets that these quotes use. */
    private static io.github.servicecontract.pricing.RateTable rates(CurrencyUnit currency, String country, String... componentsAndRates) {
        io.github.servicecontract.pricing.RateTable.Builder table = io.github.servicecontract.pricing.RateTable.builder(currency)
                .effectiveFrom(LocalDate.of(2026, 1, 1));
        for (int i = 0; i < componentsAndRates.length; i += 2) {
            io.github.servicecontract.pricing.CostComponent component = io.github.servicecontract.pricing.CostComponent.of(componentsAndRates[i]);
            io.github.servicecontract.pricing.RateKey key = io.github.servicecontract.pricing.RateKey.of(component, RegionCode.ofCountry(country));
            table.rate(component.id().endsWith("labour") ? key.withRole(io.github.servicecontract.pricing.Role.TECHNICIAN) : key,
                    componentsAndRates[i + 1]);
        }
        return table.build();
    }

    /** The contract of DOMAIN.md example 1, in French, with its letterhead, invoices and explanations. */
    static Document frenchContract() {
        return frenchContract(io.github.servicecontract.model.BillingFrequency.ANNUAL);
    }

    /** The French contract of an integrator named {@code integrator}. */
    static Document frenchContract(String integrator) {
        return frenchContract(io.github.servicecontract.model.BillingFrequency.ANNUAL, integrator);
    }

    /** The same, invoiced at {@code frequency}: monthly, the widest schedule. */
    static Document frenchContract(io.github.servicecontract.model.BillingFrequency frequency) {
        return frenchContract(frequency, "Domotique Rhône SARL");
    }

    private static Document frenchContract(io.github.servicecontract.model.BillingFrequency frequency, String name) {
        return french(frequency, name, null);
    }

    /** The notice, sent on {@code day}, that the French contract renews. */
    static Document frenchRenewalNotice(LocalDate day) {
        return french(io.github.servicecontract.model.BillingFrequency.ANNUAL, "Domotique Rhône SARL", day);
    }

    /** The French contract, or its renewal notice sent on {@code noticeDay} when one is given. */
    private static Document french(io.github.servicecontract.model.BillingFrequency frequency, String name, LocalDate noticeDay) {
        CurrencyUnit eur = Monetary.getCurrency("EUR");
        RegionCode lyon = RegionCode.parse("FR-69");
        Site site = Site.builder().name("Villa Martin, 12 chemin des Tilleuls, Lyon").region(lyon).distanceFromBase(Distance.ofKilometres(18))
                .addSubsystems(Subsystem.CONTROL, Subsystem.AUDIO_VIDEO, Subsystem.NETWORK, Subsystem.LIGHTING)
                .addEquipment(Equipment.builder().brand("Control4").model("CORE 5").subsystem(Subsystem.CONTROL).quantity(6)
                        .unitValue(money("1450.00", eur)).installDate(LocalDate.of(2024, 3, 1)).warrantyEnd(LocalDate.of(2026, 2, 28)).build(),
                        Equipment.builder().brand("Sonos").model("Amp").subsystem(Subsystem.AUDIO_VIDEO).quantity(6)
                        .unitValue(money("699.00", eur)).installDate(LocalDate.of(2024, 3, 1)).warrantyEnd(LocalDate.of(2026, 2, 28)).build(),
                        Equipment.builder().brand("Ubiquiti").model("U7 Pro").subsystem(Subsystem.NETWORK).quantity(9)
                        .unitValue(money("189.00", eur)).installDate(LocalDate.of(2024, 3, 1)).warrantyEnd(LocalDate.of(2026, 2, 28)).build(),
                        Equipment.builder().brand("Lutron").model("seeTouch").subsystem(Subsystem.LIGHTING).quantity(24)
                        .unitValue(money("210.00", eur)).installDate(LocalDate.of(2024, 3, 1)).warrantyEnd(LocalDate.of(2032, 2, 29)).build())
                .installedProductValue(money("24000.00", eur)).installedLabourValue(money("9500.00", eur)).build();
        ServiceTier gold = tier("gold", lyon, "Europe/Paris");
        ContractTerms terms = ContractTerms.builder().start(LocalDate.of(2026, 1, 1)).term(Term.ofMonths(12))
                .billingFrequency(frequency).prepayDiscount(Percentage.of(5))
                .paymentTerm(Period.ofDays(30)).build();
        Quote quote = quote(site, gold, terms, rates(eur, "FR", "flat-fee", "60.00", "device-fee", "1.00", "subsystem-fee", "10.00",
                "on-site-labour", "85.00", "remote-labour", "75.00", "trip-fee", "45.00", "system-update", "60.00"),
                Usage.of(Intervention.onSite(LocalDate.of(2026, 3, 10), Duration.ofHours(2)),
                        Intervention.onSite(LocalDate.of(2026, 9, 15), Duration.ofHours(2))));
        Client client = Client.of("Claire Martin", Locale.FRANCE).withAddress(PostalAddress.of("12 chemin des Tilleuls", "69003 Lyon"));
        Contract contract = Contract.builder().client(client).site(site).tier(gold).terms(terms).build();
        Integrator integrator = Integrator.builder().name(name).address(PostalAddress.of("8 rue Garibaldi", "69006 Lyon"))
                .addRegistrations(Registration.of(Registration.Kind.SIRET, "842 597 130 00017"),
                        Registration.of(Registration.Kind.FR_VAT, "FR 17 842 597 130"))
                .phone("+33 4 72 00 00 00").email("support@domotique-rhone.example").build();
        Taxation tax = Taxation.of(TaxRate.FRANCE);
        if (noticeDay != null) {
            return ContractDocuments.renewalNotice(contract, noticeDay, RenderOptions.builder().issuer(integrator).build());
        }
        return ContractDocuments.contract(contract, quote, RenderOptions.builder().taxation(tax).issuer(integrator)
                .reference(DocumentReference.of("CTR-2025-0142", LocalDate.of(2025, 12, 1)).validFor(Period.ofDays(30)))
                .schedule(BillingSchedule.of(quote, BillingPolicy.builder().taxation(tax).build()))
                .detail(RenderOptions.Detail.EXPLAINED).build());
    }

    /** A quote of the United States sample sheet, in US English. */
    static Document usQuote() {
        CurrencyUnit usd = Monetary.getCurrency("USD");
        RegionCode texas = RegionCode.parse("US-TX");
        Site site = Site.builder().name("42 Oak Lane, Austin").region(texas).distanceFromBase(Distance.ofMiles(19))
                .addSubsystems(Subsystem.CONTROL, Subsystem.NETWORK).installedProductValue(money("24000.00", usd))
                .installedLabourValue(money("6000.00", usd)).build();
        ServiceTier premier = tier("premier", texas, "America/Chicago");
        ContractTerms terms = ContractTerms.builder().start(LocalDate.of(2026, 1, 1)).term(Term.ofMonths(12)).build();
        Quote quote = Quote.of(PricingContext.builder().site(site).tier(premier).terms(terms)
                .rates(rates(usd, "US", "flat-fee", "120.00", "on-site-labour", "85.00",
                        "remote-labour", "150.00", "trip-fee", "75.00", "system-update", "95.00", "travel-miles", "0.70")).build(),
                PricingRules.sum(PricingRules.flatFee(), PricingRules.onSiteLabour(), PricingRules.remoteLabour(), PricingRules.systemUpdates(),
                        PricingRules.tripFee(), PricingRules.miles(Distance.ofMiles(10), io.github.servicecontract.pricing.Legs.RETURN)));
        return ContractDocuments.quote(quote, Locale.US, RenderOptions.builder().client(Client.of("Pat Doe", Locale.US)).build());
    }
}
