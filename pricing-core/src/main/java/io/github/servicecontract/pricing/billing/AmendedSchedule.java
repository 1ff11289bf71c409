package io.github.servicecontract.pricing.billing;

import io.github.servicecontract.model.DateWindow;
import io.github.servicecontract.model.EarlyTermination;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.StandardTraceKey;
import io.github.servicecontract.pricing.TaxedAmount;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.Trace;
import io.github.servicecontract.pricing.TraceStep;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The invoices of a contract changed over its life: the schedule it was sold with, then each
 * amendment in order (another tier, equipment added or removed), each taking effect on a day
 * that its {@link ChangeTiming} decides.
 *
 * <p>Invoices are billed in advance: an invoice issued before a change stands as it was. A change
 * inside an invoice period already billed credits that period's days left at the old price and
 * charges them at the new one (each the invoice's firm amount times the days left over the days
 * it covers, rounded half up to the currency), in one adjustment invoice on the day the change
 * takes effect; the invoices issued from that day on are the new schedule's. So no cent is lost
 * or invented: an amendment followed by its reverse on the same day adds a credit and a charge
 * that cancel, and leaves every later invoice as it was.
 *
 * <p>For example, {@code AmendedSchedule.of(sold).amend(withCameras, LocalDate.of(2026, 5, 12),
 * ChangeTiming.IMMEDIATELY)}.
 *
 * <p>Every schedule must be of the same terms: the same invoice periods, currency and taxation.
 * A contract ended early is {@link #cancel cancelled}: the days already invoiced are refunded, the
 * fee the terms set charged, and nothing is invoiced after.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AmendedSchedule {

    /** The rule of an amendment's adjustment invoice, in its trace, for a reader of the invoice. */
    private static final String AMENDMENT = "amendment";
    /** The rule of a cancellation's invoice, in its trace. */
    private static final String CANCELLATION = "cancellation";

    private final BillingSchedule sold;
    private final List<Amendment> amendments;
    private final Cancellation cancellation;

    private AmendedSchedule(BillingSchedule sold, List<Amendment> amendments, Cancellation cancellation) {
        this.sold = sold;
        this.amendments = List.copyOf(amendments);
        this.cancellation = cancellation;
    }

    /**
     * Starts from the schedule a contract was sold with.
     *
     * @param sold the schedule of the contract as sold
     * @return the schedule, not yet amended
     */
    public static AmendedSchedule of(BillingSchedule sold) {
        return new AmendedSchedule(Objects.requireNonNull(sold, "sold"), List.of(), null);
    }

    /** The schedule the contract was sold with. */
    public BillingSchedule sold() {
        return sold;
    }

    /** The amendments, in the order they take effect. */
    public List<Amendment> amendments() {
        return amendments;
    }

    /**
     * The contract's end before its term, if it was cancelled.
     *
     * @return the cancellation, if any
     */
    public Optional<Cancellation> cancellation() {
        return Optional.ofNullable(cancellation);
    }

    /**
     * Returns the schedule in force on {@code day}: the sold one, or that of the last amendment
     * effective on or before it.
     *
     * @param day a day
     * @return the schedule in force
     */
    public BillingSchedule inForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        BillingSchedule current = sold;
        for (Amendment amendment : amendments) {
            if (!amendment.effective().isAfter(day)) {
                current = amendment.schedule();
            }
        }
        return current;
    }

    /**
     * Returns a copy with one more change: from the day {@code timing} gives, the contract is
     * billed as {@code changed} schedules it.
     *
     * @param changed the schedule of the changed contract (its quote with the new tier or site,
     *     scheduled under the same policy)
     * @param requested the day the change is asked for, within the schedule and not before the
     *     last change
     * @param timing when it takes effect
     * @return the amended schedule
     * @throws IllegalArgumentException if {@code changed} has other invoice periods, another
     *     currency or taxation, or if the day is outside the schedule or before the last change
     */
    public AmendedSchedule amend(BillingSchedule changed, LocalDate requested, ChangeTiming timing) {
        Objects.requireNonNull(changed, "changed");
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(timing, "timing");
        requireSamePeriods(changed);
        requireChangeable("requested", requested);
        List<Invoice> periods = sold.invoices();
        LocalDate last = periods.get(periods.size() - 1).covers().lastDay();
        LocalDate effective = effective(requested, timing);
        CurrencyUnit currency = changed.currency();
        MonetaryAmount zero = Amounts.of(BigDecimal.ZERO, currency);
        if (effective == null) {
            // the next period or anniversary is past the schedule: nothing changes within it
            throw Checks.invalid("requested", requested, "must leave a " + (timing == ChangeTiming.ANNIVERSARY ? "contract anniversary"
                    : "period start") + " within the schedule for a change " + timing + ", the last day being " + last);
        }
        Invoice billed = periods.stream().filter(invoice -> invoice.covers().contains(effective)).findFirst().orElseThrow();
        int index = periods.indexOf(billed);
        if (billed.covers().firstDay().equals(effective)) {
            return with(new Amendment(requested, timing, effective, changed, zero, zero, null));
        }
        BillingSchedule current = inForceOn(effective);
        long daysLeft = ChronoUnit.DAYS.between(effective, billed.covers().lastDay()) + 1;
        long days = ChronoUnit.DAYS.between(billed.covers().firstDay(), billed.covers().lastDay()) + 1;
        MonetaryAmount credit = Amounts.share(current.invoices().get(index).firm(), daysLeft, days, currency);
        MonetaryAmount charge = Amounts.share(changed.invoices().get(index).firm(), daysLeft, days, currency);
        // its number in the schedule: after every invoice issued up to its day (later changes cannot come before it)
        int number = (int) invoices().stream().filter(invoice -> !invoice.issued().isAfter(effective)).count() + 1;
        Invoice adjustment = adjustment(AMENDMENT, charge.subtract(credit), billed, effective, billed.covers().lastDay(), daysLeft,
                days).withNumber(number);
        return with(new Amendment(requested, timing, effective, changed, credit, charge, adjustment));
    }

    /** Refuses a day outside the schedule, before the last change, or a change of a cancelled contract. */
    private void requireChangeable(String field, LocalDate day) {
        if (cancellation != null) {
            throw Checks.invalid(field, day, "cannot change a contract cancelled from " + cancellation.effective());
        }
        List<Invoice> periods = sold.invoices();
        LocalDate first = periods.get(0).covers().firstDay();
        LocalDate last = periods.get(periods.size() - 1).covers().lastDay();
        if (day.isBefore(first) || day.isAfter(last)) {
            throw Checks.invalid(field, day, "must be within the schedule, from " + first + " to " + last);
        }
        LocalDate previous = amendments.isEmpty() ? first : amendments.get(amendments.size() - 1).effective();
        if (day.isBefore(previous)) {
            throw Checks.invalid(field, day, "must not be before the last change, effective " + previous);
        }
    }

    /**
     * Returns a copy ended before its term with the fee the terms' rule sets: a fixed fee, or a
     * share of the firm price of the time left (the days of the period already invoiced from
     * {@code effective}, at the price in force, and every later period's firm price), rounded half
     * up to the currency's decimals; otherwise as {@link #cancel(LocalDate, MonetaryAmount)}.
     *
     * <p>For example, 50 % of what is left of a contract at 1,800.00 a year invoiced quarterly,
     * ended on 1 August: 61 of the third quarter's 92 days (450.00 × 61 / 92 = 298.37) and the
     * fourth quarter, 450.00, make 748.37, so the fee is 374.19.
     *
     * @param effective the first day no longer served
     * @param rule the terms' early-termination rule
     * @return the cancelled schedule
     * @throws IllegalArgumentException as {@link #cancel(LocalDate, MonetaryAmount)} does, or if the rule is a share
     *     and the schedule is of an open-ended contract, or a fee in another currency
     */
    public AmendedSchedule cancel(LocalDate effective, EarlyTermination rule) {
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(rule, "rule");
        if (rule instanceof EarlyTermination.Fee) {
            return cancel(effective, ((EarlyTermination.Fee) rule).amount());
        }
        if (sold.continuesFrom().isPresent()) {
            throw Checks.invalid("rule", rule, "must be a fee for an open-ended contract, which has no time left to share");
        }
        CurrencyUnit currency = sold.currency();
        AmendedSchedule kept = new AmendedSchedule(sold, amendments.stream().filter(a -> a.effective().isBefore(effective)).toList(),
                cancellation);
        kept.requireChangeable("effective", effective);
        List<Invoice> inForce = kept.inForceOn(effective).invoices();
        List<Invoice> periods = sold.invoices();
        Invoice billed = periods.stream().filter(invoice -> invoice.covers().contains(effective)).findFirst().orElseThrow();
        int index = periods.indexOf(billed);
        long days = ChronoUnit.DAYS.between(billed.covers().firstDay(), billed.covers().lastDay()) + 1;
        long daysLeft = ChronoUnit.DAYS.between(effective, billed.covers().lastDay()) + 1;
        MonetaryAmount left = Amounts.share(inForce.get(index).firm(), daysLeft, days, currency);
        for (Invoice later : inForce.subList(index + 1, inForce.size())) {
            left = left.add(later.firm());
        }
        io.github.servicecontract.model.Percentage share = ((EarlyTermination.ShareOfRemaining) rule).share();
        BigDecimal fee = left.getNumber().numberValueExact(BigDecimal.class).multiply(share.fraction())
                .setScale(currency.getDefaultFractionDigits(), java.math.RoundingMode.HALF_UP);
        AmendedSchedule cancelled = cancel(effective, Amounts.of(fee, currency));
        return new AmendedSchedule(sold, cancelled.amendments, cancelled.cancellation.withFeeShare(share, left));
    }

    /**
     * Returns a copy ended before its term: from {@code effective} the contract is no longer
     * served; the days already invoiced from that day are refunded at the price in force, the
     * early-termination {@code fee} is charged, both in one final adjustment invoice on that day
     * (a credit note when the refund is larger), and no invoice is issued from it on.
     *
     * <p>A contract ended at its term by notice needs no cancellation: its schedule already stops
     * there.
     *
     * @param effective the first day no longer served, within the schedule and not before the
     *     last change
     * @param fee the early-termination fee the terms set, zero when none, in the schedule's currency
     * @return the cancelled schedule
     * @throws IllegalArgumentException if the day is outside the schedule or before the last
     *     change, the contract is already cancelled, or the fee is negative
     */
    public AmendedSchedule cancel(LocalDate effective, MonetaryAmount fee) {
        Objects.requireNonNull(effective, "effective");
        Amounts.requireCurrency("fee", fee, "the schedule's", sold.currency());
        if (fee.isNegative()) {
            throw Checks.invalid("fee", fee, "must be >= 0");
        }
        // a change asked for but not yet in effect on that day never takes effect
        AmendedSchedule kept = new AmendedSchedule(sold, amendments.stream().filter(a -> a.effective().isBefore(effective)).toList(),
                cancellation);
        kept.requireChangeable("effective", effective);
        CurrencyUnit currency = sold.currency();
        MonetaryAmount zero = Amounts.of(BigDecimal.ZERO, currency);
        List<Invoice> periods = sold.invoices();
        Invoice billed = periods.stream().filter(invoice -> invoice.covers().contains(effective)).findFirst().orElseThrow();
        int index = periods.indexOf(billed);
        MonetaryAmount refund = zero;
        long daysLeft = 0;
        long days = ChronoUnit.DAYS.between(billed.covers().firstDay(), billed.covers().lastDay()) + 1;
        if (!billed.covers().firstDay().equals(effective)) {
            daysLeft = ChronoUnit.DAYS.between(effective, billed.covers().lastDay()) + 1;
            refund = Amounts.share(kept.inForceOn(effective).invoices().get(index).firm(), daysLeft, days, currency);
        }
        Invoice adjustment = null;
        if (!refund.isZero() || !fee.isZero()) {
            // it covers the days refunded (or, at a period's start, the day the contract ends)
            LocalDate lastRefunded = daysLeft == 0 ? effective : billed.covers().lastDay();
            // its number: after the invoices issued before the day, and the adjustments of changes on that day
            int number = (int) kept.invoices().stream().filter(invoice -> invoice.issued().isBefore(effective)
                    || invoice.kind() != Invoice.Kind.PERIOD && invoice.issued().equals(effective)).count() + 1;
            adjustment = adjustment(CANCELLATION, fee.subtract(refund), billed, effective, lastRefunded, daysLeft, days).withNumber(number);
        }
        return new AmendedSchedule(sold, kept.amendments, new Cancellation(effective, refund, fee, adjustment));
    }

    /**
     * An invoice of {@code difference} issued on {@code effective} for the days to {@code lastDay}
     * of the period {@code billed} invoiced, taxed as the schedule is, due after the same term.
     */
    private Invoice adjustment(String rule, MonetaryAmount difference, Invoice billed, LocalDate effective, LocalDate lastDay,
            long daysLeft, long days) {
        Taxation taxation = sold.taxation();
        TaxedAmount taxed = taxation.on(difference);
        Trace trace = Trace.of(rule, TraceStep.of(StandardTraceKey.DAYS_COVERED, daysLeft), TraceStep.of(StandardTraceKey.DAYS_IN_PERIOD,
                days), TraceStep.of(StandardTraceKey.TAX_RATE, taxation.rate().rate()));
        LocalDate due = effective.plus(java.time.Period.between(billed.issued(), billed.due()));
        return new Invoice(1, effective, due, new DateWindow(effective, lastDay), difference, difference.multiply(0), taxed.tax(),
                taxed.cashRounding(), trace, rule.equals(CANCELLATION) ? Invoice.Kind.CANCELLATION : Invoice.Kind.AMENDMENT);
    }

    /**
     * Returns the schedule as it stood with {@code amendment}, the amendments after it left out:
     * what that amendment's own document shows.
     *
     * @param amendment one of the amendments
     * @return the schedule up to it
     * @throws IllegalArgumentException if it is not one of this schedule's amendments
     */
    public AmendedSchedule upTo(Amendment amendment) {
        int index = amendments.indexOf(Objects.requireNonNull(amendment, "amendment"));
        if (index < 0) {
            throw Checks.invalid("amendment", amendment, "must be one of the schedule's " + amendments.size() + " amendments");
        }
        return new AmendedSchedule(sold, amendments.subList(0, index + 1), null);
    }

    /**
     * Returns the invoices of billing periods, numbered as {@link #invoices()} numbers them:
     * the adjustments of amendments and of a cancellation left out.
     *
     * @return the period invoices
     */
    public List<Invoice> periodInvoices() {
        return invoices().stream().filter(invoice -> invoice.kind() == Invoice.Kind.PERIOD).toList();
    }

    private AmendedSchedule with(Amendment amendment) {
        List<Amendment> all = new ArrayList<>(amendments);
        all.add(amendment);
        return new AmendedSchedule(sold, all, null);
    }

    /** The day a change asked on {@code requested} takes effect, or null when that is past the schedule. */
    private LocalDate effective(LocalDate requested, ChangeTiming timing) {
        switch (timing) {
            case IMMEDIATELY:
                return requested;
            case NEXT_PERIOD:
                return sold.invoices().stream().map(invoice -> invoice.covers().firstDay()).filter(day -> !day.isBefore(requested))
                        .findFirst().orElse(null);
            default:
                LocalDate start = sold.invoices().get(0).covers().firstDay();
                LocalDate last = sold.invoices().get(sold.invoices().size() - 1).covers().lastDay();
                for (long year = 0; ; year++) {
                    LocalDate anniversary = start.plusYears(year);
                    if (anniversary.isAfter(last)) {
                        return null;
                    }
                    if (!anniversary.isBefore(requested)) {
                        // periods anchored on another day than the start's: from the first that begins on or after it
                        return sold.invoices().stream().map(invoice -> invoice.covers().firstDay())
                                .filter(day -> !day.isBefore(anniversary)).findFirst().orElse(null);
                    }
                }
        }
    }

    private void requireSamePeriods(BillingSchedule changed) {
        MonetaryAmount soldOneOff = sold.invoices().get(0).oneOff();
        MonetaryAmount changedOneOff = changed.invoices().get(0).oneOff();
        if (!changedOneOff.getCurrency().equals(soldOneOff.getCurrency()) || !changedOneOff.isEqualTo(soldOneOff)) {
            // a change reprices the recurring part; a one-off bought with it is a sale of its own, invoiced apart
            throw Checks.invalid("changed.oneOff", changedOneOff, "must be the sold schedule's " + Checks.describe(soldOneOff)
                    + ": a change reprices what recurs; invoice a one-off bought with it apart");
        }
        if (!changed.currency().equals(sold.currency())) {
            throw Checks.invalid("changed.currency", changed.currency(), "must be the sold schedule's " + sold.currency());
        }
        if (!changed.taxation().equals(sold.taxation())) {
            throw Checks.invalid("changed.taxation", changed.taxation(), "must be the sold schedule's " + sold.taxation());
        }
        List<DateWindow> periods = sold.invoices().stream().map(Invoice::covers).toList();
        List<DateWindow> changedPeriods = changed.invoices().stream().map(Invoice::covers).toList();
        if (!periods.equals(changedPeriods)) {
            throw Checks.invalid("changed.invoices", changedPeriods.size() + " periods from " + changedPeriods.get(0),
                    "must cover the sold schedule's periods, " + periods.size() + " from " + periods.get(0)
                            + ": a change keeps the terms");
        }
    }

    /**
     * Returns the invoices, in the order issued and numbered from 1: each period's invoice from the
     * schedule in force on its day of issue, and each amendment's adjustment on its day.
     *
     * @return the invoices
     */
    public List<Invoice> invoices() {
        List<Invoice> all = new ArrayList<>();
        List<Invoice> periods = sold.invoices();
        for (int index = 0; index < periods.size(); index++) {
            LocalDate issued = periods.get(index).issued();
            if (cancellation == null || issued.isBefore(cancellation.effective())) {
                all.add(inForceOn(issued).invoices().get(index));
            }
        }
        all.addAll(Amendment.adjustments(amendments));
        if (cancellation != null) {
            cancellation.adjustment().ifPresent(all::add);
        }
        // in the order issued, a period's invoice before an adjustment of the same day (the sort is stable), numbered from 1
        all.sort(Comparator.comparing(Invoice::issued));
        List<Invoice> numbered = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            numbered.add(all.get(i).withNumber(i + 1));
        }
        return numbered;
    }

    /**
     * Returns the sum of the invoices before tax.
     *
     * @return the total excluding tax
     */
    public MonetaryAmount totalExcludingTax() {
        MonetaryAmount sum = Amounts.of(BigDecimal.ZERO, sold.currency());
        for (Invoice invoice : invoices()) {
            sum = sum.add(invoice.amount());
        }
        return sum;
    }

    /**
     * Returns the sum of what the invoices make payable.
     *
     * @return the total with tax
     */
    public MonetaryAmount totalIncludingTax() {
        MonetaryAmount sum = Amounts.of(BigDecimal.ZERO, sold.currency());
        for (Invoice invoice : invoices()) {
            sum = sum.add(invoice.total());
        }
        return sum;
    }

    /** The number of amendments and the totals, written exactly. */
    @Override
    public String toString() {
        return "AmendedSchedule[" + amendments.size() + " amendments, " + (cancellation == null ? "" : "cancelled from "
                + cancellation.effective() + ", ") + Checks.describe(totalIncludingTax()) + " with tax]";
    }
}
