package io.github.servicecontract.pricing.reprice;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The totals of an impact report: how many contracts, how many each sheet could not price, how many rise, fall or
 * stay, and the firm prices before and after of the contracts both sheets priced.
 *
 * <p>This class is immutable and thread-safe; {@link #plus(RepricedContract)} and {@link #plus(ImpactSummary)} return
 * new summaries, so that parts of a portfolio can be summed apart and then together.
 */
public final class ImpactSummary {

    private final long contracts;
    private final long repriced;
    private final long unreadable;
    private final long refusedBefore;
    private final long refusedAfter;
    private final long increased;
    private final long decreased;
    private final Optional<MonetaryAmount> totalBefore;
    private final Optional<MonetaryAmount> totalAfter;

    private ImpactSummary(long contracts, long repriced, long unreadable, long refusedBefore, long refusedAfter, long increased, long decreased,
            Optional<MonetaryAmount> totalBefore, Optional<MonetaryAmount> totalAfter) {
        this.contracts = contracts;
        this.repriced = repriced;
        this.unreadable = unreadable;
        this.refusedBefore = refusedBefore;
        this.refusedAfter = refusedAfter;
        this.increased = increased;
        this.decreased = decreased;
        this.totalBefore = totalBefore;
        this.totalAfter = totalAfter;
    }

    /** The summary of no contract. */
    public static final ImpactSummary EMPTY = new ImpactSummary(0, 0, 0, 0, 0, 0, 0, Optional.empty(), Optional.empty());

    /**
     * This summary with one more contract.
     *
     * @param contract the contract
     * @return the new summary
     * @throws IllegalArgumentException if its prices are in another currency than the summary's
     */
    public ImpactSummary plus(RepricedContract contract) {
        Objects.requireNonNull(contract, "contract");
        boolean refusedBefore = contract.before() instanceof RepricedContract.Refused;
        boolean refusedAfter = contract.after() instanceof RepricedContract.Refused;
        if (!contract.isRepriced()) {
            return new ImpactSummary(contracts + 1, repriced, unreadable + (contract.isUnreadable() ? 1 : 0), this.refusedBefore + (refusedBefore ? 1 : 0), this.refusedAfter + (refusedAfter ? 1 : 0),
                    increased, decreased, totalBefore, totalAfter);
        }
        MonetaryAmount before = ((RepricedContract.Priced) contract.before()).firmPrice();
        MonetaryAmount after = ((RepricedContract.Priced) contract.after()).firmPrice();
        int sign = after.compareTo(before);
        return new ImpactSummary(contracts + 1, repriced + 1, unreadable, this.refusedBefore, this.refusedAfter, increased + (sign > 0 ? 1 : 0),
                decreased + (sign < 0 ? 1 : 0), Optional.of(sum(totalBefore, before)), Optional.of(sum(totalAfter, after)));
    }

    /**
     * This summary and another, of other contracts.
     *
     * @param other the other summary
     * @return the summary of both
     * @throws IllegalArgumentException if they are in different currencies
     */
    public ImpactSummary plus(ImpactSummary other) {
        Objects.requireNonNull(other, "other");
        return new ImpactSummary(contracts + other.contracts, repriced + other.repriced, unreadable + other.unreadable, refusedBefore + other.refusedBefore, refusedAfter + other.refusedAfter,
                increased + other.increased, decreased + other.decreased, sum(totalBefore, other.totalBefore),
                sum(totalAfter, other.totalAfter));
    }

    private static MonetaryAmount sum(Optional<MonetaryAmount> total, MonetaryAmount amount) {
        if (total.isEmpty()) {
            return amount;
        }
        CurrencyUnit currency = total.get().getCurrency();
        if (!amount.getCurrency().equals(currency)) {
            throw new IllegalArgumentException("contract's firm price must be in " + currency.getCurrencyCode()
                    + " as the others, was " + amount.getCurrency().getCurrencyCode());
        }
        return total.get().add(amount);
    }

    private static Optional<MonetaryAmount> sum(Optional<MonetaryAmount> total, Optional<MonetaryAmount> other) {
        return other.isEmpty() ? total : Optional.of(sum(total, other.get()));
    }

    /** @return the contracts reported */
    public long contracts() {
        return contracts;
    }

    /** @return the contracts both sheets priced */
    public long repriced() {
        return repriced;
    }

    /** @return the contracts both sheets priced whose firm price stays the same */
    public long unchanged() {
        return repriced - increased - decreased;
    }

    /** @return the contracts that could not be read */
    public long unreadable() {
        return unreadable;
    }

    /** @return the contracts the old sheet could not price */
    public long refusedBefore() {
        return refusedBefore;
    }

    /** @return the contracts the new sheet cannot price */
    public long refusedAfter() {
        return refusedAfter;
    }

    /** @return the contracts both sheets priced whose firm price rises */
    public long increased() {
        return increased;
    }

    /** @return the contracts both sheets priced whose firm price falls */
    public long decreased() {
        return decreased;
    }

    /** @return the firm prices under the old sheet of the contracts both sheets priced; empty if none */
    public Optional<MonetaryAmount> totalBefore() {
        return totalBefore;
    }

    /** @return the firm prices under the new sheet of the contracts both sheets priced; empty if none */
    public Optional<MonetaryAmount> totalAfter() {
        return totalAfter;
    }

    /**
     * The change of the total as a percentage of the old one, to two decimals.
     *
     * @return the percentage; empty if no contract was priced by both sheets or the old total is zero
     */
    public Optional<BigDecimal> changePercent() {
        if (totalBefore.isEmpty() || totalBefore.get().isZero()) {
            return Optional.empty();
        }
        return new RepricedContract("total", new RepricedContract.Priced(java.time.LocalDate.EPOCH, totalBefore.get()),
                new RepricedContract.Priced(java.time.LocalDate.EPOCH, totalAfter.get())).changePercent();
    }
}
