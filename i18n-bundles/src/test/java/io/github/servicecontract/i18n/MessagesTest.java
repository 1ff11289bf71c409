package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseCategory;
import io.github.servicecontract.model.ClauseId;
import io.github.servicecontract.model.ClauseKind;
import io.github.servicecontract.model.ClauseParameter;
import io.github.servicecontract.model.CoverageWindow;
import io.github.servicecontract.model.HolidayCalendar;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.ServiceLevel;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.Brackets;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.StandardTraceKey;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Trace;
import io.github.servicecontract.pricing.TraceKey;
import io.github.servicecontract.pricing.TraceStep;
import io.github.servicecontract.pricing.Unit;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Messages EN = Messages.of(Locale.UK);
    private static final Messages FR = Messages.of(Locale.FRANCE);
    private static final Messages IT = Messages.of(Locale.ITALY);
    private static final Messages DE = Messages.of(Locale.GERMANY);

    private static Clause visits(int count) {
        return Clause.of(StandardClause.ON_SITE_VISITS, ClauseParameter.VISITS, ParameterValue.count(count));
    }

    @Test
    void price_isShownAtTheCurrencysDecimals_whileAmountsStayExact() {
        assertThat(FR.price(amount("121.125", "EUR"))).isEqualTo(FR.money(amount("121.13", "EUR")));
        assertThat(FR.money(amount("121.125", "EUR"))).isNotEqualTo(FR.price(amount("121.125", "EUR")));
        assertThat(FR.price(amount("-9.5625", "EUR"))).isEqualTo(FR.money(amount("-9.56", "EUR")));
        assertThat(Messages.of(Locale.JAPAN).price(amount("1234.5", "JPY")))
                .isEqualTo(Messages.of(Locale.JAPAN).money(amount("1235", "JPY")));
        assertThat(FR.price(amount("60.00", "EUR"))).isEqualTo(FR.money(amount("60.00", "EUR")));
    }

    private static javax.money.MonetaryAmount amount(String value, String currency) {
        return javax.money.Monetary.getDefaultAmountFactory().setCurrency(currency).setNumber(new BigDecimal(value)).create();
    }

    @Test
    void plurals_ofVisits_areRightInEveryLanguage() {
        assertThat(List.of(EN.clause(visits(0)), EN.clause(visits(1)), EN.clause(visits(2))))
                .containsExactly("No on-site visit", "One on-site visit a year", "2 on-site visits a year");
        assertThat(List.of(FR.clause(visits(0)), FR.clause(visits(1)), FR.clause(visits(2))))
                .containsExactly("Aucune visite sur site", "Une visite sur site par an", "2 visites sur site par an");
        assertThat(List.of(IT.clause(visits(0)), IT.clause(visits(1)), IT.clause(visits(2))))
                .containsExactly("Nessuna visita in loco", "Una visita in loco all’anno", "2 visite in loco all’anno");
        assertThat(List.of(DE.clause(visits(0)), DE.clause(visits(1)), DE.clause(visits(2))))
                .containsExactly("Kein Besuch vor Ort", "Ein Besuch vor Ort pro Jahr", "2 Besuche vor Ort pro Jahr");
    }

    @Test
    void plurals_ofQuantities_followEachLanguagesRule() {
        BigDecimal zero = BigDecimal.ZERO;
        BigDecimal one = BigDecimal.ONE;
        BigDecimal oneAndAHalf = new BigDecimal("1.5");
        BigDecimal two = BigDecimal.valueOf(2);
        assertThat(List.of(EN.quantity(zero, Unit.HOUR), EN.quantity(one, Unit.HOUR), EN.quantity(oneAndAHalf, Unit.HOUR),
                EN.quantity(two, Unit.HOUR))).containsExactly("0 hours", "1 hour", "1\u00A0h\u00A030\u00A0min", "2 hours");
        assertThat(List.of(FR.quantity(zero, Unit.HOUR), FR.quantity(one, Unit.HOUR), FR.quantity(oneAndAHalf, Unit.HOUR),
                FR.quantity(two, Unit.HOUR))).containsExactly("0 heure", "1 heure", "1\u00A0h\u00A030\u00A0min", "2 heures");
        assertThat(List.of(IT.quantity(zero, Unit.UPDATE), IT.quantity(one, Unit.UPDATE), IT.quantity(two, Unit.UPDATE)))
                .containsExactly("0 aggiornamenti", "1 aggiornamento", "2 aggiornamenti");
        assertThat(List.of(DE.quantity(zero, Unit.DEVICE), DE.quantity(one, Unit.DEVICE), DE.quantity(two, Unit.DEVICE)))
                .containsExactly("0 Geräte", "1 Gerät", "2 Geräte");
        assertThat(List.of(FR.period(Period.ofMonths(1)), FR.period(Period.ofMonths(2)), IT.period(Period.ofMonths(1)),
                IT.period(Period.ofMonths(3)), DE.period(Period.ofDays(1)), EN.period(Period.ofDays(14))))
                .containsExactly("1 mois", "2 mois", "1 mese", "3 mesi", "1 Tag", "14 days");
    }

    @Test
    void clauses_wordTheirParameters() {
        assertThat(FR.clause(Clause.of(StandardClause.REMOTE_SUPPORT, ClauseParameter.HOURS,
                ParameterValue.duration(Duration.ofMinutes(90))))).isEqualTo("Télémaintenance, jusqu’à 1\u00A0h\u00A030\u00A0min");
        assertThat(Golden.normalise(FR.clause(Clause.of(StandardClause.LABOUR_DISCOUNT, ClauseParameter.DISCOUNT,
                ParameterValue.percentage(io.github.servicecontract.model.Percentage.of(10))))))
                .isEqualTo("10 % de remise sur la main-d'œuvre hors formule");
        assertThat(IT.clause(Clause.of(StandardClause.TRAVEL_WITHIN_RADIUS, ClauseParameter.RADIUS,
                ParameterValue.distance(io.github.servicecontract.model.Distance.ofKilometres(30)))))
                .isEqualTo("Trasferta inclusa entro 30\u00A0km dalla nostra sede");
        assertThat(DE.clause(Clause.of(StandardClause.EXTENDED_WARRANTY, ClauseParameter.MONTHS, ParameterValue.count(24))))
                .isEqualTo("Teile und Arbeit über die Herstellergarantie hinaus für 24 Monate");
        Clause custom = Clause.builder().id(ClauseId.of("pool")).kind(ClauseKind.EXCLUSION).category(ClauseCategory.EQUIPMENT)
                .customText("Pompe de piscine").build();
        assertThat(DE.clause(custom)).isEqualTo("Pompe de piscine");
    }

    @Test
    void unknownLanguagesAndUnknownWords_fallBackToEnglishOrTheIdentifier() {
        Messages japanese = Messages.of(Locale.JAPAN);
        assertThat(japanese.language()).isEqualTo(Language.ENGLISH);
        assertThat(japanese.text(TextKey.INCLUDED_HEADING)).isEqualTo("What is included");
        assertThat(FR.component(CostComponent.of("pool-care"))).isEqualTo("Pool care");
        assertThat(FR.component(CostComponent.TRIP_FEE)).isEqualTo("Frais de déplacement");
        ServiceTier gold = Samples.GOLD;
        assertThat(FR.tierName(gold)).isEqualTo("Gold");
        assertThat(FR.tierName(ServiceTier.builder().from(gold).id(TierId.of("gold-plus")).build())).isEqualTo("Gold Plus");
        assertThat(FR.label(ServiceLevel.PROACTIVE)).isEqualTo("Proactif");
        assertThat(FR.label(java.time.DayOfWeek.MONDAY)).isEqualTo("monday");
        assertThat(FR.explain(Trace.of("vendor-rule", TraceStep.of(TraceKey.of("pool-size"), 12))))
                .isEqualTo("vendor rule\u00A0: pool size 12");
    }

    @Test
    void everyTraceOurRulesWrite_isWordedInEveryLanguage() {
        List<Trace> traces = TraceVocabulary.tracesOfEveryRule();
        assertThat(TraceVocabulary.labels()).containsAll(TraceVocabulary.labelsIn(traces));
        assertThat(TraceVocabulary.rules()).containsAll(traces.stream().map(Trace::rule).toList());
        assertThat(TraceVocabulary.reasons()).containsAll(traces.stream().flatMap(t -> t.valueOf(StandardTraceKey.INCLUDED).stream())
                .map(String::valueOf).toList());
        Messages italian = Messages.of(Locale.ITALY);
        assertThat(traces).allSatisfy(trace -> assertThat(italian.explain(trace)).doesNotContainPattern("[a-z]+-[a-z]+"));
    }

    @Test
    void germanInSwitzerlandAndLiechtenstein_isWrittenWithoutEszett() {
        assertThat(DE.text(TextKey.CLOSED_ON_HOLIDAYS)).isEqualTo("außer an Feiertagen");
        assertThat(Messages.of(Locale.forLanguageTag("de-AT")).text(TextKey.CLOSED_ON_HOLIDAYS)).isEqualTo("außer an Feiertagen");
        for (String tag : List.of("de-CH", "de-LI")) {
            Messages swiss = Messages.of(Locale.forLanguageTag(tag));
            assertThat(swiss.text(TextKey.CLOSED_ON_HOLIDAYS)).as(tag).isEqualTo("ausser an Feiertagen");
            assertThat(swiss.text(TextKey.RATE_CARD_INTRO)).as(tag).contains("einschliesslich").doesNotContain("ß");
            assertThat(swiss.clause(Clause.of(StandardClause.MISUSE))).as(tag).startsWith("Unsachgemässe Nutzung");
        }
        for (TextKey key : TextKey.values()) {
            assertThat(Messages.of(Locale.forLanguageTag("de-CH")).text(key)).as(key.name()).doesNotContain("ß");
        }
    }

    @Test
    void theFirstOfAMonth_isAnOrdinalInFrenchAndItalian_asCldrWritesOrdinalDigits() {
        assertThat(FR.date(LocalDate.of(2026, 1, 1))).isEqualTo("1er janvier 2026");
        assertThat(FR.date(LocalDate.of(2026, 9, 15))).isEqualTo("15 septembre 2026");
        assertThat(FR.date(LocalDate.of(2026, 3, 31))).isEqualTo("31 mars 2026");
        assertThat(Messages.of(Locale.CANADA_FRENCH).date(LocalDate.of(2027, 2, 1))).isEqualTo("1er février 2027");
        assertThat(IT.date(LocalDate.of(2026, 1, 1))).isEqualTo("1\u00BA gennaio 2026");
        assertThat(IT.date(LocalDate.of(2026, 1, 10))).isEqualTo("10 gennaio 2026");
        assertThat(Messages.of(Locale.forLanguageTag("it-CH")).date(LocalDate.of(2026, 5, 1))).isEqualTo("1\u00BA maggio 2026");
        assertThat(DE.date(LocalDate.of(2026, 1, 1))).isEqualTo("1. Januar 2026");
        assertThat(EN.date(LocalDate.of(2026, 1, 1))).isEqualTo("1 January 2026");
    }

    @Test
    void aTax_isNamedByTheCountryThatLeviesIt_inTheClientsLanguage() {
        assertThat(EN.tax(TaxRate.FRANCE)).isEqualTo("VAT 20%");
        assertThat(EN.tax(TaxRate.UNITED_STATES)).isEqualTo("Sales tax 0%");
        assertThat(Messages.of(Locale.US).tax(TaxRate.of(RegionCode.parse("US-TX"), Percentage.of("6.25")))).isEqualTo("Sales tax 6.25%");
        assertThat(FR.tax(TaxRate.FRANCE)).isEqualTo("TVA 20\u00A0%");
        assertThat(IT.tax(TaxRate.ITALY)).isEqualTo("IVA 22%");
        assertThat(DE.tax(TaxRate.GERMANY)).isEqualTo("MwSt. 19\u00A0%");
        assertThat(Messages.of(Locale.forLanguageTag("de-CH")).tax(TaxRate.SWITZERLAND)).isEqualTo("MWST 8.1%");
        assertThat(Messages.of(Locale.forLanguageTag("fr-CH")).tax(TaxRate.SWITZERLAND)).startsWith("TVA 8,1");
        // a country without a name for its tax in the bundles
        TaxRate japan = TaxRate.of(RegionCode.ofCountry("JP"), Percentage.of(10));
        assertThat(EN.tax(japan)).isEqualTo("Tax 10%");
        assertThat(FR.tax(japan)).isEqualTo("Taxe 10\u00A0%");
        assertThat(IT.tax(japan)).isEqualTo("Imposta 10%");
        assertThat(DE.tax(japan)).isEqualTo("Steuer 10\u00A0%");
    }

    @Test
    void durationsAndLists() {
        assertThat(FR.duration(Duration.ofMinutes(80))).isEqualTo("1\u00A0h\u00A020\u00A0min");
        assertThat(DE.duration(Duration.ofHours(4))).isEqualTo("4\u00A0Std.");
        assertThat(EN.duration(Duration.ofMinutes(45))).isEqualTo("45\u00A0min");
        assertThat(IT.list(List.of("a", "b", "c"))).isEqualTo("a, b e c");
        assertThat(DE.list(List.of("a"))).isEqualTo("a");
    }

    @Test
    void theMessagesOfALocale_areShared_andAnyNumberOfLocalesIsServed() {
        assertThat(Messages.of(Locale.FRANCE)).isSameAs(Messages.of(Locale.FRANCE)).isNotSameAs(Messages.of(Locale.ITALY));
        String swissFrench = Messages.of(Locale.forLanguageTag("fr-CH")).number(new BigDecimal("1234.5"));
        assertThat(swissFrench).startsWith("1").endsWith("234,5");
        for (int i = 0; i < 300; i++) {
            Locale swiss = new Locale.Builder().setLanguage("fr").setRegion("CH").setVariant("v" + (10_000 + i)).build();
            assertThat(Messages.of(swiss).number(new BigDecimal("1234.5"))).as(swiss.toString()).isEqualTo(swissFrench);
        }
        assertThat(Messages.of(Locale.GERMANY).number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
    }

    @Test
    void times_areWrittenAsEachLanguageWritesThemInASentence() {
        LocalTime eight = LocalTime.of(8, 0);
        LocalTime halfPastFive = LocalTime.of(17, 30);
        assertThat(List.of(FR.time(eight), FR.time(halfPastFive), FR.time(LocalTime.of(9, 5)), FR.time(LocalTime.MIDNIGHT)))
                .containsExactly("8\u00A0h", "17\u00A0h\u00A030", "9\u00A0h\u00A005", "0\u00A0h");
        assertThat(Messages.of(Locale.CANADA_FRENCH).time(halfPastFive)).isEqualTo("17\u00A0h\u00A030");
        assertThat(List.of(IT.time(eight), DE.time(halfPastFive), EN.time(halfPastFive)))
                .containsExactly("8:00", "17:30", "17:30");
        assertThat(Messages.of(Locale.US).time(halfPastFive)).isEqualTo("5:30 PM");
    }

    @Test
    void coverage_closingAtMidnight_closesAtTheEndOfTheDay_andOpeningAtMidnightToo_isAllDay() {
        HolidayCalendar holidays = HolidayCalendar.national(RegionCode.parse("FR-69"));
        CoverageWindow business = CoverageWindow.businessHours(ZoneId.of("Europe/Paris"), holidays);
        CoverageWindow evenings = CoverageWindow.builder().from(business).opens(LocalTime.of(18, 0)).closes(LocalTime.MIDNIGHT)
                .build();
        CoverageWindow weekends = CoverageWindow.builder().from(business)
                .days(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)).opens(LocalTime.MIDNIGHT).closes(LocalTime.MIDNIGHT)
                .build();
        assertThat(FR.coverage(business)).isEqualTo("du lundi au vendredi, de 8\u00A0h à 17\u00A0h, hors jours fériés");
        assertThat(List.of(FR.coverage(evenings), IT.coverage(evenings), DE.coverage(evenings), EN.coverage(evenings)))
                .containsExactly("du lundi au vendredi, de 18\u00A0h à 24\u00A0h, hors jours fériés",
                        "dal lunedì al venerdì, dalle 18:00 alle 24:00, esclusi i giorni festivi",
                        "Montag bis Freitag, 18:00 bis 24:00 Uhr, außer an Feiertagen",
                        "Monday to Friday, 18:00 to midnight, except public holidays");
        assertThat(List.of(FR.coverage(weekends), IT.coverage(weekends), DE.coverage(weekends), EN.coverage(weekends)))
                .containsExactly("samedi et dimanche, toute la journée, hors jours fériés",
                        "sabato e domenica, tutto il giorno, esclusi i giorni festivi",
                        "Samstag und Sonntag, ganztägig, außer an Feiertagen",
                        "Saturday and Sunday, all day, except public holidays");
    }

    @Test
    void bracketTraces_sayHowTheBracketsPrice_andWhichBracketALineIs_inEveryLanguage() {
        Trace above = Trace.of("device-fee", TraceStep.of(StandardTraceKey.BRACKET_MODE, Brackets.Mode.GRADUATED), TraceStep.of(StandardTraceKey.COUNT, 30),
                TraceStep.of(StandardTraceKey.BRACKET_ABOVE, BigDecimal.valueOf(25)), TraceStep.of(StandardTraceKey.BRACKET_UNITS, BigDecimal.valueOf(5)));
        Trace volume = Trace.of("device-fee", TraceStep.of(StandardTraceKey.BRACKET_MODE, Brackets.Mode.VOLUME),
                TraceStep.of(StandardTraceKey.BRACKET_UP_TO, BigDecimal.valueOf(25)));
        assertThat(List.of(EN.explain(above), EN.explain(volume))).containsExactly(
                "Subscription per device: pricing in graduated brackets; count 30; bracket above 25; units in the bracket 5",
                "Subscription per device: pricing by volume; bracket up to 25");
        assertThat(Golden.normalise(FR.explain(above))).isEqualTo("Abonnement par appareil : tarification par tranches ; nombre 30 ; "
                + "palier au-delà de 25 ; unités dans le palier 5");
        assertThat(IT.explain(volume)).isEqualTo("Canone per dispositivo: tariffazione a volume; scaglione fino a 25");
        assertThat(DE.explain(above)).isEqualTo("Gebühr pro Gerät: Preisberechnung gestaffelt; Anzahl 30; Staffel über 25; "
                + "Einheiten in der Staffel 5");
    }

    @Test
    void zoneAndProrationTraces_readAsPhrases_inEveryLanguage() {
        Trace zone = Trace.of("zone-fee", TraceStep.of(StandardTraceKey.ZONE_BEYOND, io.github.servicecontract.model.Distance.ofKilometres(40)));
        Trace period = Trace.of("billing-period", TraceStep.of(StandardTraceKey.PRORATION, io.github.servicecontract.pricing.billing.Proration.BY_DAY));
        assertThat(List.of(EN.explain(zone), IT.explain(zone), DE.explain(zone))).containsExactly(
                "Trip fee by zone: zone beyond 40\u00A0km", "Diritto di chiamata per zona: zona oltre 40\u00A0km",
                "Anfahrtspauschale nach Zone: Zone über 40\u00A0km");
        assertThat(Golden.normalise(FR.explain(zone))).isEqualTo("Frais de déplacement par zone : zone au-delà de 40 km");
        assertThat(List.of(EN.explain(period), IT.explain(period), DE.explain(period))).containsExactly(
                "Billing period: partial period by day", "Periodo di fatturazione: periodo parziale in proporzione ai giorni",
                "Abrechnungszeitraum: Teilzeitraum tageweise");
        assertThat(FR.explain(period)).isEqualTo("Période de facturation\u00A0: période partielle au prorata des jours");
    }

    @Test
    void coverageDays_threeOrMoreInARow_readAsARange_inEveryLanguage() {
        HolidayCalendar holidays = HolidayCalendar.national(RegionCode.parse("FR-69"));
        CoverageWindow business = CoverageWindow.businessHours(ZoneId.of("Europe/Paris"), holidays);
        CoverageWindow toSaturday = CoverageWindow.builder().from(business)
                .days(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)).build();
        CoverageWindow everyDay = CoverageWindow.builder().from(business).days(EnumSet.allOf(DayOfWeek.class)).build();
        CoverageWindow scattered = CoverageWindow.builder().from(business)
                .days(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY))
                .build();
        assertThat(List.of(FR.coverage(toSaturday), IT.coverage(toSaturday), DE.coverage(toSaturday), EN.coverage(toSaturday)))
                .containsExactly("du lundi au samedi, de 8\u00A0h à 17\u00A0h, hors jours fériés",
                        "dal lunedì al sabato, dalle 8:00 alle 17:00, esclusi i giorni festivi",
                        "Montag bis Samstag, 8:00 bis 17:00 Uhr, außer an Feiertagen",
                        "Monday to Saturday, 08:00 to 17:00, except public holidays");
        assertThat(List.of(FR.coverage(everyDay), IT.coverage(everyDay))).containsExactly(
                "du lundi au dimanche, de 8\u00A0h à 17\u00A0h, hors jours fériés",
                "dal lunedì alla domenica, dalle 8:00 alle 17:00, esclusi i giorni festivi");
        assertThat(EN.coverage(scattered)).isEqualTo("Monday, Tuesday and Thursday to Saturday, 08:00 to 17:00, except public holidays");
    }
}
