package io.github.servicecontract.pricing.billing;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.DateWindow;
import io.github.servicecontract.model.Escalation;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.QuotePart;
import io.github.servicecontract.pricing.Rounding;
import io.github.servicecontract.pricing.StandardTraceKey;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.TaxedAmount;
import io.github.servicecontract.pricing.Trace;
import io.github.servicecontract.pricing.TraceStep;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The invoices a client receives over the life of a contract: the quote's
 * {@link Quote#firmPrice() firm price} (recurring fees and planned usage, with the quote's own
 * discounts), raised at each anniversary by the terms' escalation, split into the billing
 * periods of the terms' frequency, prorated where a period is only partly covered, with the
 * quote's one-off charges on the first invoice, and taxed by the policy's {@link Taxation}.
 *
 * <p>Each contract year's amount is split by an {@link Allocator} into its periods, in order, so
 * the periods of a year that starts on a billing date add up exactly to that year's amount (the
 * residual on the year's first or last invoice); a period only partly covered is prorated from
 * its share. A period belongs to the contract year in which it starts, so escalated amounts
 * apply from the anniversary on. Tax and cash rounding are computed once on the running total
 * of the invoices, so that the schedule's tax is the tax of its total and a first year that
 * starts on a billing date is payable, to the cent, as the quote's {@link Quote#committed}. The
 * quote's estimate is billed as used, not here ({@link #billedWhenUsed()} names the services the
 * tier bills that way).
 *
 * <p>For example, DOMAIN.md example 1 billed annually: one invoice of 2,061.50 EUR (the
 * subscription and the two planned visits, less the 5 % prepay discount) plus 412.30 VAT. A
 * Geneva contract of 1,610.25 CHF a year billed monthly: twelve invoices that add up to 1,740.70
 * CHF with VAT, each payable in multiples of 5 Rappen. Billed monthly from 10 March with an anchor
 * on the 1st, a 56.00-a-month plan's first invoice covers 10 to 31 March: 39.74.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillingSchedule {

    private final List<Invoice> invoices;
    private final List<MonetaryAmount> yearlyAmounts;
    private final List<EscalationStep> escalations;
    private final CurrencyUnit currency;
    private final Taxation taxation;
    /** For an open-ended contract, the day after the last period scheduled; null for a fixed term. */
    private final LocalDate continuesFrom;
    /** The services the tier bills when used, which no invoice of the schedule includes. */
    private final Set<ChargeableService> billedWhenUsed;

    private BillingSchedule(List<Invoice> invoices, List<MonetaryAmount> yearlyAmounts, List<EscalationStep> escalations,
            CurrencyUnit currency, Taxation taxation, LocalDate continuesFrom, Set<ChargeableService> billedWhenUsed) {
        this.invoices = List.copyOf(invoices);
        this.yearlyAmounts = List.copyOf(yearlyAmounts);
        this.escalations = List.copyOf(escalations);
        this.currency = currency;
        this.taxation = taxation;
        this.continuesFrom = continuesFrom;
        this.billedWhenUsed = Set.copyOf(billedWhenUsed);
    }

    /**
     * Schedules the invoices of {@code quote} under its terms.
     *
     * @param quote the priced contract
     * @param policy how to bill
     * @return the schedule
     * @throws IllegalArgumentException if an indexed escalation lacks the index change of an
     *     anniversary within the schedule, or if the quote leaves usage unpriced
     *     ({@link Quote#requireUsagePriced()})
     */
    public static BillingSchedule of(Quote quote, BillingPolicy policy) {
        Objects.requireNonNull(quote, "quote").requireUsagePriced();
        Objects.requireNonNull(policy, "policy");
        return new Scheduler(quote, policy).schedule();
    }

    /** Returns the currency of every amount. */
    public CurrencyUnit currency() {
        return currency;
    }

    /** Returns the invoices, in date order. */
    public List<Invoice> invoices() {
        return invoices;
    }

    /**
     * Returns the firm amount of each contract year (the first, then after each escalation),
     * before proration and tax.
     *
     * @return the yearly amounts
     */
    public List<MonetaryAmount> yearlyAmounts() {
        return yearlyAmounts;
    }

    /**
     * Returns the day from which an open-ended contract goes on being invoiced after the
     * schedule's last period: the schedule covers only {@link BillingPolicy#openEndedMonths()}
     * of it. Empty when the schedule covers the whole term.
     *
     * <p>For example, an open-ended contract from 2026-01-01, scheduled for twelve months,
     * continues from 2027-01-01.
     *
     * @return the first day not scheduled, for an open-ended contract
     */
    public Optional<LocalDate> continuesFrom() {
        return Optional.ofNullable(continuesFrom);
    }

    /**
     * Returns the services the quote's tier bills when used ({@code ServiceTier.billedOnDemand()}):
     * no invoice of the schedule includes them, as usage is billed when provided, on top of it.
     *
     * <p>For example, remote support, on-site visits, system updates and travel, for a tier
     * that includes none of them.
     *
     * @return the services billed when used, empty when the tier bills nothing that way
     */
    public Set<ChargeableService> billedWhenUsed() {
        return billedWhenUsed;
    }

    /** Returns the tax and cash rounding of the invoices: the billing policy's. */
    public Taxation taxation() {
        return taxation;
    }

    /** Returns the price rises at the anniversaries within the schedule. */
    public List<EscalationStep> escalations() {
        return escalations;
    }

    /** Returns the sum of the invoices before tax. */
    public MonetaryAmount totalExcludingTax() {
        return sum(Invoice::amount);
    }

    /** Returns the sum of the invoices' taxes. */
    public MonetaryAmount totalTax() {
        return sum(Invoice::tax);
    }

    /** Returns the sum of the invoices' cash roundings, zero unless the taxation rounds cash. */
    public MonetaryAmount totalCashRounding() {
        return sum(Invoice::cashRounding);
    }

    /** Returns the sum of the invoices with tax and cash rounding: what the client pays. */
    public MonetaryAmount totalIncludingTax() {
        return sum(Invoice::total);
    }

    private MonetaryAmount sum(Function<Invoice, MonetaryAmount> amount) {
        BigDecimal total = BigDecimal.ZERO;
        for (Invoice invoice : invoices) {
            total = total.add(amount.apply(invoice).getNumber().numberValueExact(BigDecimal.class));
        }
        return Amounts.of(total, currency);
    }

    /**
     * Equal when the invoices and their tax are, both cover their whole term or continue from the
     * same day, and both leave the same services to be billed when used.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof BillingSchedule && invoices.equals(((BillingSchedule) other).invoices)
                && taxation.equals(((BillingSchedule) other).taxation)
                && Objects.equals(continuesFrom, ((BillingSchedule) other).continuesFrom)
                && billedWhenUsed.equals(((BillingSchedule) other).billedWhenUsed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(invoices, taxation, continuesFrom, billedWhenUsed);
    }

    @Override
    public String toString() {
        return "BillingSchedule[" + invoices.size() + " invoices, " + Checks.describe(totalIncludingTax()) + " with tax"
                + (continuesFrom == null ? "" : ", continues from " + continuesFrom) + "]";
    }

    /** One run of scheduling. */
    private static final class Scheduler {
        private final Quote quote;
        private final BillingPolicy policy;
        private final ContractTerms terms;
        private final CurrencyUnit currency;
        private final Rounding rounding;
        private final Allocator allocator;
        private final List<BigDecimal> yearAmounts = new ArrayList<>();
        private final List<List<BigDecimal>> yearShares = new ArrayList<>();
        private final List<EscalationStep> escalations = new ArrayList<>();

        Scheduler(Quote quote, BillingPolicy policy) {
            this.quote = quote;
            this.policy = policy;
            this.terms = quote.context().terms();
            this.currency = quote.currency();
            this.rounding = Rounding.toCurrency(currency, RoundingMode.HALF_UP, Rounding.Step.PER_LINE);
            this.allocator = Allocator.of(rounding, policy.residual());
        }

        BillingSchedule schedule() {
            BillingFrequency frequency = terms.billingFrequency();
            LocalDate start = terms.start();
            LocalDate end = terms.endExclusive().orElse(start.plusMonths(policy.openEndedMonths()));
            yearAmounts.add(rounding.apply(Amounts.decimal("firmPrice", quote.firmPrice(), "the quote's", currency)));
            int anchorDay = policy.anchorDay().orElse(start.getDayOfMonth());
            int months = frequency.months();
            YearMonth base = YearMonth.from(start);
            if (anchor(base, anchorDay).isAfter(start)) {
                base = base.minusMonths(months);
            }
            BigDecimal oneOff = rounding.apply(Amounts.decimal("oneOff", quote.subtotal(QuotePart.ONE_OFF), "the quote's",
                    currency));
            List<BillingPeriod> periods = new ArrayList<>();
            List<BigDecimal> amounts = new ArrayList<>();
            Map<Integer, Integer> periodsInYear = new HashMap<>();
            for (int i = 0; ; i++) {
                LocalDate periodStart = anchor(base.plusMonths((long) i * months), anchorDay);
                LocalDate periodEnd = anchor(base.plusMonths((long) (i + 1) * months), anchorDay);
                if (!periodStart.isBefore(end)) {
                    break;
                }
                LocalDate from = periodStart.isBefore(start) ? start : periodStart;
                LocalDate until = periodEnd.isAfter(end) ? end : periodEnd;
                int year = contractYearOf(start, from);
                int position = Math.min(frequency.periodsPerYear() - 1, periodsInYear.merge(year, 1, Integer::sum) - 1);
                BigDecimal share = sharesOf(year).get(position);
                long covered = ChronoUnit.DAYS.between(from, until);
                long periodDays = ChronoUnit.DAYS.between(periodStart, periodEnd);
                BigDecimal amount = policy.proration().apply(share, covered, periodDays, rounding);
                periods.add(new BillingPeriod(from, until, year, share, covered, periodDays));
                amounts.add(amount);
            }
            Taxation taxation = policy.taxation();
            List<TaxedAmount> taxed = taxation.onEach(amounts.stream().map(amount -> Amounts.of(amount, currency)).toList());
            TaxedAmount oneOffTaxed = taxation.on(Amounts.of(oneOff, currency));
            List<Invoice> invoices = new ArrayList<>(periods.size());
            for (int i = 0; i < periods.size(); i++) {
                BillingPeriod period = periods.get(i);
                TaxedAmount firm = taxed.get(i);
                TaxedAmount withOneOff = i == 0 ? firm.plus(oneOffTaxed) : firm;
                Trace trace = Trace.of("billing-period", TraceStep.of(StandardTraceKey.CONTRACT_YEAR, period.year + 1),
                        TraceStep.of(StandardTraceKey.YEARLY_AMOUNT, Amounts.of(yearAmounts.get(period.year), currency)),
                        TraceStep.of(StandardTraceKey.PERIOD_SHARE, Amounts.of(period.share, currency)),
                        TraceStep.of(StandardTraceKey.DAYS_COVERED, period.covered), TraceStep.of(StandardTraceKey.DAYS_IN_PERIOD, period.days),
                        TraceStep.of(StandardTraceKey.PRORATION, policy.proration()), TraceStep.of(StandardTraceKey.TAX_RATE, taxation.rate().rate()));
                invoices.add(new Invoice(i + 1, period.from, period.from.plus(terms.paymentTerm()), new DateWindow(period.from, period.until.minusDays(1)),
                        firm.excludingTax(), i == 0 ? oneOffTaxed.excludingTax() : Amounts.of(BigDecimal.ZERO, currency),
                        withOneOff.tax(), withOneOff.cashRounding(), trace));
            }
            List<MonetaryAmount> years = yearAmounts.stream().map(a -> Amounts.of(a, currency)).toList();
            return new BillingSchedule(invoices, years, escalations, currency, taxation,
                    terms.term().isOpenEnded() ? end : null, quote.context().tier().billedOnDemand());
        }

        /** A billing period before tax: the days it covers, its contract year and how its share was prorated. */
        private record BillingPeriod(LocalDate from, LocalDate until, int year, BigDecimal share, long covered, long days) {}

        /**
         * The contract year a day falls in: the last anniversary on or before it (an anniversary
         * of 29 February falls on 28 February in common years).
         */
        private static int contractYearOf(LocalDate start, LocalDate day) {
            int year = Math.max(0, (int) ChronoUnit.YEARS.between(start, day) - 1);
            while (!start.plusYears(year + 1L).isAfter(day)) {
                year++;
            }
            return year;
        }

        private static LocalDate anchor(YearMonth month, int day) {
            return month.atDay(Math.min(day, month.lengthOfMonth()));
        }

        private List<BigDecimal> sharesOf(int year) {
            while (yearAmounts.size() <= year) {
                escalate(yearAmounts.size());
            }
            while (yearShares.size() <= year) {
                yearShares.add(allocator.decimalShares(yearAmounts.get(yearShares.size()),
                        Collections.nCopies(terms.billingFrequency().periodsPerYear(), BigDecimal.ONE)));
            }
            return yearShares.get(year);
        }

        private void escalate(int anniversaryNumber) {
            BigDecimal before = yearAmounts.get(anniversaryNumber - 1);
            LocalDate anniversary = terms.start().plusYears(anniversaryNumber);
            Escalation escalation = terms.escalation();
            Percentage rate;
            Period notice;
            if (escalation instanceof Escalation.Fixed) {
                rate = ((Escalation.Fixed) escalation).rate();
                notice = ((Escalation.Fixed) escalation).notice();
            } else if (escalation instanceof Escalation.Indexed) {
                Escalation.Indexed indexed = (Escalation.Indexed) escalation;
                Percentage change = Optional.ofNullable(policy.indexChanges().get(anniversaryNumber)).orElseThrow(() ->
                        Checks.invalid("indexChanges[" + anniversaryNumber + "]", "absent", "must give the change of "
                                + indexed.index() + " for the anniversary of " + anniversary));
                rate = change.isGreaterThan(indexed.cap()) ? indexed.cap() : change;
                notice = indexed.notice();
            } else {
                yearAmounts.add(before);
                return;
            }
            BigDecimal after = rounding.apply(before.add(before.multiply(rate.fraction())));
            yearAmounts.add(after);
            escalations.add(new EscalationStep(anniversary, anniversary.minus(notice), rate, Amounts.of(before, currency),
                    Amounts.of(after, currency)));
        }
    }
}
