package io.github.servicecontract.pricing.ratesheet;

import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.Brackets;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.RateKey;
import io.github.servicecontract.pricing.RateTable;
import io.github.servicecontract.pricing.TimeBand;
import io.github.servicecontract.pricing.Unit;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;

/**
 * An integrator's rates as kept in a spreadsheet: rows, each with its own dates, possibly
 * several versions of the same rate over time, possibly wrong. {@link #validate} finds every
 * problem at once; {@link #toRateTable} turns a valid sheet into the rate table of a day.
 *
 * <p>For example, {@code RateSheet.of(rows).validate(requirements).isValid()} in a vendor's CI,
 * then {@code sheet.toRateTable(LocalDate.of(2026, 1, 1))} in production.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RateSheet {

    private static final Set<String> UNITS = EnumSet.allOf(Unit.class).stream().map(Unit::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<CostComponent> SERVICES = Set.of(CostComponent.ON_SITE_LABOUR, CostComponent.REMOTE_LABOUR,
            CostComponent.TRIP_FEE, CostComponent.TRAVEL_DISTANCE, CostComponent.TRAVEL_MILES, CostComponent.REMOTE_TICKET, CostComponent.SYSTEM_UPDATE);
    private static final Map<CostComponent, Unit> UNIT_OF = Map.ofEntries(
            Map.entry(CostComponent.ON_SITE_LABOUR, Unit.HOUR), Map.entry(CostComponent.REMOTE_LABOUR, Unit.HOUR),
            Map.entry(CostComponent.TRIP_FEE, Unit.TRIP), Map.entry(CostComponent.TRAVEL_DISTANCE, Unit.KILOMETRE),
            Map.entry(CostComponent.TRAVEL_MILES, Unit.MILE),
            Map.entry(CostComponent.REMOTE_TICKET, Unit.TICKET), Map.entry(CostComponent.SYSTEM_UPDATE, Unit.UPDATE),
            Map.entry(CostComponent.DEVICE_UPDATES, Unit.DEVICE), Map.entry(CostComponent.DEVICE_MONITORING, Unit.DEVICE),
            Map.entry(CostComponent.SITE_MONITORING, Unit.SITE), Map.entry(CostComponent.FLAT_FEE, Unit.SITE),
            Map.entry(CostComponent.DEVICE_FEE, Unit.DEVICE), Map.entry(CostComponent.SUBSYSTEM_FEE, Unit.SUBSYSTEM),
            Map.entry(CostComponent.SITE_FEE, Unit.SITE));
    /**
     * The units a rate of the library's own components may be written in: its usual unit, or blocks for what is
     * counted per device or subsystem (package pricing); the other components of the library are priced per item.
     * A vendor's own component may be written in any unit.
     */
    private static final Map<CostComponent, Set<Unit>> UNITS_OF = unitsOf();
    /** Units that count things: a bracket's bound in one of them is a whole number. */
    private static final Set<Unit> MEASURED = EnumSet.of(Unit.HOUR, Unit.KILOMETRE, Unit.MILE);

    private static Map<CostComponent, Set<Unit>> unitsOf() {
        Map<CostComponent, Set<Unit>> units = new LinkedHashMap<>();
        UNIT_OF.forEach((component, unit) -> units.put(component,
                unit == Unit.DEVICE || unit == Unit.SUBSYSTEM ? EnumSet.of(unit, Unit.BLOCK) : EnumSet.of(unit)));
        for (CostComponent component : List.of(CostComponent.INSTALLED_VALUE_FEE, CostComponent.EXTENDED_WARRANTY,
                CostComponent.COMPLEXITY, CostComponent.MINIMUM_FEE, CostComponent.FEE_CAP, CostComponent.DISCOUNT,
                CostComponent.PREPAY_DISCOUNT, CostComponent.MEMBER_LABOUR_DISCOUNT, CostComponent.MATERIALS,
                CostComponent.ROUNDING)) {
            units.put(component, EnumSet.of(Unit.ITEM));
        }
        return Map.copyOf(units);
    }

    private final List<RateRow> rows;

    private RateSheet(List<RateRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Obtains a sheet.
     *
     * @param rows the rows, in the order of the file
     * @return the sheet
     * @throws IllegalArgumentException if there is no row
     */
    public static RateSheet of(List<RateRow> rows) {
        Objects.requireNonNull(rows, "rows");
        if (rows.isEmpty()) {
            throw Checks.invalid("rows", rows, "must contain at least one rate");
        }
        return new RateSheet(rows);
    }

    /**
     * Obtains the sheet of a rate table: one row per rate and per bracket, with the table's
     * dates and each component's usual unit.
     *
     * @param table the table
     * @return the sheet
     * @throws IllegalArgumentException if the table has no rate
     */
    public static RateSheet from(RateTable table) {
        Objects.requireNonNull(table, "table");
        List<RateRow> rows = new ArrayList<>();
        Optional<LocalDate> until = table.effectiveUntil();
        table.entries().forEach((key, rate) -> rows.add(new RateRow(0, key, Optional.empty(), Optional.empty(), Optional.empty(),
                unitOf(key.component()).name(), Amounts.decimal("table.entries", rate, "the table's", table.currency()),
                table.currency(), table.effectiveFrom(), until)));
        table.bracketEntries().forEach((key, brackets) -> brackets.brackets().forEach(bracket -> rows.add(new RateRow(0, key,
                bracket.upTo(), Optional.of(brackets.mode()),
                bracket.flat().map(flat -> Amounts.decimal("table.bracketEntries", flat, "the table's", table.currency())),
                unitOf(key.component()).name(),
                Amounts.decimal("table.bracketEntries", bracket.unitPrice(), "the table's", table.currency()), table.currency(),
                table.effectiveFrom(), until))));
        return of(rows);
    }

    /**
     * Returns the usual unit of a component's rate: hours for labour, trips for trip fees,
     * kilometres for travel, and so on; an item for others.
     *
     * @param component the component
     * @return its unit
     */
    public static Unit unitOf(CostComponent component) {
        Objects.requireNonNull(component, "component");
        return UNIT_OF.getOrDefault(component, Unit.ITEM);
    }

    /** Returns the rows, in order. */
    public List<RateRow> rows() {
        return rows;
    }

    /** Returns the currency of the first row, the one every row must have. */
    public CurrencyUnit currency() {
        return rows.get(0).currency();
    }

    /**
     * Returns the days the sheet's rates change, in order: each row's first day, and each day
     * after a row's last on which other rows still apply (the day a whole sheet ends is no change:
     * nothing applies from it).
     *
     * <p>For example, labour from 2026-01-01 until 2026-07-01 beside a trip fee from 2026-01-01,
     * open-ended: 2026-01-01 and 2026-07-01.
     *
     * @return the change dates
     */
    public List<LocalDate> changeDates() {
        // the last day each row's first day reaches: whether a row still applies after another ends, without a search per end
        TreeMap<LocalDate, LocalDate> reach = new TreeMap<>();
        for (RateRow row : rows) {
            reach.merge(row.effectiveFrom(), row.effectiveUntil().orElse(LocalDate.MAX), (a, b) -> a.isAfter(b) ? a : b);
        }
        LocalDate furthest = LocalDate.MIN;
        for (Map.Entry<LocalDate, LocalDate> entry : reach.entrySet()) {
            furthest = entry.getValue().isAfter(furthest) ? entry.getValue() : furthest;
            entry.setValue(furthest);
        }
        TreeSet<LocalDate> days = new TreeSet<>(reach.keySet());
        for (RateRow row : rows) {
            row.effectiveUntil().filter(end -> {
                Map.Entry<LocalDate, LocalDate> before = reach.floorEntry(end);
                return before != null && before.getValue().isAfter(end);
            }).ifPresent(days::add);
        }
        return List.copyOf(days);
    }

    /**
     * Finds every problem of the sheet, without requirements.
     *
     * @return the report
     */
    public RateReport validate() {
        RateReport known = report;
        if (known == null) {
            known = validate(RateRequirements.none());
            report = known; // the sheet is immutable: its report is found once (a race finds the same report twice)
        }
        return known;
    }

    /** The report of {@link #validate()}, once found. */
    private volatile RateReport report;

    /**
     * Finds every problem of the sheet: units, negative or zero rates, currencies, dates, brackets,
     * duplicates, premium bands cheaper than business hours, tier rates above the standard rate,
     * and the required rates missing on any day the rates change.
     *
     * @param requirements the rates the sheet must have
     * @return the report, problems in the order of the rows (a row's own problems first), then
     *     missing rates
     */
    public RateReport validate(RateRequirements requirements) {
        Objects.requireNonNull(requirements, "requirements");
        Problems problems = new Problems();
        CurrencyUnit currency = currency();
        for (RateRow row : rows) {
            problems.at(row);
            if (!UNITS.contains(row.unit())) {
                problems.add(RateProblem.of(RateProblem.Code.UNKNOWN_UNIT, row.location(),
                        "unit must be one of " + new TreeSet<>(UNITS) + ", was \"" + Checks.shortened(row.unit()) + "\""));
            } else if (!UNITS_OF.getOrDefault(row.key().component(), EnumSet.allOf(Unit.class)).contains(Unit.valueOf(row.unit()))) {
                problems.add(RateProblem.of(RateProblem.Code.UNIT_MISMATCH, row.location(), "unit of " + row.key().describe()
                        + " must be " + UNITS_OF.get(row.key().component()).stream().map(Unit::name)
                                .collect(Collectors.joining(" or ")) + ", was " + row.unit()));
            }
            if (row.amount().signum() < 0) {
                problems.add(RateProblem.of(RateProblem.Code.NEGATIVE_RATE, row.location(),
                        "rate of " + row.key().describe() + " must be >= 0, was " + row.amount().toPlainString()));
            } else if (row.amount().signum() == 0 && SERVICES.contains(row.key().component()) && !row.isBracket()) {
                problems.add(RateProblem.of(RateProblem.Code.ZERO_RATE, row.location(),
                        "rate of " + row.key().describe() + " is zero: is the service really free?"));
            }
            if (row.flat().isPresent() && !row.isBracket()) {
                problems.add(RateProblem.of(RateProblem.Code.FLAT_WITHOUT_BRACKET, row.location(), "flat amount of "
                        + row.key().describe() + " (" + row.flat().get().toPlainString() + ") must be on a bracket (with a mode)"));
            } else if (row.flat().filter(flat -> flat.signum() < 0).isPresent()) {
                problems.add(RateProblem.of(RateProblem.Code.NEGATIVE_RATE, row.location(), "flat amount of "
                        + row.key().describe() + " must be >= 0, was " + row.flat().get().toPlainString()));
            }
            int digits = row.currency().getDefaultFractionDigits();
            if (finerThan(row.amount(), digits)) {
                problems.add(RateProblem.of(RateProblem.Code.FINER_THAN_CURRENCY, row.location(), "rate of "
                        + row.key().describe() + " (" + row.amount().toPlainString() + ") has more decimals than "
                        + row.currency().getCurrencyCode() + "'s " + digits + ": documents show it rounded, amounts use it exactly"));
            }
            if (row.flat().filter(flat -> finerThan(flat, digits)).isPresent()) {
                problems.add(RateProblem.of(RateProblem.Code.FINER_THAN_CURRENCY, row.location(), "flat amount of "
                        + row.key().describe() + " (" + row.flat().get().toPlainString() + ") has more decimals than "
                        + row.currency().getCurrencyCode() + "'s " + digits + ": documents show it rounded, amounts use it exactly"));
            }
            if (!row.currency().equals(currency)) {
                problems.add(RateProblem.of(RateProblem.Code.MIXED_CURRENCY, row.location(), "currency must be "
                        + currency.getCurrencyCode() + " like the first rate, was " + row.currency().getCurrencyCode()));
            }
            if (row.effectiveUntil().filter(until -> !until.isAfter(row.effectiveFrom())).isPresent()) {
                problems.add(RateProblem.of(RateProblem.Code.INVALID_DATES, row.location(), "effective until "
                        + row.effectiveUntil().get() + " must be after effective from " + row.effectiveFrom()));
            }
        }
        checkDates(problems);
        checkBrackets(problems);
        checkRelations(problems);
        checkRequirements(problems, requirements);
        return new RateReport(problems.inRowOrder());
    }

    /** Problems found, each remembered with the position of its row, to be reported in row order. */
    private final class Problems {
        private final List<Map.Entry<Integer, RateProblem>> found = new ArrayList<>();
        private RateRow current;
        /** Each row's position in the sheet, made when the first problem is found: a search per problem would be quadratic. */
        private Map<RateRow, Integer> positions;

        void add(RateProblem problem) {
            found.add(Map.entry(current == null ? Integer.MAX_VALUE : positionOf(current), problem));
        }

        private int positionOf(RateRow row) {
            if (positions == null) {
                positions = new IdentityHashMap<>(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    positions.putIfAbsent(rows.get(i), i);
                }
            }
            return positions.get(row);
        }

        void at(RateRow row) {
            current = row;
        }

        List<RateProblem> inRowOrder() {
            return found.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        }
    }

    /** What a row prices, whatever its dates: a key, and a bracket's bound (by value and scale, as the sheet writes it). */
    private record Rate(RateKey key, Optional<BigDecimal> upTo) {}

    private void checkDates(Problems problems) {
        Map<Rate, List<RateRow>> versions = new LinkedHashMap<>();
        rows.forEach(row -> versions.computeIfAbsent(new Rate(row.key(), row.upTo()), k -> new ArrayList<>()).add(row));
        for (List<RateRow> group : versions.values()) {
            List<RateRow> sorted = group.stream().sorted(Comparator.comparing(RateRow::effectiveFrom)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                RateRow previous = sorted.get(i - 1);
                RateRow row = sorted.get(i);
                problems.at(row);
                boolean sameDates = row.effectiveFrom().equals(previous.effectiveFrom())
                        && row.effectiveUntil().equals(previous.effectiveUntil());
                if (sameDates && row.isBracket() && previous.isBracket()) {
                    continue; // a repeated bound: the brackets check reports it
                }
                if (sameDates) {
                    problems.add(RateProblem.of(RateProblem.Code.DUPLICATE_KEY, row.location(), "rate of "
                            + row.key().describe() + " is given again, as at " + previous.location()));
                } else if (previous.effectiveUntil().map(until -> row.effectiveFrom().isBefore(until)).orElse(true)) {
                    problems.add(RateProblem.of(RateProblem.Code.OVERLAPPING_DATES, row.location(), "rate of "
                            + row.key().describe() + " from " + row.effectiveFrom() + " overlaps the one at " + previous.location()));
                } else if (row.effectiveFrom().isAfter(previous.effectiveUntil().get())) {
                    problems.add(RateProblem.of(RateProblem.Code.DATE_GAP, row.location(), "rate of " + row.key().describe()
                            + " has no rate from " + previous.effectiveUntil().get() + " to " + row.effectiveFrom()));
                }
            }
        }
    }

    /** Whether a value has more decimals than a currency's {@code digits} (none for a currency without a convention). */
    private static boolean finerThan(BigDecimal value, int digits) {
        return digits >= 0 && value.scale() > digits && value.stripTrailingZeros().scale() > digits;
    }

    private void checkBrackets(Problems problems) {
        Map<String, List<RateRow>> sets = new LinkedHashMap<>();
        rows.stream().filter(RateRow::isBracket).forEach(row -> sets.computeIfAbsent(row.key() + "|" + row.effectiveFrom(),
                k -> new ArrayList<>()).add(row));
        for (List<RateRow> set : sets.values()) {
            RateRow first = set.get(0);
            problems.at(first);
            long open = set.stream().filter(r -> r.upTo().isEmpty()).count();
            if (open != 1) {
                problems.add(RateProblem.of(RateProblem.Code.BRACKETS_OPEN_ENDS, first.location(), "brackets of "
                        + first.key().describe() + " must end with exactly one open bracket, found " + open));
            }
            if (set.stream().map(RateRow::mode).distinct().count() > 1) {
                problems.add(RateProblem.of(RateProblem.Code.BRACKETS_NOT_CONTIGUOUS, first.location(), "brackets of "
                        + first.key().describe() + " must all be GRADUATED or all VOLUME"));
            }
            Set<BigDecimal> bounds = new TreeSet<>();
            for (RateRow row : set) {
                problems.at(row);
                if (!row.unit().equals(first.unit())) {
                    problems.add(RateProblem.of(RateProblem.Code.UNIT_MISMATCH, row.location(), "brackets of "
                            + row.key().describe() + " must all have one unit, " + Checks.shortened(first.unit()) + " at "
                            + first.location() + ", was " + Checks.shortened(row.unit())));
                }
                boolean counted = UNITS.contains(row.unit()) && !MEASURED.contains(Unit.valueOf(row.unit()));
                if (counted && row.upTo().filter(bound -> bound.scale() > 0 && bound.stripTrailingZeros().scale() > 0).isPresent()) {
                    problems.add(RateProblem.of(RateProblem.Code.FRACTIONAL_BOUND, row.location(), "bracket of "
                            + row.key().describe() + " up to " + row.upTo().get().toPlainString() + " must be a whole number of "
                            + row.unit() + ", since " + row.unit() + " is counted"));
                }
                if (row.upTo().isPresent() && (row.upTo().get().signum() <= 0 || !bounds.add(row.upTo().get()))) {
                    problems.add(RateProblem.of(RateProblem.Code.BRACKETS_NOT_CONTIGUOUS, row.location(), "bracket of "
                            + row.key().describe() + " up to " + row.upTo().get().toPlainString()
                            + " must have a positive bound that no other bracket has"));
                }
            }
        }
    }

    private void checkRelations(Problems problems) {
        Map<RateKey, RateRow> plain = new LinkedHashMap<>();
        rows.stream().filter(row -> !row.isBracket()).forEach(row -> plain.putIfAbsent(row.key(), row));
        for (RateRow row : plain.values()) {
            problems.at(row);
            RateKey key = row.key();
            if (key.band().filter(TimeBand::isPremium).isPresent()) {
                RateRow business = Optional.ofNullable(plain.get(key.withBand(TimeBand.BUSINESS_HOURS)))
                        .orElse(plain.get(key.withoutBand()));
                if (business != null && row.amount().compareTo(business.amount()) < 0) {
                    problems.add(RateProblem.of(RateProblem.Code.PREMIUM_BAND_CHEAPER, row.location(), "rate of " + key.describe()
                            + " (" + row.amount().toPlainString() + ") is below the business-hours rate ("
                            + business.amount().toPlainString() + ") at " + business.location()));
                }
            }
            if (key.tier().isPresent() && SERVICES.contains(key.component())) {
                RateRow standard = plain.get(key.withoutTier());
                if (standard != null && row.amount().compareTo(standard.amount()) > 0) {
                    problems.add(RateProblem.of(RateProblem.Code.MEMBER_RATE_ABOVE_STANDARD, row.location(), "rate of "
                            + key.describe() + " (" + row.amount().toPlainString() + ") is above the standard rate ("
                            + standard.amount().toPlainString() + ") at " + standard.location()));
                }
            }
        }
    }

    private void checkRequirements(Problems problems, RateRequirements requirements) {
        if (requirements.keys().isEmpty()) {
            return;
        }
        problems.at(null);
        // a required key is met by a rate of its own component and role, in its region or the region's country,
        // with or without its tier, brand and band: rows of another shape cannot meet it, and the table of each
        // change date is made of the rows that can
        Set<RateKey> shapes = new HashSet<>();
        for (RateKey key : requirements.keys()) {
            RateKey shape = shapeOf(key);
            shapes.add(shape);
            shapes.add(shape.withRegion(key.region().toCountry()));
        }
        List<RateRow> candidates = rows.stream().filter(row -> shapes.contains(shapeOf(row.key()))).toList();
        for (LocalDate day : changeDates()) {
            RateTable table = tableOn(candidates, day, true);
            for (RateKey key : requirements.keys()) {
                if (!requirements.isMetBy(table, key)) {
                    problems.add(RateProblem.of(RateProblem.Code.MISSING_RATE, "rates from " + day, "no " + key.describe()));
                }
            }
        }
    }

    /** A key without the parts a look-up or a requirement may do without: tier, brand and band. */
    private static RateKey shapeOf(RateKey key) {
        return key.withoutTier().withoutBrand().withoutBand();
    }

    /**
     * Returns the rate table of {@code day}: the rows that apply on that day, effective for as
     * long as the same rows apply.
     *
     * @param day the day
     * @return the table
     * @throws InvalidRateSheetException if the sheet has errors, with the whole report
     * @throws IllegalArgumentException if no row applies on {@code day}
     */
    public RateTable toRateTable(LocalDate day) {
        Objects.requireNonNull(day, "day");
        RateReport report = validate();
        if (!report.isValid()) {
            throw new InvalidRateSheetException(report);
        }
        if (rows.stream().noneMatch(row -> row.isEffectiveOn(day))) {
            throw Checks.invalid("day", day, "must be a day some rate applies on, from " + changeDates().get(0));
        }
        return tableOn(rows, day, false);
    }

    /**
     * The table of a day from {@code source}, some or all of the rows, effective from the last day
     * they changed and until the next; lenient skips the rows a report flags instead of failing
     * on them.
     */
    private RateTable tableOn(List<RateRow> source, LocalDate day, boolean lenient) {
        CurrencyUnit currency = currency();
        List<RateRow> applying = source.stream().filter(row -> row.isEffectiveOn(day))
                .filter(row -> !lenient || (row.currency().equals(currency) && row.amount().signum() >= 0)).toList();
        LocalDate from = source.stream().flatMap(row -> Stream.concat(Stream.of(row.effectiveFrom()), row.effectiveUntil().stream()))
                .filter(change -> !change.isAfter(day)).max(Comparator.naturalOrder()).orElse(day);
        Optional<LocalDate> until = source.stream().flatMap(row -> row.isEffectiveOn(day) ? row.effectiveUntil().stream()
                : row.effectiveFrom().isAfter(day) ? Stream.of(row.effectiveFrom()) : Stream.empty())
                .min(Comparator.naturalOrder());
        RateTable.Builder builder = RateTable.builder(currency);
        if (until.isPresent()) {
            builder.effective(from, until.get());
        } else {
            builder.effectiveFrom(from);
        }
        Map<RateKey, List<Brackets.Bracket>> brackets = new LinkedHashMap<>();
        Map<RateKey, Brackets.Mode> modes = new LinkedHashMap<>();
        Set<RateKey> seen = new HashSet<>();
        for (RateRow row : applying) {
            if (row.isBracket()) {
                brackets.computeIfAbsent(row.key(), k -> new ArrayList<>())
                        .add(new Brackets.Bracket(row.upTo(), Amounts.of(row.amount(), currency),
                                row.flat().map(flat -> Amounts.of(flat, currency))));
                modes.putIfAbsent(row.key(), row.mode().get());
            } else if (seen.add(row.key())) {
                builder.rate(row.key(), Amounts.of(row.amount(), currency));
            }
        }
        brackets.forEach((key, list) -> {
            List<Brackets.Bracket> ordered = list.stream().sorted(Comparator.comparing(
                    (Brackets.Bracket b) -> b.upTo().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))).toList();
            try {
                builder.brackets(key, modes.get(key) == Brackets.Mode.GRADUATED ? Brackets.graduated(ordered)
                        : Brackets.volume(ordered));
            } catch (IllegalArgumentException e) {
                if (!lenient) {
                    throw e;
                }
            }
        });
        return builder.build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RateSheet && rows.equals(((RateSheet) other).rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    @Override
    public String toString() {
        return "RateSheet[" + rows.size() + " rows, " + currency().getCurrencyCode() + "]";
    }
}
