package io.github.servicecontract.pricing.statement;

import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.pricing.RemoteHoursBalance;
import io.github.servicecontract.pricing.TaxedAmount;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * What a contract bills for the on-demand work of one period: each charge with its list price,
 * what the tier's quotas and the prepayments covered and what is billed, the remote-hours
 * allowance periods it overlaps, and what is left of each prepayment.
 *
 * <p>Obtained from {@link Statements#statement}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Statement {

    private final Site site;
    private final ServiceTier tier;
    private final LocalDate from;
    private final LocalDate until;
    private final CurrencyUnit currency;
    private final List<StatementLine> lines;
    private final List<RemoteHoursBalance> remoteHours;
    private final List<PrepaidBalance> prepaid;

    Statement(Site site, ServiceTier tier, LocalDate from, LocalDate until, CurrencyUnit currency, List<StatementLine> lines,
            List<RemoteHoursBalance> remoteHours, List<PrepaidBalance> prepaid) {
        this.site = Objects.requireNonNull(site, "site");
        this.tier = Objects.requireNonNull(tier, "tier");
        this.from = Objects.requireNonNull(from, "from");
        this.until = Objects.requireNonNull(until, "until");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.lines = List.copyOf(lines);
        this.remoteHours = List.copyOf(remoteHours);
        this.prepaid = List.copyOf(prepaid);
    }

    /** The site the work was done on. */
    public Site site() {
        return site;
    }

    /** The contract's tier. */
    public ServiceTier tier() {
        return tier;
    }

    /** The first day of the period. */
    public LocalDate from() {
        return from;
    }

    /** The day after the last of the period. */
    public LocalDate until() {
        return until;
    }

    /** The last day of the period. */
    public LocalDate lastDay() {
        return until.minusDays(1);
    }

    /** The currency of every amount. */
    public CurrencyUnit currency() {
        return currency;
    }

    /** The charges, in order of day; adjustments of the period last. */
    public List<StatementLine> lines() {
        return lines;
    }

    /**
     * The periods of the tier's remote-hours allowance that overlap this one, with what each
     * started with, used and passed on; empty when the tier includes no remote hours.
     *
     * @return the allowance periods, in order
     */
    public List<RemoteHoursBalance> remoteHours() {
        return remoteHours;
    }

    /** What is left of each prepayment, in the order the contract lists them. */
    public List<PrepaidBalance> prepaid() {
        return prepaid;
    }

    /**
     * Returns the price of the period's work without any quota or prepayment: at the rate card,
     * or, for time beyond a bank of hours with an overage rate of its own, at that rate.
     *
     * @return the sum of the lines' list prices
     */
    public MonetaryAmount listPrice() {
        return sum(StatementLine::listPrice);
    }

    /**
     * Returns the value of everything covered by quotas and prepayments.
     *
     * @return the sum of the lines' covered values
     */
    public MonetaryAmount covered() {
        return sum(StatementLine::covered);
    }

    /**
     * Returns what the period bills, excluding tax.
     *
     * @return the sum of the lines' billed amounts
     */
    public MonetaryAmount billed() {
        return sum(StatementLine::billed);
    }

    /**
     * Returns what the period bills with its tax, rounded as {@code taxation} rounds an invoice.
     *
     * @param taxation the client's taxation
     * @return the billed amount, its tax and the payable total
     */
    public TaxedAmount taxed(Taxation taxation) {
        return Objects.requireNonNull(taxation, "taxation").on(billed());
    }

    private MonetaryAmount sum(Function<StatementLine, MonetaryAmount> amount) {
        MonetaryAmount sum = Amounts.of(BigDecimal.ZERO, currency);
        for (StatementLine line : lines) {
            sum = sum.add(amount.apply(line));
        }
        return sum;
    }

    /** The period, the number of lines and the amounts, written exactly. */
    @Override
    public String toString() {
        return "Statement[" + from + " to " + lastDay() + ", " + lines.size() + " lines, list "
                + io.github.servicecontract.model.internal.Checks.describe(listPrice()) + ", covered "
                + io.github.servicecontract.model.internal.Checks.describe(covered()) + ", billed "
                + io.github.servicecontract.model.internal.Checks.describe(billed()) + "]";
    }
}
