package io.github.servicecontract.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.servicecontract.i18n.ContractDocuments;
import io.github.servicecontract.i18n.Document;
import io.github.servicecontract.i18n.MoneyFormat;
import io.github.servicecontract.i18n.RenderOptions;
import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.jackson.contractfile.InputException;
import io.github.servicecontract.jackson.contractfile.Syntax;
import io.github.servicecontract.model.AddOn;
import io.github.servicecontract.model.AddOnId;
import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseParameter;
import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.CoverageWindow;
import io.github.servicecontract.model.DateWindow;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.Equipment;
import io.github.servicecontract.model.Escalation;
import io.github.servicecontract.model.HolidayCalendar;
import io.github.servicecontract.model.HolidayRule;
import io.github.servicecontract.model.IncludedQuotas;
import io.github.servicecontract.model.MemberPerks;
import io.github.servicecontract.model.MessageKey;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.RemoteHoursAllowance;
import io.github.servicecontract.model.RenewalDates;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.Subsystem;
import io.github.servicecontract.model.Term;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.Brackets;
import io.github.servicecontract.pricing.ComplexityScale;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.CurrencyMismatchException;
import io.github.servicecontract.pricing.DistanceZones;
import io.github.servicecontract.pricing.Intervention;
import io.github.servicecontract.pricing.LabourRule;
import io.github.servicecontract.pricing.Legs;
import io.github.servicecontract.pricing.MissingRateException;
import io.github.servicecontract.pricing.Multiplier;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.PricingRules;
import io.github.servicecontract.pricing.QuantityTransform;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.RateKey;
import io.github.servicecontract.pricing.RateTable;
import io.github.servicecontract.pricing.Role;
import io.github.servicecontract.pricing.Rounding;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.TierCatalogue;
import io.github.servicecontract.pricing.TimeBand;
import io.github.servicecontract.pricing.Trace;
import io.github.servicecontract.pricing.TraceKey;
import io.github.servicecontract.pricing.Usage;
import io.github.servicecontract.pricing.billing.Allocator;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import io.github.servicecontract.pricing.billing.PlanPrices;
import io.github.servicecontract.pricing.billing.Proration;
import io.github.servicecontract.pricing.ratesheet.InvalidRateSheetException;
import io.github.servicecontract.pricing.ratesheet.RateRow;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import io.github.servicecontract.ratesheet.RateSheetCsv;
import io.github.servicecontract.ratesheet.RateSheetFormatException;
import io.github.servicecontract.ratesheet.SampleRateSheets;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad inputs across factories, builders, rate tables, CSV files, contract files
 * and renderers: each is answered at the boundary by its own exception type with a specific
 * message naming the field, the value and the rule; never a half-built value, a
 * NullPointerException from deep inside or a wrong price.
 */
class BadInputCatalogueTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final ContractFile SAMPLE = ContractFile.sample();
    private static final RateTable FRANCE = SampleRateSheets.france().toRateTable(JAN);
    private static final PricingContext CONTEXT = PricingContext.builder().site(SAMPLE.site())
            .tier(SAMPLE.catalogue().offer(TierId.of("gold")).tier()).terms(SAMPLE.terms()).rates(FRANCE).usage(SAMPLE.usage()).build();

    private static MonetaryAmount money(String amount, String currency) {
        return Monetary.getDefaultAmountFactory().setCurrency(currency).setNumber(new BigDecimal(amount)).create();
    }

    private static Arguments bad(String name, ThrowingCallable input, Class<? extends Throwable> type, String message) {
        return Arguments.of(name, input, type, message);
    }

    private static Equipment.Builder amplifier() {
        return Equipment.builder().brand("Sonos").model("Amp").subsystem(Subsystem.AUDIO_VIDEO).unitValue(money("699.00", "EUR"))
                .installDate(JAN).warrantyEnd(JAN.plusYears(2));
    }

    private static RateSheet csv(String body) {
        return RateSheetCsv.read(new StringReader("region,component,unit,amount,currency,effective_from\n" + body), "rates.csv");
    }

    static Stream<Arguments> catalogue() {
        List<Arguments> all = new ArrayList<>();
        // ---- small values of the model
        all.add(bad("negative percentage", () -> Percentage.of(-5), IllegalArgumentException.class, "percentage must be >= 0, was -5"));
        all.add(bad("percentage without a sign", () -> Percentage.parse("5"), IllegalArgumentException.class,
                "percentage must end with '%', was \"5\""));
        all.add(bad("percentage in words", () -> Percentage.of("five"), IllegalArgumentException.class,
                "percentage must be a decimal number such as 1234.56: digits, an optional minus sign and dot, at most 12 digits before the dot and 10 after it, no exponent or grouping, was \"five\""));
        all.add(bad("negative distance", () -> Distance.ofKilometres(-1), IllegalArgumentException.class, "distance must be >= 0, was -1"));
        all.add(bad("distance in miles", () -> Distance.parse("3 miles"), IllegalArgumentException.class,
                "distance must end with 'km' or 'mi', was \"3 miles\""));
        all.add(bad("lower-case country", () -> RegionCode.parse("fr-69"), IllegalArgumentException.class,
                "country must be an upper-case ISO 3166-1 alpha-2 code, was \"fr\""));
        all.add(bad("long subdivision", () -> RegionCode.of("IT", "MILANO"), IllegalArgumentException.class,
                "subdivision must be 1 to 3 upper-case letters or digits, was \"MILANO\""));
        all.add(bad("tier id with spaces", () -> TierId.of("gold plus"), IllegalArgumentException.class,
                "tierId must be 1 to 64 lower-case letters or digits in hyphen-separated words, was \"gold plus\""));
        all.add(bad("null tier id", () -> TierId.of(null), NullPointerException.class, "tierId"));
        all.add(bad("add-on id in capitals", () -> AddOnId.of("LOANER"), IllegalArgumentException.class,
                "addOnId must be 1 to 64 lower-case letters or digits in hyphen-separated words, was \"LOANER\""));
        all.add(bad("subsystem with an underscore", () -> Subsystem.of("pool_pump"), IllegalArgumentException.class,
                "subsystem must be 1 to 64 lower-case letters or digits in hyphen-separated words, was \"pool_pump\""));
        all.add(bad("message key with spaces", () -> MessageKey.of("my key"), IllegalArgumentException.class,
                "messageKey must be dot-separated lower-case words, was \"my key\""));
        all.add(bad("zero-month term", () -> Term.ofMonths(0), IllegalArgumentException.class, "termMonths must be between 1 and 120, was 0"));
        all.add(bad("term in words", () -> Term.parse("a year"), IllegalArgumentException.class,
                "term must be 'P<months>M' or 'open-ended', was \"a year\""));
        all.add(bad("blank client name", () -> Client.of(" ", Locale.FRANCE), IllegalArgumentException.class,
                "clientName must not be blank, was \" \""));
        all.add(bad("fifth Monday", () -> HolidayRule.nthWeekday(Month.MAY, 5, DayOfWeek.MONDAY), IllegalArgumentException.class,
                "ordinal must be 1 to 4, or -1 for the last, was 5"));
        all.add(bad("no national calendar", () -> HolidayCalendar.national(RegionCode.ofCountry("BR")), IllegalArgumentException.class,
                "region must be in a country with a national calendar [CH, DE, FR, GB, IT, US] (use HolidayCalendar.of for others), was BR"));
        // ---- builders of the model
        all.add(bad("equipment quantity zero", () -> amplifier().quantity(0).build(), IllegalArgumentException.class,
                "quantity must be >= 1, was 0"));
        all.add(bad("warranty ending before install", () -> amplifier().warrantyEnd(JAN.minusDays(1)).build(),
                IllegalArgumentException.class, "warrantyEnd must not be before installDate 2026-01-01, was 2025-12-31"));
        all.add(bad("equipment worth less than nothing, by a fraction of a cent", () -> amplifier().unitValue(money("-0.004", "EUR"))
                .build(), IllegalArgumentException.class, "unitValue must be >= 0, was EUR -0.004"));
        all.add(bad("equipment without a model", () -> Equipment.builder().brand("Sonos").subsystem(Subsystem.AUDIO_VIDEO)
                .unitValue(money("1", "EUR")).installDate(JAN).warrantyEnd(JAN).build(), IllegalArgumentException.class,
                "Cannot build Equipment, some of required attributes are not set [model]"));
        all.add(bad("site with values in two currencies", () -> Site.builder().from(SAMPLE.site())
                .installedLabourValue(money("100.00", "CHF")).build(), IllegalArgumentException.class,
                "installedLabourValue must be in the site's currency EUR, was CHF 100.00"));
        all.add(bad("equipment of an absent subsystem", () -> Site.builder().from(SAMPLE.site())
                .addEquipment(amplifier().subsystem(Subsystem.CAMERAS).build()).build(), IllegalArgumentException.class,
                "equipment subsystems must be listed in subsystems [control, audio-video, network, lighting], was [cameras]"));
        all.add(bad("coverage closing before it opens", () -> CoverageWindow.builder().from(CoverageWindow.businessHours(
                ZoneId.of("Europe/Paris"), HolidayCalendar.national(RegionCode.ofCountry("FR")))).opens(LocalTime.of(18, 0)).build(),
                IllegalArgumentException.class, "closes must be after opens 18:00 (or midnight for the end of the day), was 17:00"));
        all.add(bad("negative visits", () -> IncludedQuotas.builder().onSiteVisitsPerYear(-1).build(), IllegalArgumentException.class,
                "onSiteVisitsPerYear must be >= 0, was -1"));
        all.add(bad("negative remote hours", () -> RemoteHoursAllowance.of(Duration.ofHours(-1), RemoteHoursAllowance.AllowancePeriod.MONTH,
                RemoteHoursAllowance.Rollover.NONE), IllegalArgumentException.class, "remoteHours must be >= 0, was PT-1H"));
        all.add(bad("discount over 100%", () -> MemberPerks.builder().extraLabourDiscount(Percentage.of(120)).build(),
                IllegalArgumentException.class, "extraLabourDiscount must be <= 100%, was 120%"));
        all.add(bad("clause parameter of the wrong kind", () -> Clause.of(StandardClause.ON_SITE_VISITS, ClauseParameter.VISITS,
                ParameterValue.percentage(Percentage.of(2))), IllegalArgumentException.class,
                "parameters[VISITS] must be a COUNT, was Share[value=2%]"));
        all.add(bad("negative count", () -> ParameterValue.count(-2), IllegalArgumentException.class, "count must be >= 0, was -2"));
        all.add(bad("notice as long as the term", () -> ContractTerms.builder().from(SAMPLE.terms()).cancellationNotice(Period.ofYears(1))
                .build(), IllegalArgumentException.class, "cancellationNotice must be shorter than the term P12M, was P1Y"));
        all.add(bad("negative escalation notice", () -> Escalation.fixed(Percentage.of(3), Period.ofMonths(-1)),
                IllegalArgumentException.class, "notice must not be negative, was P-1M"));
        all.add(bad("add-on without clauses", () -> AddOn.of(AddOnId.of("loaner"), List.of()), IllegalArgumentException.class,
                "clauses must contain at least one clause, was []"));
        // ---- pricing values
        all.add(bad("negative multiplier", () -> Multiplier.of("-1.5"), IllegalArgumentException.class, "multiplier must be >= 0, was -1.5"));
        all.add(bad("rounding to ten decimals", () -> Rounding.toScale(10, RoundingMode.HALF_UP, Rounding.Step.PER_LINE),
                IllegalArgumentException.class, "scale must be between 0 and 9, was 10"));
        all.add(bad("zero cash increment", () -> Rounding.toIncrement(BigDecimal.ZERO, RoundingMode.HALF_UP, Rounding.Step.ON_TOTAL),
                IllegalArgumentException.class, "increment must be > 0, was 0"));
        all.add(bad("tax over 100%", () -> TaxRate.of(RegionCode.ofCountry("FR"), Percentage.of(150)), IllegalArgumentException.class,
                "taxRate must be <= 100%, was 150%"));
        all.add(bad("role in lower case", () -> Role.of("technician"), IllegalArgumentException.class,
                "role must be upper-case words joined by underscores, was \"technician\""));
        all.add(bad("component with spaces", () -> CostComponent.of("pool care"), IllegalArgumentException.class,
                "component must be lower-case words joined by hyphens, was \"pool care\""));
        all.add(bad("trace key in capitals", () -> TraceKey.of("Rate"), IllegalArgumentException.class,
                "id must be lower-case words joined by hyphens, was \"Rate\""));
        all.add(bad("trace rule with spaces", () -> Trace.of("my rule"), IllegalArgumentException.class,
                "rule must be lower-case words joined by hyphens, was \"my rule\""));
        all.add(bad("intervention of no time", () -> Intervention.onSite(JAN, Duration.ZERO), IllegalArgumentException.class,
                "worked must be > 0, was PT0S"));
        all.add(bad("labour in 90-second steps", () -> LabourRule.builder().delivery(io.github.servicecontract.model.Delivery.ON_SITE)
                .increment(Duration.ofSeconds(90)).build(), IllegalArgumentException.class,
                "increment must be a whole number of minutes, was PT1M30S"));
        all.add(bad("block of zero devices", () -> QuantityTransform.divideBy(0, RoundingMode.UP), IllegalArgumentException.class,
                "divisor must be >= 1, was 0"));
        all.add(bad("brackets without an open end", () -> Brackets.graduated(List.of(Brackets.Bracket.upTo(10, money("2", "EUR")))),
                IllegalArgumentException.class, "brackets[0].upTo must be open for the last bracket, was 10"));
        all.add(bad("zones going backwards", () -> DistanceZones.of(List.of(DistanceZones.Zone.upTo(Distance.ofKilometres(20),
                money("30", "EUR")), DistanceZones.Zone.upTo(Distance.ofKilometres(10), money("25", "EUR")),
                DistanceZones.Zone.beyond(money("45", "EUR")))), IllegalArgumentException.class,
                "zones[1].upTo must be greater than 20 km, was 10 km"));
        all.add(bad("complexity steps going down", () -> ComplexityScale.of(List.of(new ComplexityScale.Step(10, 2, Multiplier.of("1.2")),
                new ComplexityScale.Step(20, 4, Multiplier.of("1.1")))), IllegalArgumentException.class,
                "steps[1].multiplier must be greater than 1.2x, was 1.1x"));
        all.add(bad("travel time of 20.5 minutes", () -> PricingRules.travelTime(Duration.ofSeconds(1230), Legs.RETURN),
                IllegalArgumentException.class, "oneWay must be a positive whole number of minutes, was PT20M30S"));
        all.add(bad("extended warranty of an unpriced term", () -> PricingRules.extendedWarranty(Map.of(12, Percentage.of(10)), 36),
                IllegalArgumentException.class, "months must be a term with an extended warranty rate [12], was 36"));
        all.add(bad("clamp upside down", () -> PricingRules.clamp(PricingRules.flatFee(), money("50", "EUR"), money("10", "EUR")),
                IllegalArgumentException.class, "maximum must be >= minimum EUR 50.00, was EUR 10.00"));
        all.add(bad("floor below zero by a fraction of a cent", () -> PricingRules.floor(PricingRules.flatFee(), money("-0.001", "EUR")),
                IllegalArgumentException.class, "minimum must be >= 0, was EUR -0.001"));
        all.add(bad("discount over 100%", () -> PricingRules.discount(Percentage.of(101), line -> true), IllegalArgumentException.class,
                "discount must be <= 100%, was 101%"));
        all.add(bad("catalogue with a tier twice", () -> TierCatalogue.of(List.of(SAMPLE.catalogue().offers().get(0),
                SAMPLE.catalogue().offers().get(0))), IllegalArgumentException.class, "offers must list each tier once, was bronze"));
        // ---- rate tables and pricing
        all.add(bad("rate in another currency", () -> RateTable.builder(Monetary.getCurrency("EUR"))
                .rate(RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), money("45", "CHF")),
                CurrencyMismatchException.class, "rate of trip fee rate for region FR must be in the table's currency EUR, was CHF 45.00"));
        all.add(bad("negative rate", () -> RateTable.builder(Monetary.getCurrency("EUR"))
                .rate(RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), "-45.00"), IllegalArgumentException.class,
                "rate of trip fee rate for region FR must be >= 0, was EUR -45.00"));
        all.add(bad("missing Sunday rate", () -> Quote.of(PricingContext.builder().from(CONTEXT).usage(Usage.of(
                Intervention.onSite(JAN.plusDays(10), Duration.ofHours(1)).withBand(TimeBand.SUNDAY_HOLIDAY).withTechnicians(1)
                        .withEquipment(amplifier().build()))).rates(RateTable.builder(Monetary.getCurrency("EUR")).effectiveFrom(JAN)
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, RegionCode.ofCountry("FR")).withRole(Role.TECHNICIAN), "85.00").build())
                .build(), PricingRules.onSiteLabour()), MissingRateException.class,
                "no on-site labour rate for region FR-69, role TECHNICIAN, brand Sonos, band SUNDAY_HOLIDAY"));
        all.add(bad("rates not yet in force", () -> PricingContext.builder().from(CONTEXT).pricingDay(LocalDate.of(2025, 6, 1)).build(),
                IllegalArgumentException.class, "rates must be effective on the pricing day 2025-06-01, was RateTable[EUR, 22 rates, from"
                        + " 2026-01-01]"));
        all.add(bad("usage before the contract", () -> PricingContext.builder().from(CONTEXT).usage(Usage.of(
                Intervention.remote(JAN.minusDays(1), Duration.ofHours(1)))).build(), IllegalArgumentException.class,
                "usage.interventions[0].day must not be before the start of the terms 2026-01-01, was 2025-12-31"));
        all.add(bad("invalid rate sheet made a table", () -> csv("FR,trip-fee,TRIP,-45.00,EUR,2026-01-01\n").toRateTable(JAN),
                InvalidRateSheetException.class, "rate sheet must be valid, found 1 problem:\n  NEGATIVE_RATE ERROR at line 2: rate of"
                        + " trip fee rate for region FR must be >= 0, was -45.00"));
        all.add(bad("empty rate sheet", () -> RateSheet.of(List.of()), IllegalArgumentException.class,
                "rows must contain at least one rate, was []"));
        all.add(bad("rate row on a negative line", () -> new RateRow(-1, RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")),
                Optional.empty(), Optional.empty(), Optional.empty(), "TRIP", BigDecimal.TEN, Monetary.getCurrency("EUR"), JAN, Optional.empty()),
                IllegalArgumentException.class, "line must be >= 0, was -1"));
        // ---- billing
        all.add(bad("zero instalments", () -> Allocator.of(Rounding.toScale(2, RoundingMode.HALF_UP, Rounding.Step.PER_LINE),
                Allocator.Residual.LAST).split(money("100.00", "EUR"), 0), IllegalArgumentException.class, "parts must be >= 1, was 0"));
        all.add(bad("francs not payable in cash", () -> Allocator.of(Rounding.toIncrement(new BigDecimal("0.05"), RoundingMode.HALF_UP,
                Rounding.Step.PER_LINE), Allocator.Residual.LAST).split(money("10.02", "CHF"), 3), IllegalArgumentException.class,
                "amount must be a multiple of the rounding increment 0.05, was 10.02"));
        all.add(bad("more days covered than in the period", () -> Proration.BY_DAY.apply(BigDecimal.TEN, 40, 31,
                Rounding.toScale(2, RoundingMode.HALF_UP, Rounding.Step.PER_LINE)), IllegalArgumentException.class,
                "coveredDays must be between 0 and periodDays 31, was 40"));
        all.add(bad("anchor on the 32nd", () -> BillingPolicy.builder().taxation(Taxation.of(TaxRate.FRANCE)).anchorDay(32).build(),
                IllegalArgumentException.class, "anchorDay must be between 1 and 31, was 32"));
        all.add(bad("window ending before it starts", () -> new DateWindow(JAN, JAN.minusDays(1)), IllegalArgumentException.class,
                "lastDay must not be before firstDay 2026-01-01, was 2025-12-31"));
        all.add(bad("renewal of an open-ended contract", () -> RenewalDates.of(ContractTerms.builder().start(JAN).term(Term.openEnded())
                .build()), IllegalArgumentException.class, "term must be fixed to have renewal dates, was open-ended"));
        all.add(bad("renewal dates on a day before the contract", () -> RenewalDates.of(ContractTerms.builder().start(JAN)
                .term(Term.ofMonths(12)).build(), JAN.minusDays(1)), IllegalArgumentException.class,
                "day must not be before the contract starts on 2026-01-01, was 2025-12-31"));
        all.add(bad("renewal dates after a contract that does not renew", () -> RenewalDates.of(ContractTerms.builder().start(JAN)
                .term(Term.ofMonths(12)).renewal(io.github.servicecontract.model.Renewal.NONE).build(), JAN.plusYears(1)),
                IllegalArgumentException.class,
                "day must be within the term, which ends on 2026-12-31 without renewal, was 2027-01-01"));
        all.add(bad("plan without a monthly price", () -> PlanPrices.of(Map.of(io.github.servicecontract.model.BillingFrequency.ANNUAL,
                money("612", "USD"))), IllegalArgumentException.class, "pricePerPeriod must include MONTHLY, was [ANNUAL]"));
        all.add(bad("indexed escalation without its index", () -> BillingSchedule.of(Quote.of(PricingContext.builder().from(CONTEXT)
                .terms(ContractTerms.builder().from(SAMPLE.terms()).term(Term.ofYears(2)).escalation(Escalation.indexed("Syntec",
                        Percentage.of(4), Period.ofMonths(3))).build()).usage(Usage.NONE).build(), PricingRules.flatFee()),
                BillingPolicy.builder().taxation(Taxation.of(TaxRate.FRANCE)).build()), IllegalArgumentException.class,
                "indexChanges[1] must give the change of Syntec for the anniversary of 2027-01-01, was absent"));
        // ---- CSV files
        all.add(bad("CSV amount with a letter", () -> csv("FR,trip-fee,TRIP,4S.00,EUR,2026-01-01\n"), RateSheetFormatException.class,
                "rates.csv, line 2, column amount: must be a decimal number such as 1234.56: digits, an optional minus sign and dot, at most 12 digits before the dot and 10 after it, no exponent or grouping, was \"4S.00\""));
        all.add(bad("CSV currency in words", () -> csv("FR,trip-fee,TRIP,45.00,euro,2026-01-01\n"), RateSheetFormatException.class,
                "rates.csv, line 2, column currency: must be an ISO 4217 currency code, was \"euro\""));
        all.add(bad("CSV date the French way", () -> csv("FR,trip-fee,TRIP,45.00,EUR,01/01/2026\n"), RateSheetFormatException.class,
                "rates.csv, line 2, column effective_from: must be an ISO date such as 2026-01-01, was \"01/01/2026\""));
        all.add(bad("CSV row too short", () -> csv("FR,trip-fee,TRIP\n"), RateSheetFormatException.class,
                "rates.csv, line 2: must have 6 fields, has 3"));
        all.add(bad("CSV without rows", () -> csv(""), RateSheetFormatException.class,
                "rates.csv, line 2: must have at least one rate after the header"));
        // ---- contract files
        all.add(bad("contract file not YAML", () -> ContractFile.parse("c.yaml", "site: [", Syntax.YAML), InputException.class,
                "c.yaml, line 1, column 8: is not valid YAML: while parsing a flow node"));
        all.add(bad("contract file without terms", () -> ContractFile.parse("c.yaml", "currency: EUR\nclient: {name: A, locale: fr}\n"
                + "site: {name: S, region: FR, distance: 1 km, subsystems: [control], installedValue: {products: 0, labour: 0}}\n",
                Syntax.YAML), InputException.class, "c.yaml, /terms: is missing"));
        all.add(bad("contract file with an unknown currency", () -> ContractFile.parse("c.json", "{\"currency\": \"EURO\"}", Syntax.JSON),
                InputException.class, "c.json, /currency: must be an ISO 4217 currency code, was \"EURO\""));
        // ---- renderers
        all.add(bad("rendering a quote of another contract", () -> ContractDocuments.contract(io.github.servicecontract.model.Contract
                .builder().client(Client.of("A", Locale.FRANCE)).site(SAMPLE.site()).tier(SAMPLE.catalogue().offer(TierId.of("bronze"))
                        .tier()).terms(SAMPLE.terms()).build(), Quote.of(CONTEXT, SAMPLE.catalogue().offer(TierId.of("gold")).rule()),
                        RenderOptions.SUMMARY),
                IllegalArgumentException.class, "quote must price the contract's site and tier bronze, was gold"));
        all.add(bad("table row with a missing cell", () -> new Document.Table(List.of("a", "b"), List.of(Document.Align.LEFT,
                Document.Align.RIGHT), List.of(List.of("x"))), IllegalArgumentException.class, "rows must have 2 cells, was 1"));
        all.add(bad("rendering without a locale", () -> MoneyFormat.of(null), NullPointerException.class, "locale"));
        all.add(bad("rendering a null quote", () -> ContractDocuments.quote(null, Locale.FRANCE, RenderOptions.SUMMARY),
                NullPointerException.class, "quote"));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void everyBadInput_isAnsweredAtTheBoundary(String name, ThrowingCallable input, Class<? extends Throwable> type, String message) {
        assertThatThrownBy(input).isInstanceOf(type).hasMessage(message);
    }

    @org.junit.jupiter.api.Test
    void theCatalogueHasAtLeastSixtyEntries() {
        assertThat(catalogue().count()).isGreaterThanOrEqualTo(60);
    }
}
