package io.github.servicecontract.pricing.statement;

import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseParameter;
import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.HoursBank;
import io.github.servicecontract.model.IncludedQuotas;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.Prepayment;
import io.github.servicecontract.model.Retainer;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.TicketPack;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.Commitment;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.Intervention;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.PricingRule;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.QuoteLine;
import io.github.servicecontract.pricing.QuotePart;
import io.github.servicecontract.pricing.RemoteHoursBalance;
import io.github.servicecontract.pricing.RemoteHoursLedger;
import io.github.servicecontract.pricing.StandardTraceKey;
import io.github.servicecontract.pricing.Unit;
import io.github.servicecontract.pricing.Usage;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Bills a contract's on-demand work period by period: the engine a vendor runs its contracts on
 * once they are sold.
 *
 * <p>A statement prices the work of its period exactly as a quote prices it (the same rule, rates,
 * bands, minimums, increments and travel) against the tier's quotas, which the contract's planned
 * work draws first as in its quote, then draws the prepayments in order of day: packs of tickets
 * on billed tickets, banks of hours on billed labour, retainers on every charge left. What was
 * covered is shown with its value, and what is left carries over to the next period.
 *
 * <p>For example, with a tier of two remote hours a quarter, {@code Statements.of(contract, rule,
 * List.of(HoursBank.of(Duration.ofHours(10), year))).statement(from, until, log)} bills the
 * quarter's remote work beyond two hours from the bank, then at the rate card once it is empty.
 *
 * <p>Each statement is computed from the whole log from the start of the terms, so that its
 * balances are those the earlier statements left: give the log of all the work done so far; work
 * on or after the end of the period is left for later statements.
 *
 * <p>Prepayments draw on the charges for work (labour, travel, tickets, updates); adjustments of
 * a period without a day of their own (a member discount, a rounding) are billed as they are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Statements {

    private final PricingContext contract;
    private final PricingRule rule;
    private final List<Prepayment> prepayments;
    private final List<Intervention> planned;
    private final ServiceTier withoutQuotas;

    private Statements(PricingContext contract, PricingRule rule, List<Prepayment> prepayments) {
        this.contract = contract;
        this.rule = rule;
        this.prepayments = prepayments;
        this.planned = contract.usage().interventions().stream().filter(i -> i.commitment() == Commitment.PLANNED).toList();
        this.withoutQuotas = withoutQuotas(contract.tier());
    }

    /**
     * The tier with nothing included by quota: its quotas at zero, and the clauses that promise
     * them saying so, as a tier must.
     */
    private static ServiceTier withoutQuotas(ServiceTier tier) {
        List<Clause> clauses = new ArrayList<>();
        for (Clause clause : tier.clauses()) {
            Clause zero = clause;
            if (clause.isInclusion()) {
                if (clause.id().equals(StandardClause.REMOTE_SUPPORT.id()) && clause.parameter(ClauseParameter.HOURS).isPresent()) {
                    zero = Clause.of(StandardClause.REMOTE_SUPPORT, ClauseParameter.HOURS, ParameterValue.duration(Duration.ZERO));
                } else if (clause.id().equals(StandardClause.ON_SITE_VISITS.id())) {
                    zero = Clause.of(StandardClause.ON_SITE_VISITS, ClauseParameter.VISITS, ParameterValue.count(0));
                } else if (clause.id().equals(StandardClause.SYSTEM_UPDATES.id())) {
                    zero = Clause.of(StandardClause.SYSTEM_UPDATES, ClauseParameter.UPDATES, ParameterValue.count(0));
                }
            }
            clauses.add(zero);
        }
        return ServiceTier.builder().from(tier).quotas(IncludedQuotas.NONE).clauses(clauses).build();
    }

    /**
     * Obtains the statements of a contract.
     *
     * @param contract the contract as it was quoted: its site, tier, terms, rates, and its usage,
     *     whose planned interventions draw the tier's quotas first
     * @param rule the tier's pricing rule
     * @param prepayments the banks, retainers and packs bought, drawn in this order when several
     *     of a kind could cover the same charge
     * @return the statements
     * @throws io.github.servicecontract.pricing.CurrencyMismatchException if a prepayment's amount is
     *     not in the contract's currency
     */
    public static Statements of(PricingContext contract, PricingRule rule, List<? extends Prepayment> prepayments) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(rule, "rule");
        List<Prepayment> copy = List.copyOf(Objects.requireNonNull(prepayments, "prepayments"));
        for (int i = 0; i < copy.size(); i++) {
            Prepayment prepayment = copy.get(i);
            if (prepayment instanceof Retainer retainer) {
                Amounts.requireCurrency("prepayments[" + i + "].amount", retainer.amount(), "the contract's", contract.currency());
            } else if (prepayment instanceof HoursBank bank && bank.overageRate().isPresent()) {
                Amounts.requireCurrency("prepayments[" + i + "].overageRate", bank.overageRate().get(), "the contract's",
                        contract.currency());
            }
        }
        return new Statements(contract, rule, copy);
    }

    /**
     * Returns the statement of the period from {@code from} to the day before {@code until}.
     *
     * @param from the first day of the period, on or after the start of the terms
     * @param until the day after the last, after {@code from} and no later than the end of the term
     * @param log all the on-demand work done since the start of the terms (work from
     *     {@code until} on is left out)
     * @return the statement
     * @throws IllegalArgumentException if the period or a day of the log is outside the term
     * @throws io.github.servicecontract.pricing.MissingRateException if the rates cannot price the
     *     work
     */
    public Statement statement(LocalDate from, LocalDate until, WorkLog log) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(log, "log");
        LocalDate start = contract.terms().start();
        LocalDate end = PricingContext.usageEnd(contract.terms());
        if (from.isBefore(start)) {
            throw Checks.invalid("from", from, "must not be before the start of the terms " + start);
        }
        if (!until.isAfter(from) || until.isAfter(end)) {
            throw Checks.invalid("until", until, "must be after " + from + " and no later than the end of the term " + end);
        }
        requireWithinTerm(log, start, end);
        WorkLog done = log.before(until);
        CurrencyUnit currency = contract.currency();
        List<Charge> charges = new ArrayList<>();
        charges.addAll(interventionCharges(done, from));
        charges.addAll(countedCharges(done.updates(), CostComponent.SYSTEM_UPDATE, done));
        charges.addAll(countedCharges(done.tickets(), CostComponent.REMOTE_TICKET, done));
        charges.sort(Comparator.comparing((Charge c) -> c.day == null ? LocalDate.MAX : c.day));
        // each prepayment its own account, in the contract's order: the same value listed twice is two purchases
        List<Draw> draws = new ArrayList<>();
        for (Prepayment prepayment : prepayments) {
            draws.add(new Draw(prepayment, currency));
        }
        List<StatementLine> lines = new ArrayList<>();
        for (Charge charge : charges) {
            boolean inPeriod = charge.day == null || !charge.day.isBefore(from);
            if (charge.day != null) {
                for (Draw draw : draws) {
                    draw.lapseAfterLastDay(charge.day, from);
                    if (inPeriod) {
                        draw.open();
                    }
                }
                // packs on tickets and banks on labour first, the bank's own rate for what none covers, then money
                draws.stream().filter(draw -> draw.prepayment instanceof TicketPack).forEach(draw -> draw.apply(charge, inPeriod));
                draws.stream().filter(draw -> draw.prepayment instanceof HoursBank).forEach(draw -> draw.apply(charge, inPeriod));
                overage(charge, draws);
                draws.stream().filter(draw -> draw.prepayment instanceof Retainer).forEach(draw -> draw.apply(charge, inPeriod));
            }
            if (inPeriod) {
                // beyond a bank at its own rate, the price is what it covered and that time at that rate
                MonetaryAmount listPrice = charge.overage == null ? charge.listPrice : charge.covered().add(charge.billed);
                lines.add(new StatementLine(charge.day, charge.line, charge.work, listPrice, charge.covers, charge.billed,
                        charge.overage));
            }
        }
        List<PrepaidBalance> balances = new ArrayList<>();
        for (Draw draw : draws) {
            draw.lapseAfterLastDay(until, from);
            balances.add(draw.balance(until.isAfter(draw.prepayment.lastDay())));
        }
        List<RemoteHoursBalance> remote = remoteHours(done, from, until);
        return new Statement(contract.site(), contract.tier(), from, until, currency, lines, remote, balances);
    }

    private static void requireWithinTerm(WorkLog log, LocalDate start, LocalDate end) {
        for (int i = 0; i < log.interventions().size(); i++) {
            requireWithinTerm("log.interventions[" + i + "].day", log.interventions().get(i).day(), start, end);
        }
        for (LocalDate day : log.tickets().keySet()) {
            requireWithinTerm("log.tickets", day, start, end);
        }
        for (LocalDate day : log.updates().keySet()) {
            requireWithinTerm("log.updates", day, start, end);
        }
    }

    private static void requireWithinTerm(String field, LocalDate day, LocalDate start, LocalDate end) {
        if (day.isBefore(start) || !day.isBefore(end)) {
            throw Checks.invalid(field, day, "must be within the term, from " + start + " to " + end.minusDays(1));
        }
    }

    /** The remote-hours periods that overlap the statement's, after the work done and planned. */
    private List<RemoteHoursBalance> remoteHours(WorkLog done, LocalDate from, LocalDate until) {
        ServiceTier tier = contract.tier();
        if (tier.quotas().remoteHours().hours().isZero() || !tier.includes(ChargeableService.REMOTE_SUPPORT)) {
            return List.of();
        }
        List<Intervention> remote = usage(done.interventions()).interventions(Delivery.REMOTE);
        RemoteHoursLedger ledger = RemoteHoursLedger.of(tier.quotas().remoteHours(), contract.terms().start(), remote, i -> true);
        return ledger.periodsThrough(until.minusDays(1)).stream().filter(p -> p.until().isAfter(from)).toList();
    }

    private Usage usage(List<Intervention> onDemand) {
        List<Intervention> all = new ArrayList<>(planned);
        all.addAll(onDemand);
        return Usage.builder().addAllInterventions(all).build();
    }

    /** The contract's planned work and all the log's, tickets and updates counted together. */
    private Usage usage(WorkLog log) {
        return Usage.builder().from(usage(log.interventions())).remoteTickets(total(log.tickets())).systemUpdates(total(log.updates()))
                .build();
    }

    private static int total(Map<LocalDate, Integer> counts) {
        int total = 0;
        for (int count : counts.values()) {
            total = Math.addExact(total, count);
        }
        return total;
    }

    private Quote price(ServiceTier tier, Usage usage) {
        return Quote.of(PricingContext.builder().from(contract).tier(tier).usage(usage).build(), rule);
    }

    /**
     * The charges of the interventions done before the end of the period, dated, with their list
     * prices; and the adjustments without a day, for the period only (what they add from its
     * start to its end).
     */
    private List<Charge> interventionCharges(WorkLog done, LocalDate from) {
        List<Charge> charges = new ArrayList<>();
        if (done.equals(WorkLog.EMPTY)) {
            return charges;
        }
        Quote priced = price(contract.tier(), usage(done));
        Quote list = price(withoutQuotas, usage(done));
        Map<String, QuoteLine> listed = byId(list);
        Map<String, Integer> seen = new HashMap<>();
        for (QuoteLine line : priced.lines(QuotePart.ESTIMATE)) {
            LocalDate day = dayOf(line);
            if (day == null) {
                continue;
            }
            String id = id(line, seen);
            QuoteLine listLine = listed.get(id);
            if (listLine == null) {
                throw new IllegalStateException("the rule priced " + id + " with the tier's quotas but not without them");
            }
            charges.add(Charge.of(day, line, listLine));
        }
        // an adjustment of all the work (a discount, a rounding) belongs to the period by what it adds in it
        Map<String, QuoteLine> undated = undated(priced);
        Map<String, QuoteLine> undatedList = undated(list);
        if (undated.isEmpty() && undatedList.isEmpty()) {
            return charges;
        }
        WorkLog before = done.before(from);
        Map<String, QuoteLine> earlier = before.equals(WorkLog.EMPTY) ? Map.of() : undated(price(contract.tier(), usage(before)));
        Map<String, QuoteLine> earlierList = before.equals(WorkLog.EMPTY) ? Map.of() : undated(price(withoutQuotas, usage(before)));
        Set<String> ids = new LinkedHashSet<>(undated.keySet());
        ids.addAll(undatedList.keySet());
        for (String id : ids) {
            BigDecimal amount = amountOf(undated.get(id)).subtract(amountOf(earlier.get(id)));
            BigDecimal listAmount = amountOf(undatedList.get(id)).subtract(amountOf(earlierList.get(id)));
            if (amount.signum() != 0 || listAmount.signum() != 0) {
                QuoteLine model = undated.containsKey(id) ? undated.get(id) : undatedList.get(id);
                MonetaryAmount money = Amounts.of(amount, contract.currency());
                QuoteLine line = QuoteLine.builder().from(model).quantity(BigDecimal.ONE).unit(Unit.ITEM).unitPrice(money)
                        .amount(money).build();
                charges.add(Charge.of(null, line, Amounts.of(listAmount, contract.currency())));
            }
        }
        return charges;
    }

    /** The quote's estimated lines without a day, by id; tickets and updates, priced day by day, left out. */
    private static Map<String, QuoteLine> undated(Quote quote) {
        Map<String, QuoteLine> lines = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (QuoteLine line : quote.lines(QuotePart.ESTIMATE)) {
            boolean counted = line.component().equals(CostComponent.REMOTE_TICKET) || line.component().equals(CostComponent.SYSTEM_UPDATE);
            if (dayOf(line) == null && !counted) {
                lines.put(id(line, seen), line);
            }
        }
        return lines;
    }

    private static BigDecimal amountOf(QuoteLine line) {
        return line == null ? BigDecimal.ZERO : decimal(line.amount());
    }

    private static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    private static Map<String, QuoteLine> byId(Quote quote) {
        Map<String, QuoteLine> lines = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (QuoteLine line : quote.lines(QuotePart.ESTIMATE)) {
            lines.put(id(line, seen), line);
        }
        return lines;
    }

    /** A line's id among the lines of its part: its component, its day and its rank among those alike. */
    private static String id(QuoteLine line, Map<String, Integer> seen) {
        LocalDate day = dayOf(line);
        String base = line.component().id() + (day == null ? "" : "@" + day);
        int rank = seen.merge(base, 1, Integer::sum);
        return base + "#" + rank;
    }

    private static LocalDate dayOf(QuoteLine line) {
        return line.trace().valueOf(StandardTraceKey.DAY).filter(LocalDate.class::isInstance).map(LocalDate.class::cast).orElse(null);
    }

    /**
     * The charges of tickets or updates, day by day: the tier includes updates up to its yearly
     * quota, counted per contract year, and tickets when it includes remote support; each priced
     * by the contract's rule.
     */
    private List<Charge> countedCharges(SortedMap<LocalDate, Integer> counts, CostComponent component, WorkLog done) {
        List<Charge> charges = new ArrayList<>();
        boolean updates = component.equals(CostComponent.SYSTEM_UPDATE);
        LocalDate start = contract.terms().start();
        ServiceTier tier = contract.tier();
        int quota = tier.includes(ChargeableService.SYSTEM_UPDATE) ? tier.quotas().systemUpdatesPerYear() : 0;
        Map<Long, Integer> usedPerYear = new HashMap<>();
        for (Map.Entry<LocalDate, Integer> entry : counts.entrySet()) {
            LocalDate day = entry.getKey();
            int count = entry.getValue();
            if (!updates) {
                QuoteLine line = only(price(tier, Usage.builder().remoteTickets(count).build()), component, day);
                charges.add(Charge.of(day, dated(line, day), line.amount())); // tickets are included by the tier, not by a quota
                continue;
            }
            long year = ChronoUnit.YEARS.between(start, day);
            int used = usedPerYear.getOrDefault(year, 0);
            usedPerYear.put(year, used + count);
            int included = Math.min(count, Math.max(0, quota - used));
            QuoteLine all = only(price(withoutQuotas, Usage.builder().systemUpdates(count).build()), component, day);
            if (included == count) {
                charges.add(Charge.of(day, dated(included(all, count), day), all.amount()));
                continue;
            }
            QuoteLine billed = only(price(withoutQuotas, Usage.builder().systemUpdates(count - included).build()), component, day);
            if (included > 0) {
                charges.add(Charge.of(day, dated(included(all, included), day), all.amount().subtract(billed.amount())));
            }
            charges.add(Charge.of(day, dated(billed, day), billed.amount()));
        }
        return charges;
    }

    /** The rule's one line of {@code component}, refused when the rule does not price it. */
    private static QuoteLine only(Quote quote, CostComponent component, LocalDate day) {
        List<QuoteLine> lines = quote.lines(line -> line.component().equals(component));
        if (lines.size() != 1) {
            String field = component.equals(CostComponent.SYSTEM_UPDATE) ? "updates" : "tickets";
            throw new IllegalArgumentException("log." + field + "[" + day + "]: the tier's pricing rule does not price " + component
                    + " once; add its rule, or leave them out of the log");
        }
        return lines.get(0);
    }

    /** {@code count} updates of a billed line, included by the tier's yearly quota. */
    private static QuoteLine included(QuoteLine line, int count) {
        return QuoteLine.builder().from(line).billing(QuoteLine.Billing.INCLUDED).quantity(BigDecimal.valueOf(count))
                .amount(line.amount().multiply(0)).trace(line.trace().plus(StandardTraceKey.INCLUDED, "update-quota")).build();
    }

    private static QuoteLine dated(QuoteLine line, LocalDate day) {
        return QuoteLine.builder().from(line).trace(line.trace().plus(StandardTraceKey.DAY, day)).build();
    }

    /**
     * Bills the labour time no bank covered at the overage rate of the first bank in force on its
     * day that has one, once every bank has drawn what it could.
     */
    private static void overage(Charge charge, List<Draw> draws) {
        if (!charge.isLabour() || charge.minutesLeft == 0 || !charge.billed.isPositive()) {
            return;
        }
        for (Draw draw : draws) {
            if (draw.prepayment instanceof HoursBank bank && bank.overageRate().isPresent() && bank.coversDay(charge.day)) {
                MonetaryAmount rate = bank.overageRate().get();
                charge.billed = Amounts.share(rate, charge.minutesLeft, 60, rate.getCurrency());
                charge.overage = new StatementLine.Overage(Duration.ofMinutes(charge.minutesLeft), rate);
                return;
            }
        }
    }

    /** A charge as it is drawn: its line, list price, covers so far and what is still billed. */
    static final class Charge {
        final LocalDate day;
        final QuoteLine line;
        final QuoteLine work;
        final MonetaryAmount listPrice;
        final List<Cover> covers = new ArrayList<>();
        MonetaryAmount billed;
        StatementLine.Overage overage;
        /** The labour minutes, of all technicians, no bank has covered yet. */
        long minutesLeft;
        /** The tickets no pack has covered yet. */
        long ticketsLeft;

        private Charge(LocalDate day, QuoteLine line, QuoteLine work, MonetaryAmount listPrice) {
            this.day = day;
            this.line = line;
            this.work = work;
            this.listPrice = listPrice;
            this.billed = line.amount();
            this.minutesLeft = line.isBilled() && isLabour() ? minutes() : 0;
            this.ticketsLeft = line.isBilled() && line.component().equals(CostComponent.REMOTE_TICKET)
                    ? line.quantity().longValueExact() : 0;
        }

        static Charge of(LocalDate day, QuoteLine line, QuoteLine listLine) {
            return of(day, line, listLine, listLine.amount());
        }

        static Charge of(LocalDate day, QuoteLine line, MonetaryAmount listPrice) {
            return of(day, line, line, listPrice);
        }

        private static Charge of(LocalDate day, QuoteLine line, QuoteLine work, MonetaryAmount listPrice) {
            Charge charge = new Charge(day, line, work, listPrice);
            MonetaryAmount byTier = listPrice.subtract(line.amount());
            if (!byTier.isZero()) {
                BigDecimal quantity = line.isBilled() ? tierQuantity(line, listPrice) : line.quantity();
                charge.covers.add(Cover.byTier(quantity, line.unit(), byTier));
            }
            return charge;
        }

        /** The quantity the tier covered of a line it covered in part: what its list price counts beyond the line's. */
        private static BigDecimal tierQuantity(QuoteLine line, MonetaryAmount listPrice) {
            Object allowance = line.trace().valueOf(StandardTraceKey.ALLOWANCE_USED).orElse(null);
            if (allowance instanceof Duration time) {
                BigDecimal hours = BigDecimal.valueOf(time.toSeconds()).divide(BigDecimal.valueOf(3600), 6, RoundingMode.HALF_UP);
                return hours.signum() == 0 ? BigDecimal.ZERO : hours.stripTrailingZeros();
            }
            return BigDecimal.ZERO;
        }

        MonetaryAmount covered() {
            MonetaryAmount sum = billed.multiply(0);
            for (Cover cover : covers) {
                sum = sum.add(cover.value());
            }
            return sum;
        }

        boolean isLabour() {
            return line.component().equals(CostComponent.ON_SITE_LABOUR) || line.component().equals(CostComponent.REMOTE_LABOUR);
        }

        /** The billed minutes of a labour line: its hours, of all technicians, written to 6 decimals, are whole minutes. */
        long minutes() {
            return line.quantity().multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
    }

    /** What a prepayment has left as the charges draw it, and what the period drew and lost. */
    private static final class Draw {
        private final Prepayment prepayment;
        private final CurrencyUnit currency;
        private BigDecimal left;
        private BigDecimal opening;
        private BigDecimal drawn = BigDecimal.ZERO;
        private BigDecimal lapsed = BigDecimal.ZERO;
        private boolean gone;

        Draw(Prepayment prepayment, CurrencyUnit currency) {
            this.prepayment = prepayment;
            this.currency = currency;
            if (prepayment instanceof HoursBank bank) {
                left = BigDecimal.valueOf(bank.hours().toMinutes());
            } else if (prepayment instanceof Retainer retainer) {
                left = decimal(retainer.amount());
            } else {
                left = BigDecimal.valueOf(((TicketPack) prepayment).tickets());
            }
        }

        /**
         * Lapses what is left once {@code day} is past the last day: in the period when the last
         * day falls in it or after its start, else before it, leaving nothing.
         */
        void lapseAfterLastDay(LocalDate day, LocalDate from) {
            if (gone || !day.isAfter(prepayment.lastDay())) {
                return;
            }
            gone = true;
            LocalDate lapsedOn = prepayment.lastDay().plusDays(1);
            if (!lapsedOn.isAfter(from)) {
                left = BigDecimal.ZERO;
            } else {
                open();
                lapsed = lapsed.add(left);
                left = BigDecimal.ZERO;
            }
        }

        /** Takes what is left now as the period's opening balance, the first time. */
        void open() {
            if (opening == null) {
                opening = left;
            }
        }

        /** Draws what this prepayment covers of what is still billed of {@code charge}, on a day it is in force. */
        void apply(Charge charge, boolean inPeriod) {
            if (gone || !prepayment.coversDay(charge.day) || !charge.billed.isPositive() || left.signum() == 0) {
                return;
            }
            BigDecimal used;
            if (prepayment instanceof TicketPack || prepayment instanceof HoursBank) {
                // a pack draws tickets, a bank minutes: of what no prepayment before it covered
                boolean tickets = prepayment instanceof TicketPack;
                long unitsLeft = tickets ? charge.ticketsLeft : charge.minutesLeft;
                if (unitsLeft == 0) {
                    return;
                }
                long taken = Math.min(unitsLeft, left.longValueExact());
                MonetaryAmount value = taken == unitsLeft ? charge.billed : Amounts.share(charge.billed, taken, unitsLeft, currency);
                if (tickets) {
                    charge.ticketsLeft -= taken;
                } else {
                    charge.minutesLeft -= taken;
                }
                used = BigDecimal.valueOf(taken);
                cover(charge, tickets ? Cover.byPrepayment(prepayment, used, Unit.TICKET, value)
                        : Cover.byPrepayment(prepayment, hours(taken), Unit.HOUR, value), value);
            } else {
                Retainer retainer = (Retainer) prepayment;
                used = decimal(charge.billed).min(left);
                MonetaryAmount value = Amounts.of(used, currency);
                cover(charge, Cover.byPrepayment(retainer, used, Unit.ITEM, value), value);
            }
            left = left.subtract(used);
            if (inPeriod) {
                drawn = drawn.add(used);
            }
        }

        private static void cover(Charge charge, Cover cover, MonetaryAmount value) {
            charge.covers.add(cover);
            charge.billed = charge.billed.subtract(value);
        }

        private static BigDecimal hours(long minutes) {
            return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP).stripTrailingZeros();
        }

        PrepaidBalance balance(boolean expired) {
            open();
            BigDecimal closing = left;
            if (prepayment instanceof HoursBank bank) {
                return new PrepaidBalance.Bank(bank, minutes(opening), minutes(drawn), minutes(lapsed), minutes(closing), expired);
            }
            if (prepayment instanceof Retainer retainer) {
                return new PrepaidBalance.Funds(retainer, Amounts.of(opening, currency), Amounts.of(drawn, currency),
                        Amounts.of(lapsed, currency), Amounts.of(closing, currency), expired);
            }
            return new PrepaidBalance.Tickets((TicketPack) prepayment, opening.intValueExact(), drawn.intValueExact(),
                    lapsed.intValueExact(), closing.intValueExact(), expired);
        }

        private static Duration minutes(BigDecimal minutes) {
            return Duration.ofMinutes(minutes.longValueExact());
        }
    }

    /** The contract, the rule's class and the prepayments. */
    @Override
    public String toString() {
        return "Statements[tier=" + contract.tier().id() + ", prepayments=" + prepayments + "]";
    }
}
