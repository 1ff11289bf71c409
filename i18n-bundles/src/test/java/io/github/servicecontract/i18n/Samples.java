package io.github.servicecontract.i18n;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseParameter;
import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.Integrator;
import io.github.servicecontract.model.PostalAddress;
import io.github.servicecontract.model.Registration;
import io.github.servicecontract.model.Contract;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.CoverageWindow;
import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.Equipment;
import io.github.servicecontract.model.HolidayCalendar;
import io.github.servicecontract.model.IncludedQuotas;
import io.github.servicecontract.model.MemberPerks;
import io.github.servicecontract.model.Monitoring;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.RemoteHoursAllowance;
import io.github.servicecontract.model.ServiceLevel;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.Subsystem;
import io.github.servicecontract.model.Term;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.Commitment;
import io.github.servicecontract.pricing.Intervention;
import io.github.servicecontract.pricing.Legs;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.PricingRule;
import io.github.servicecontract.pricing.PricingRules;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.RateKey;
import io.github.servicecontract.pricing.RateTable;
import io.github.servicecontract.pricing.Role;
import io.github.servicecontract.pricing.Usage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/** DOMAIN.md examples 1 (Lyon, fr-FR) and 3 (Milan, it-IT), built through the public API. */
final class Samples {

    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    private Samples() {}

    static MonetaryAmount eur(String amount) {
        return money(amount, EUR);
    }

    static MonetaryAmount money(String amount, CurrencyUnit currency) {
        return Monetary.getDefaultAmountFactory().setCurrency(currency).setNumber(new BigDecimal(amount)).create();
    }

    static Equipment equipment(String brand, String model, Subsystem subsystem, int quantity, String value) {
        return Equipment.builder().brand(brand).model(model).subsystem(subsystem).quantity(quantity).unitValue(eur(value))
                .installDate(LocalDate.of(2024, 3, 1)).warrantyEnd(LocalDate.of(2026, 2, 28)).build();
    }

    // ---------------------------------------------------------------- example 1: Lyon, Gold, fr-FR

    static final RegionCode LYON = RegionCode.parse("FR-69");

    static final Site VILLA_MARTIN = Site.builder().name("Villa Martin, 12 chemin des Tilleuls, Lyon").region(LYON)
            .distanceFromBase(Distance.ofKilometres(18))
            .addSubsystems(Subsystem.CONTROL, Subsystem.AUDIO_VIDEO, Subsystem.NETWORK, Subsystem.LIGHTING)
            .addEquipment(equipment("Control4", "CORE 5", Subsystem.CONTROL, 6, "1450.00"),
                    equipment("Sonos", "Amp", Subsystem.AUDIO_VIDEO, 6, "699.00"),
                    equipment("Ubiquiti", "U7 Pro", Subsystem.NETWORK, 9, "189.00"),
                    equipment("Lutron", "seeTouch", Subsystem.LIGHTING, 24, "210.00"))
            .installedProductValue(eur("24000.00")).installedLabourValue(eur("9500.00")).build();

    static final ServiceTier GOLD = ServiceTier.builder().id(TierId.of("gold")).serviceLevel(ServiceLevel.PROACTIVE)
            .addDeliveries(Delivery.REMOTE, Delivery.ON_SITE)
            .coverage(CoverageWindow.businessHours(ZoneId.of("Europe/Paris"), HolidayCalendar.national(LYON)))
            .remoteResponseTime(Duration.ofHours(4)).onSiteResponseTime(Duration.ofHours(24))
            .monitoring(Monitoring.PROACTIVE)
            .quotas(IncludedQuotas.builder().systemUpdatesPerYear(4).build())
            .perks(MemberPerks.builder().extraLabourDiscount(Percentage.of(10)).build())
            .addClauses(Clause.of(StandardClause.SYSTEM_UPDATES, ClauseParameter.UPDATES, ParameterValue.count(4)),
                    Clause.of(StandardClause.PROACTIVE_MONITORING),
                    Clause.of(StandardClause.LABOUR_DISCOUNT, ClauseParameter.DISCOUNT, ParameterValue.percentage(Percentage.of(10))),
                    Clause.of(StandardClause.POWER_SURGE), Clause.of(StandardClause.WATER_DAMAGE), Clause.of(StandardClause.MISUSE),
                    Clause.of(StandardClause.CONSUMABLES))
            .addBilledOnDemand(ChargeableService.REMOTE_SUPPORT, ChargeableService.ON_SITE_VISIT, ChargeableService.TRAVEL)
            .build();

