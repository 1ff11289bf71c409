package io.github.servicecontract.i18n;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.CoverageWindow;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.DistanceUnit;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.Registration;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Subsystem;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.Multiplier;
import io.github.servicecontract.pricing.Rounding;
import io.github.servicecontract.pricing.StandardTraceKey;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Trace;
import io.github.servicecontract.pricing.TraceStep;
import io.github.servicecontract.pricing.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * The words of contracts and quotes in one locale: fixed texts, clauses with their parameters,
 * enum constants, cost components, quantities with their units (plural rules included), money,
 * percentages, dates, durations and the explanation of traces.
 *
 * <p>Texts come from this module's bundles for English (the base), French, Italian and German.
 * A locale of another language is written in English ({@link Language#of}); a text missing from
 * a language falls back to English; a component, a tier or a trace label unknown to the bundles
 * is worded from its identifier. No method ever answers with a bare key or an exception for a
 * missing text.
 *
 * <p>For example, {@code Messages.of(Locale.FRANCE).quantity(new BigDecimal("1.5"), Unit.HOUR)}
 * is {@code "1,5 heure"} (French is singular below two) and in English {@code "1.5 hours"}.
 *
 * <p>German texts are spelled as in the client's country: without ß in Switzerland and
 * Liechtenstein ({@code "ausser an Feiertagen"} in de-CH, {@code "außer an Feiertagen"} in de-DE).
 *
 * <p>This class is immutable and thread-safe: formats, which are not, are parsed once and
 * copied for each call.
 */
public final class Messages {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    /** The messages of each locale asked for, shared (they are immutable), up to a bound that callers cannot exhaust memory with. */
    private static final Map<Locale, Messages> SHARED = new ConcurrentHashMap<>();
    private static final int SHARED_LIMIT = 256;
    /** Where German is written without ß, as "ss": Switzerland and Liechtenstein. */
    private static final Set<String> SWISS_SPELLING_COUNTRIES = Set.of("CH", "LI");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    /** Hours beyond this are shown as a number: a duration of them would overflow. */
    private static final BigDecimal MAX_HOURS_AS_TIME = BigDecimal.valueOf(1_000_000_000L);

    private final Locale locale;
    private final Language language;
    private final MoneyFormat money;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;
    /** The locale's number and percent formats, copied for each call (a copy costs less than a look-up). */
    private final NumberFormat numbers;
    private final NumberFormat percents;
    /** Each text's pattern, parsed once, copied for each call; as many as the bundles have texts. */
    private final Map<String, MessageFormat> parsed = new ConcurrentHashMap<>();
    /** Whether texts are spelled as in Switzerland and Liechtenstein, where German has no ß. */
    private final boolean swissSpelling;
    private final String region;

    private Messages(Locale locale) {
        this.locale = locale;
        this.language = Language.of(locale);
        this.money = MoneyFormat.of(locale);
        this.dates = longDates(locale, language);
        // Italian and German write the hour without a leading zero ("dalle 8:00", "8:00 bis 17:00 Uhr")
        this.times = language == Language.ITALIAN || language == Language.GERMAN ? DateTimeFormatter.ofPattern("H:mm", locale)
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.numbers = NumberFormat.getNumberInstance(locale);
        this.percents = NumberFormat.getPercentInstance(locale);
        this.swissSpelling = language == Language.GERMAN && SWISS_SPELLING_COUNTRIES.contains(locale.getCountry());
        String country = locale.getCountry().equals("LI") ? "CH" : locale.getCountry();
        this.region = language.code() + "_" + country;
    }

    /**
     * The locale's long date format, with the first day of a month written as the ordinal that
     * French and Italian use for it, as CLDR's ordinal digits write it ("1er janvier",
     * "1º gennaio"); the JDK writes it as a cardinal ("1 janvier").
     */
    private static DateTimeFormatter longDates(Locale locale, Language language) {
        DateTimeFormatter plain = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String first = language == Language.FRENCH ? "1er" : language == Language.ITALIAN ? "1\u00BA" : null;
        if (first == null) {
            return plain;
        }
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null, IsoChronology.INSTANCE,
                locale);
        int day = pattern.indexOf('d');
        if (day < 0 || pattern.indexOf('d', day + 1) >= 0 || pattern.indexOf('\'') >= 0) {
            return plain; // not the one plain day field these languages' patterns have
        }
        Map<Long, String> days = new HashMap<>();
        for (long d = 1; d <= 31; d++) {
            days.put(d, d == 1 ? first : Long.toString(d));
        }
        return new DateTimeFormatterBuilder().appendPattern(pattern.substring(0, day))
                .appendText(ChronoField.DAY_OF_MONTH, days).appendPattern(pattern.substring(day + 1)).toFormatter(locale);
    }

    /**
     * Obtains the words of a locale.
     *
     * @param locale the client's locale; its language chooses the texts, the whole locale the
     *     number, money and date formats
     * @return the messages
     */
    public static Messages of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Messages known = SHARED.get(locale);
        if (known != null) {
            return known;
        }
        Messages made = new Messages(locale);
        if (SHARED.size() < SHARED_LIMIT) {
            Messages raced = SHARED.putIfAbsent(locale, made);
            return raced != null ? raced : made;
        }
        return made;
    }

    /**
     * The item a document names a quote line by: its service, with its band or bracket, and its day when it has one
     * ({@code "Main-d’œuvre sur site, 10 mars 2026"}).
     *
     * @param line the line
     * @return the item, in this language
     */
    public String item(io.github.servicecontract.pricing.QuoteLine line) {
        return ContractDocuments.item(this, java.util.Objects.requireNonNull(line, "line"));
    }

    /** Returns the locale. */
    public Locale locale() {
        return locale;
    }

    /** Returns the language the texts are written in. */
    public Language language() {
        return language;
    }

    /**
     * Returns a fixed text with its arguments.
     *
     * @param key the text
     * @param arguments its arguments, as the key documents
     * @return the text
     */
    public String text(TextKey key, Object... arguments) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(arguments, "arguments");
        return format(key.key(), arguments);
    }

    private String format(String key, Object... arguments) {
        String pattern = Bundle.pattern(language, region, key);
        if (pattern == null) {
            return null;
        }
        MessageFormat format = parsed.computeIfAbsent(pattern, p -> new MessageFormat(swissSpelling ? p.replace("ß", "ss") : p,
                locale));
        return ((MessageFormat) format.clone()).format(arguments);
    }

    private String formatOr(String key, String fallback, Object... arguments) {
        String text = format(key, arguments);
        return text != null ? text : fallback;
    }

    /**
     * Formats an amount, for example {@code "1 740,00 €"} in fr-FR.
     *
     * @param amount the amount
     * @return the formatted amount
     */
    public String money(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return money.format(amount);
    }

    /**
     * Formats a unit price at its currency's decimals, rounded half up: what a client reads
     * beside a quantity, for example {@code "121,13 € par heure"} for an hourly rate of 121.125
     * EUR. The exact price stays in the line's trace, and the line's amount is never rounded here.
     *
     * @param price the unit price
     * @return the formatted price
     */
    public String price(MonetaryAmount price) {
        Objects.requireNonNull(price, "price");
        int digits = Math.max(0, price.getCurrency().getDefaultFractionDigits());
        BigDecimal exact = price.getNumber().numberValueExact(BigDecimal.class);
        if (exact.scale() <= digits) {
            return money.format(price);
        }
        return money.format(price.getFactory().setNumber(exact.setScale(digits, RoundingMode.HALF_UP)).create());
    }

    /**
     * Names a tax with its rate, by the country that levies it: for example {@code "VAT 20%"}
     * for France's in English, {@code "MWST 8.1%"} for Switzerland's in de-CH, {@code "Sales
     * tax 0%"} for the United States'; a country without a name here gets a plain
     * {@code "Tax 10%"}.
     *
     * @param tax the tax
     * @return its name and rate
     */
    public String tax(TaxRate tax) {
        Objects.requireNonNull(tax, "tax");
        String rate = percentage(tax.rate());
        return formatOr("tax." + tax.country().country(), text(TextKey.TAX, rate), rate);
    }

    /**
     * Formats a decimal number with the locale's marks, for example {@code "1,25"} in French.
     *
     * @param number the number
     * @return the formatted number
     */
    public String number(BigDecimal number) {
        Objects.requireNonNull(number, "number");
        NumberFormat format = (NumberFormat) numbers.clone();
        format.setMaximumFractionDigits(Math.max(0, number.stripTrailingZeros().scale()));
        return format.format(number);
    }

    /**
     * Formats a percentage, for example {@code "8,1 %"} in French.
     *
     * @param percentage the percentage
     * @return the formatted percentage
     */
    public String percentage(Percentage percentage) {
        Objects.requireNonNull(percentage, "percentage");
        NumberFormat format = (NumberFormat) percents.clone();
        format.setMaximumFractionDigits(Math.max(0, percentage.value().stripTrailingZeros().scale()));
        String written = format.format(percentage.fraction());
        // French typography puts a no-break space before %, which the JDK's fr-CH pattern leaves out
        return language == Language.FRENCH && written.endsWith("%") && !Character.isSpaceChar(written.charAt(written.length() - 2))
                ? written.substring(0, written.length() - 1) + "\u00A0%" : written;
    }

    /**
     * Formats a date in the locale's long form, for example {@code "1er janvier 2026"} (French
     * and Italian write the first of a month as an ordinal) or {@code "15 septembre 2026"}.
     *
     * @param date the date
     * @return the formatted date
     */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    /**
     * Formats a time of day as the locale writes it in a sentence: in French, hours and minutes
     * with "h", as French typography writes them ({@code "8 h"}, {@code "17 h 30"}); otherwise
     * the locale's short form ({@code "08:00"}, {@code "5:00 PM"}).
     *
     * @param time the time
     * @return the formatted time
     */
    public String time(LocalTime time) {
        Objects.requireNonNull(time, "time");
        if (language == Language.FRENCH) {
            String hours = time.getHour() + "\u00A0h";
            return time.getMinute() == 0 ? hours : hours + String.format(Locale.ROOT, "\u00A0%02d", time.getMinute());
        }
        return times.format(time);
    }

    /**
     * Formats a duration in hours and minutes, for example {@code "1 h 20 min"}.
     *
     * @param duration the duration
     * @return the formatted duration
     */
    public String duration(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        if (hours == 0) {
            return text(TextKey.MINUTES, minutes);
        }
        return minutes == 0 ? text(TextKey.HOURS, hours) : text(TextKey.HOURS, hours) + "\u00A0" + text(TextKey.MINUTES, minutes);
    }

    /**
     * Formats a period in months and days, for example {@code "2 mois"}.
     *
     * @param period the period
     * @return the formatted period
     */
    public String period(Period period) {
        Objects.requireNonNull(period, "period");
        List<String> parts = new ArrayList<>();
        if (period.toTotalMonths() != 0) {
            parts.add(text(TextKey.MONTHS, period.toTotalMonths()));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(text(TextKey.DAYS, period.getDays()));
        }
        return String.join(" ", parts);
    }

    /**
     * Formats a distance in the unit it was given in, for example {@code "42,5 km"}, or
     * {@code "26 miles"} for a site measured in miles.
     *
     * @param distance the distance
     * @return the formatted distance
     */
    public String distance(Distance distance) {
        Objects.requireNonNull(distance, "distance");
        return distance.unit() == DistanceUnit.MILE ? quantity(distance.value(), Unit.MILE) : number(distance.value()) + "\u00A0km";
    }

    /**
     * Words a quantity with its unit, plural rules included, for example {@code "2 heures"}; hours
     * that are whole minutes but no short decimal (0.833333) as the time they are ({@code "50 min"}).
     *
     * @param quantity the quantity
     * @param unit the unit
     * @return the words
     */
    public String quantity(BigDecimal quantity, Unit unit) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(quantity, "quantity");
        if (unit == Unit.HOUR && quantity.stripTrailingZeros().scale() > 0 && quantity.compareTo(MAX_HOURS_AS_TIME) <= 0) {
            // hours and minutes read as the time they are ("1 h 15 min", not "1,25 heure"; 50 minutes are 0.833333 h)
            BigDecimal minutes = quantity.multiply(SIXTY).setScale(0, RoundingMode.HALF_UP);
            if (minutes.divide(SIXTY, Math.max(6, quantity.scale()), RoundingMode.HALF_UP).compareTo(quantity) == 0) {
                return duration(Duration.ofMinutes(minutes.longValueExact()));
            }
        }
        // the plural is chosen on the quantity; the number is written exactly (MessageFormat's {0,number} keeps 3 decimals)
        String number = number(quantity);
        return formatOr("unit." + unit.name(), number + " " + unit.name().toLowerCase(Locale.ROOT), quantity, number);
    }

    /**
     * Returns the name of one unit, for example {@code "heure"}.
     *
     * @param unit the unit
     * @return the name
     */
    public String unitName(Unit unit) {
        Objects.requireNonNull(unit, "unit");
        return formatOr("unit-name." + unit.name(), unit.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Words an enum constant, for example {@code ServiceLevel.PROACTIVE} as {@code "Proactif"};
     * a constant unknown to the bundles is worded from its name.
     *
     * @param constant the constant
     * @return the words
     */
    public String label(Enum<?> constant) {
        Objects.requireNonNull(constant, "constant");
        String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        return formatOr(key, constant.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /**
     * Words a billing frequency as a period, for example {@code "trimestriel"}.
     *
     * @param frequency the frequency
     * @return the words
     */
    public String per(BillingFrequency frequency) {
        Objects.requireNonNull(frequency, "frequency");
        return formatOr("per." + frequency.name(), label(frequency));
    }

    /**
     * Words a cost component, for example {@code "Frais de déplacement"}; a vendor's own
     * component is worded from its description.
     *
     * @param component the component
     * @return the words
     */
    public String component(CostComponent component) {
        Objects.requireNonNull(component, "component");
        String description = component.description();
        return formatOr("component." + component.id(), Character.toUpperCase(description.charAt(0)) + description.substring(1));
    }

    /**
     * Words a clause with its parameters, for example {@code "Une visite sur site par an"}; a
     * custom clause is its own text.
     *
     * @param clause the clause
     * @return the words
     */
    public String clause(Clause clause) {
        Objects.requireNonNull(clause, "clause");
        if (clause.customText().isPresent()) {
            return clause.customText().get();
        }
        Object argument = clause.parameters().values().stream().findFirst().map(this::parameter).orElse(null);
        String fallback = clause.id().value().replace('-', ' ');
        return formatOr(clause.messageKey().value(), Character.toUpperCase(fallback.charAt(0)) + fallback.substring(1), argument);
    }

    private Object parameter(ParameterValue value) {
        if (value instanceof ParameterValue.Count) {
            return ((ParameterValue.Count) value).value();
        } else if (value instanceof ParameterValue.Length) {
            return duration(((ParameterValue.Length) value).value());
        } else if (value instanceof ParameterValue.Span) {
            return distance(((ParameterValue.Span) value).value());
        }
        return percentage(((ParameterValue.Share) value).value());
    }

    /**
     * Returns a registration number under its register's name, for example "SIRET 842 597 130 00017",
     * "N° TVA intracommunautaire FR 17 842 597 130", "MWST-Nr. CHE-116.281.710 MWST".
     *
     * @param registration the registration
     * @return its words
     */
    public String registration(Registration registration) {
        Objects.requireNonNull(registration, "registration");
        String number = registration.toString();
        if (registration.kind() == Registration.Kind.CH_VAT) {
            number = number + " " + formatOr("swiss-vat-suffix", "VAT");
        }
        return label(registration.kind()) + " " + number;
    }

    /**
     * Returns the name of a role ("ingénieur" for an engineer); a vendor's own role reads as its
     * identifier in lower case.
     *
     * @param role the role
     * @return its name
     */
    public String role(io.github.servicecontract.pricing.Role role) {
        Objects.requireNonNull(role, "role");
        return formatOr("role." + role.id(), role.id().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /**
     * Returns the name of a subsystem ("Éclairage" for lighting); a vendor's own subsystem reads as
     * its identifier with spaces.
     *
     * @param subsystem the subsystem
     * @return its name
     */
    public String subsystem(Subsystem subsystem) {
        Objects.requireNonNull(subsystem, "subsystem");
        String fallback = subsystem.id().replace('-', ' ');
        return formatOr("subsystem." + subsystem.id(), Character.toUpperCase(fallback.charAt(0)) + fallback.substring(1));
    }

    /**
     * Words a tier's name from the bundle key {@code tier.<id>}, or from its identifier
     * ({@code gold-plus} reads {@code "Gold Plus"}).
     *
     * @param tier the tier
     * @return the name
     */
    public String tierName(ServiceTier tier) {
        Objects.requireNonNull(tier, "tier");
        String fallback = Arrays.stream(tier.id().value().split("-"))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1)).collect(Collectors.joining(" "));
        return formatOr(tier.nameKey().value(), fallback);
    }

    /**
     * Words a coverage window, for example {@code "du lundi au vendredi, de 8 h à 17 h, hors
     * jours fériés"}; a window that closes at midnight closes at the end of the day ("to
     * midnight", "à 24 h"), and one that also opens at midnight is open all day.
     *
     * @param coverage the window
     * @return the words
     */
    public String coverage(CoverageWindow coverage) {
        Objects.requireNonNull(coverage, "coverage");
        if (coverage.isAllHours()) {
            return text(TextKey.COVERAGE_ALL_HOURS);
        }
        String days = days(coverage.days());
        boolean toMidnight = coverage.closes().equals(LocalTime.MIDNIGHT);
        String window = toMidnight && coverage.opens().equals(LocalTime.MIDNIGHT) ? text(TextKey.COVERAGE_ALL_DAY, days)
                : text(TextKey.COVERAGE_WINDOW, days, time(coverage.opens()),
                        toMidnight ? text(TextKey.MIDNIGHT) : time(coverage.closes()));
        return coverage.holidayCover() == CoverageWindow.HolidayCover.CLOSED ? window + ", " + text(TextKey.CLOSED_ON_HOLIDAYS)
                : window;
    }

    /**
     * Words days of the week, three or more consecutive ones as a range: "du lundi au samedi",
     * "samedi et dimanche", "lundi, mercredi et vendredi".
     */
    private String days(Set<DayOfWeek> days) {
        if (days.equals(WEEKDAYS)) {
            return text(TextKey.WEEKDAYS);
        }
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        List<String> words = new ArrayList<>();
        int first = 0;
        while (first < sorted.size()) {
            int last = first;
            while (last + 1 < sorted.size() && sorted.get(last + 1).getValue() == sorted.get(last).getValue() + 1) {
                last++;
            }
            if (last - first >= 2) {
                DayOfWeek end = sorted.get(last);
                words.add(text(end == DayOfWeek.SUNDAY ? TextKey.DAY_RANGE_TO_SUNDAY : TextKey.DAY_RANGE, dayName(sorted.get(first)),
                        dayName(end)));
            } else {
                sorted.subList(first, last + 1).forEach(day -> words.add(dayName(day)));
            }
            first = last + 1;
        }
        return list(words);
    }

    private String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    /**
     * Joins words as a list, for example {@code "a, b et c"}.
     *
     * @param items the words
     * @return the list
     */
    public String list(List<String> items) {
        Objects.requireNonNull(items, "items");
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + text(TextKey.AND) + " " + items.get(items.size() - 1);
    }

    /**
     * Explains a trace in words, for example {@code "Main-d’œuvre : taux 85,00 € ; heures
     * facturées 2 ; montant 170,00 €"}.
     *
     * @param trace the trace
     * @return the explanation
     */
    public String explain(Trace trace) {
        Objects.requireNonNull(trace, "trace");
        String rule = formatOr("rule." + trace.rule(), trace.rule().replace('-', ' '));
        String steps = explainSteps(trace);
        return steps.isEmpty() ? rule : labelled(rule, steps);
    }

    /** The steps of a trace, in order, without the rule's name; empty when it has none. */
    String explainSteps(Trace trace) {
        return series(trace.steps().stream().map(this::step).toList());
    }

    /**
     * A label and its value, with the colon the language writes: {@code "Site : Villa Martin"} in
     * French, with a space before it, {@code "Site: Villa Martin"} otherwise. The value is kept
     * as given, whatever it contains.
     */
    String labelled(String label, String value) {
        return label + (language == Language.FRENCH ? "\u00A0: " : ": ") + value; // French: a no-break space before the colon
    }

    /**
     * Items separated by semicolons, as the language writes them: {@code "a ; b"} in French,
     * {@code "a; b"} otherwise.
     */
    String series(List<String> items) {
        return String.join(language == Language.FRENCH ? "\u202F; " : "; ", items); // French: a narrow no-break space before it
    }

    private String step(TraceStep step) {
        Object value = step.value();
        boolean hours = step.key() == StandardTraceKey.HOURS || step.key() == StandardTraceKey.BILLED_HOURS;
        String written = hours && value instanceof BigDecimal && ((BigDecimal) value).stripTrailingZeros().scale() > 0
                ? quantity((BigDecimal) value, Unit.HOUR) : value(value); // hours and minutes as a time: "1 h 15 min"
        return formatOr("trace." + step.key().id(), step.key().id().replace('-', ' ')) + " " + written;
    }

    /**
     * Words a value of a trace step: amounts, numbers, durations, distances, percentages,
     * multipliers, dates and enum constants in the locale's forms.
     *
     * @param value the value
     * @return the words
     */
    public String value(Object value) {
        Objects.requireNonNull(value, "value");
        if (value instanceof MonetaryAmount) {
            return money((MonetaryAmount) value);
        } else if (value instanceof BigDecimal) {
            return number((BigDecimal) value);
        } else if (value instanceof Integer || value instanceof Long) {
            return number(BigDecimal.valueOf(((Number) value).longValue()));
        } else if (value instanceof Duration) {
            return duration((Duration) value);
        } else if (value instanceof Distance) {
            return distance((Distance) value);
        } else if (value instanceof Percentage) {
            return percentage((Percentage) value);
        } else if (value instanceof Multiplier) {
            return text(TextKey.MULTIPLIER, number(((Multiplier) value).factor()));
        } else if (value instanceof LocalDate) {
            return date((LocalDate) value);
        } else if (value instanceof Rounding) {
            return number(((Rounding) value).increment());
        } else if (value instanceof Enum<?>) {
            return label((Enum<?>) value);
        } else if (value instanceof String) {
            return formatOr("reason." + value, (String) value);
        }
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return "Messages[" + locale.toLanguageTag() + ", " + language + "]";
    }
}