    static final RateTable FRANCE = RateTable.builder(EUR).effectiveFrom(START)
            .rate(RateKey.of(CostComponent.FLAT_FEE, LYON).withTier(TierId.of("gold")), "60.00")
            .rate(RateKey.of(CostComponent.DEVICE_FEE, LYON).withTier(TierId.of("gold")), "1.00")
            .rate(RateKey.of(CostComponent.SUBSYSTEM_FEE, LYON).withTier(TierId.of("gold")), "10.00")
            .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, RegionCode.ofCountry("FR")).withRole(Role.TECHNICIAN), "85.00")
            .rate(RateKey.of(CostComponent.REMOTE_LABOUR, RegionCode.ofCountry("FR")).withRole(Role.TECHNICIAN), "75.00")
            .rate(RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), "45.00")
            .rate(RateKey.of(CostComponent.SYSTEM_UPDATE, RegionCode.ofCountry("FR")), "60.00")
            .rate(RateKey.of(CostComponent.SITE_MONITORING, RegionCode.ofCountry("FR")), "19.00")
            .build();

    static final PricingRule GOLD_RULE = PricingRules.sum(PricingRules.flatFee(), PricingRules.perDevice(),
            PricingRules.perSubsystem(), PricingRules.onSiteLabour(), PricingRules.remoteLabour(), PricingRules.tripFee(),
            PricingRules.prepayDiscount());

    /** The rules that put every service a sample tier bills on demand on the rate card, as a document requires. */
    static final PricingRule ON_DEMAND = PricingRules.sum(PricingRules.onSiteLabour(), PricingRules.remoteLabour(),
            PricingRules.systemUpdates(), PricingRules.tripFee());

    /** A quote of {@code fees} with the prices of the services billed on demand. */
    static Quote quote(PricingContext context, PricingRule fees) {
        return Quote.of(context, PricingRules.sum(fees, ON_DEMAND));
    }

    static final ContractTerms ANNUAL = ContractTerms.builder().start(START).term(Term.ofMonths(12))
            .billingFrequency(BillingFrequency.ANNUAL).prepayDiscount(Percentage.of(5)).build();

    static final PricingContext LYON_CONTEXT = PricingContext.builder().site(VILLA_MARTIN).tier(GOLD).terms(ANNUAL).rates(FRANCE)
            .usage(Usage.of(Intervention.onSite(LocalDate.of(2026, 3, 10), Duration.ofHours(2)),
                    Intervention.onSite(LocalDate.of(2026, 9, 15), Duration.ofHours(2))))
            .build();

    static final Quote LYON_QUOTE = Quote.of(LYON_CONTEXT, GOLD_RULE);

    /** The integrator of the French samples: fictitious, with registration numbers whose check digits hold. */
    static final Integrator DOMOTIQUE_RHONE = Integrator.builder().name("Domotique Rhône SARL")
            .address(PostalAddress.of("8 rue Garibaldi", "69006 Lyon"))
            .addRegistrations(Registration.of(Registration.Kind.SIRET, "842 597 130 00017"),
                    Registration.of(Registration.Kind.FR_VAT, "FR 17 842 597 130"))
            .phone("+33 4 72 00 00 00").email("support@domotique-rhone.example").build();

    static final Client CLAIRE_MARTIN = Client.of("Claire Martin", Locale.FRANCE)
            .withAddress(PostalAddress.of("12 chemin des Tilleuls", "69003 Lyon"));

    static final Contract LYON_CONTRACT = Contract.builder().client(CLAIRE_MARTIN)
            .site(VILLA_MARTIN).tier(GOLD).terms(ANNUAL).build();

    // ---------------------------------------------------------------- example 3: Milan, quarterly, it-IT

    static final RegionCode MILAN = RegionCode.parse("IT-MI");

    static final Site VILLA_BIANCHI = Site.builder().name("Villa Bianchi, via dei Giardini 7, Milano").region(MILAN)
            .distanceFromBase(Distance.ofKilometres(12))
            .addSubsystems(Subsystem.CONTROL, Subsystem.NETWORK, Subsystem.LIGHTING, Subsystem.SHADING, Subsystem.CLIMATE)
            .addEquipment(equipment("KNX", "Attuatore", Subsystem.CONTROL, 8, "320.00"),
                    equipment("Ubiquiti", "U7 Pro", Subsystem.NETWORK, 6, "189.00"),
                    equipment("Lutron", "Palladiom", Subsystem.LIGHTING, 10, "240.00"),
                    equipment("Somfy", "Sonesse", Subsystem.SHADING, 8, "410.00"),
                    equipment("Daikin", "Madoka", Subsystem.CLIMATE, 3, "260.00"))
            .installedProductValue(eur("12500.00")).installedLabourValue(eur("4800.00")).build();

    static final ServiceTier ESSENZIALE = ServiceTier.builder().id(TierId.of("essenziale")).serviceLevel(ServiceLevel.REACTIVE)
            .addDeliveries(Delivery.REMOTE, Delivery.ON_SITE)
            .coverage(CoverageWindow.businessHours(ZoneId.of("Europe/Rome"), HolidayCalendar.national(MILAN)))
            .remoteResponseTime(Duration.ofHours(4)).onSiteResponseTime(Duration.ofHours(48))
            .quotas(IncludedQuotas.builder().remoteHours(RemoteHoursAllowance.of(Duration.ofHours(2),
                    RemoteHoursAllowance.AllowancePeriod.QUARTER, RemoteHoursAllowance.Rollover.NONE)).build())
            .addClauses(Clause.of(StandardClause.REMOTE_SUPPORT, ClauseParameter.HOURS, ParameterValue.duration(Duration.ofHours(2))),
                    Clause.of(StandardClause.ACTS_OF_GOD), Clause.of(StandardClause.ISP_OUTAGE),
                    Clause.of(StandardClause.THIRD_PARTY_CHANGES))
            .addBilledOnDemand(ChargeableService.REMOTE_SUPPORT, ChargeableService.ON_SITE_VISIT,
                    ChargeableService.SYSTEM_UPDATE, ChargeableService.TRAVEL)
            .build();

    static final RateTable ITALY = RateTable.builder(EUR).effectiveFrom(START)
            .rate(RateKey.of(CostComponent.SUBSYSTEM_FEE, RegionCode.ofCountry("IT")).withTier(TierId.of("essenziale")), "25.00")
            .rate(RateKey.of(CostComponent.REMOTE_LABOUR, RegionCode.ofCountry("IT")).withRole(Role.TECHNICIAN), "70.00")
            .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, RegionCode.ofCountry("IT")).withRole(Role.TECHNICIAN), "65.00")
            .rate(RateKey.of(CostComponent.SYSTEM_UPDATE, RegionCode.ofCountry("IT")), "50.00")
            .rate(RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("IT")), "40.00")
            .build();

    static final ContractTerms QUARTERLY = ContractTerms.builder().start(START).term(Term.ofMonths(12))
            .billingFrequency(BillingFrequency.QUARTERLY).paymentTerm(java.time.Period.ofDays(30)).build();

    static final PricingContext MILAN_CONTEXT = PricingContext.builder().site(VILLA_BIANCHI).tier(ESSENZIALE).terms(QUARTERLY)
            .rates(ITALY).usage(Usage.of(Intervention.remote(LocalDate.of(2026, 2, 3), Duration.ofMinutes(190))
                    .withCommitment(Commitment.ESTIMATED)))
            .build();

    /** A site in Texas, 26 miles from the base, on a rate card with a trip fee and a rate per mile beyond 10 miles. */
    static Quote milesQuote(Distance distance) {
        CurrencyUnit usd = Monetary.getCurrency("USD");
        RegionCode texas = RegionCode.parse("US-TX");
        Site site = Site.builder().name("42 Oak Lane, Austin").region(texas).distanceFromBase(distance)
                .addSubsystems(Subsystem.CONTROL, Subsystem.NETWORK).installedProductValue(money("24000.00", usd))
                .installedLabourValue(money("6000.00", usd)).build();
        ServiceTier premier = ServiceTier.builder().id(TierId.of("premier")).serviceLevel(ServiceLevel.REACTIVE)
                .addDeliveries(Delivery.REMOTE, Delivery.ON_SITE)
                .coverage(CoverageWindow.businessHours(ZoneId.of("America/Chicago"), HolidayCalendar.national(texas)))
                .remoteResponseTime(Duration.ofHours(4)).onSiteResponseTime(Duration.ofHours(24))
                .addBilledOnDemand(ChargeableService.REMOTE_SUPPORT, ChargeableService.ON_SITE_VISIT, ChargeableService.SYSTEM_UPDATE,
                        ChargeableService.TRAVEL).build();
        RegionCode us = RegionCode.ofCountry("US");
        RateTable rates = RateTable.builder(usd).effectiveFrom(START)
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, us).withRole(Role.TECHNICIAN), money("85.00", usd))
                .rate(RateKey.of(CostComponent.REMOTE_LABOUR, us).withRole(Role.TECHNICIAN), money("150.00", usd))
                .rate(RateKey.of(CostComponent.SYSTEM_UPDATE, us), money("95.00", usd))
                .rate(RateKey.of(CostComponent.TRIP_FEE, us), money("75.00", usd))
                .rate(RateKey.of(CostComponent.TRAVEL_MILES, us), money("0.70", usd)).build();
        return Quote.of(PricingContext.builder().site(site).tier(premier).terms(ANNUAL).rates(rates)
                        .usage(Usage.of(Intervention.onSite(LocalDate.of(2026, 3, 10), Duration.ofHours(2)))).build(),
                PricingRules.sum(PricingRules.onSiteLabour(), PricingRules.remoteLabour(), PricingRules.systemUpdates(), PricingRules.tripFee(),
                        PricingRules.miles(Distance.ofMiles(10), Legs.RETURN)));
    }

    static final PricingRule MILAN_RULE = PricingRules.sum(PricingRules.floor(PricingRules.perSubsystem(), eur("99.00")), PricingRules.remoteLabour(),
                    PricingRules.onSiteLabour(), PricingRules.systemUpdates(), PricingRules.tripFee());

    static final Quote MILAN_QUOTE = Quote.of(MILAN_CONTEXT, MILAN_RULE);

    static final ServiceTier SILVER = ServiceTier.builder().from(GOLD).id(TierId.of("silver"))
            .serviceLevel(ServiceLevel.REACTIVE).monitoring(Monitoring.NONE).perks(MemberPerks.NONE)
            .clauses(List.of(Clause.of(StandardClause.POWER_SURGE), Clause.of(StandardClause.MISUSE)))
            .billedOnDemand(List.of(ChargeableService.values())).build();

    static final io.github.servicecontract.pricing.TierCatalogue CATALOGUE = io.github.servicecontract.pricing.TierCatalogue.of(
            List.of(io.github.servicecontract.pricing.TierCatalogue.Offer.of(SILVER,
                            PricingRules.sum(PricingRules.onSiteLabour(), PricingRules.remoteLabour(),
                                    PricingRules.systemUpdates(), PricingRules.tripFee())),
                    io.github.servicecontract.pricing.TierCatalogue.Offer.of(GOLD, GOLD_RULE)));

    static final List<Locale> LOCALES = List.of(Locale.FRANCE, Locale.forLanguageTag("fr-CH"), Locale.ITALY,
            Locale.forLanguageTag("it-CH"), Locale.GERMANY, Locale.forLanguageTag("de-CH"), Locale.US, Locale.UK);
}
