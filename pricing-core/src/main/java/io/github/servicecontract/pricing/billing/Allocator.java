package io.github.servicecontract.pricing.billing;

import io.github.servicecontract.model.Decimals;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.Rounding;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Splits an amount into instalments, equally or by ratios, so that they always add up exactly
 * to the amount: every instalment but one is the rounded share, and the residual lands on the
 * first or the last, as the policy says.
 *
 * <p>For example, 6,800.00 USD in 12 gives 11 x 566.67 and a last 566.63; with Swiss cash
 * rounding to 0.05, 1,681.90 CHF in 12 gives 11 x 140.15 and a last 140.25.
 *
 * <p>Shares are rounded with the allocator's {@link Rounding} mode; if that would leave a
 * residual of the opposite sign to the amount (0.10 in 4 at 0.05, half up, would), shares are
 * rounded towards zero instead, so that no instalment ever changes sign. The amount must
 * already be a multiple of the rounding increment.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Allocator {

    private final Rounding rounding;
    private final Residual residual;

    private Allocator(Rounding rounding, Residual residual) {
        this.rounding = rounding;
        this.residual = residual;
    }

    /**
     * Obtains an allocator.
     *
     * @param rounding how each instalment is rounded (its step is ignored)
     * @param residual which instalment takes the residual
     * @return the allocator
     */
    public static Allocator of(Rounding rounding, Residual residual) {
        return new Allocator(Objects.requireNonNull(rounding, "rounding"), Objects.requireNonNull(residual, "residual"));
    }

    /**
     * Splits {@code amount} into {@code parts} equal instalments.
     *
     * @param amount the amount, a multiple of the rounding increment
     * @param parts the number of instalments, at least one
     * @return the instalments, adding up exactly to {@code amount}
     * @throws IllegalArgumentException if {@code parts} is less than one or the amount is not a
     *     multiple of the rounding increment
     */
    public List<MonetaryAmount> split(MonetaryAmount amount, int parts) {
        Checks.requireAtLeast("parts", parts, 1);
        return byRatios(amount, Collections.nCopies(parts, BigDecimal.ONE));
    }

    /**
     * Splits {@code amount} in proportion to {@code ratios}.
     *
     * <p>For example, 100.00 by ratios 1, 1 and 2 gives 25.00, 25.00 and 50.00.
     *
     * @param amount the amount, a multiple of the rounding increment
     * @param ratios the weights, each at least zero, at least one of them positive
     * @return the instalments in the order of the ratios, adding up exactly to {@code amount}
     * @throws IllegalArgumentException if the ratios are empty, negative or all zero, or the
     *     amount is not a multiple of the rounding increment
     */
    public List<MonetaryAmount> byRatios(MonetaryAmount amount, List<BigDecimal> ratios) {
        Objects.requireNonNull(amount, "amount");
        CurrencyUnit currency = amount.getCurrency();
        BigDecimal value = Decimals.requireInBounds("amount", amount.getNumber().numberValueExact(BigDecimal.class));
        List<BigDecimal> shares = decimalShares(value, ratios);
        List<MonetaryAmount> instalments = new ArrayList<>(shares.size());
        shares.forEach(share -> instalments.add(Amounts.of(share, currency)));
        return Collections.unmodifiableList(instalments);
    }

    List<BigDecimal> decimalShares(BigDecimal amount, List<BigDecimal> ratios) {
        Objects.requireNonNull(ratios, "ratios");
        if (ratios.isEmpty()) {
            throw Checks.invalid("ratios", ratios, "must contain at least one ratio");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < ratios.size(); i++) {
            sum = sum.add(Checks.requireNonNegative("ratios[" + i + "]", ratios.get(i)));
        }
        if (sum.signum() == 0) {
            throw Checks.invalid("ratios", ratios, "must not all be zero");
        }
        if (!rounding.isRounded(amount)) {
            throw Checks.invalid("amount", amount.toPlainString(), "must be a multiple of the rounding increment "
                    + rounding.increment().toPlainString());
        }
        List<BigDecimal> shares = shares(amount, ratios, sum, rounding);
        if (shares == null) {
            shares = shares(amount, ratios, sum, Rounding.toIncrement(rounding.increment(), RoundingMode.DOWN, rounding.step()));
        }
        return shares;
    }

    /** The shares with the residual placed, or null if the residual would change sign. */
    private List<BigDecimal> shares(BigDecimal amount, List<BigDecimal> ratios, BigDecimal sum, Rounding shareRounding) {
        int residualIndex = residual == Residual.FIRST ? 0 : ratios.size() - 1;
        List<BigDecimal> shares = new ArrayList<>(ratios.size());
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < ratios.size(); i++) {
            BigDecimal share = i == residualIndex ? BigDecimal.ZERO
                    : shareRounding.apply(amount.multiply(ratios.get(i)).divide(sum, amount.scale() + 12, RoundingMode.HALF_EVEN));
            shares.add(share);
            allocated = allocated.add(share);
        }
        BigDecimal rest = amount.subtract(allocated);
        if (rest.signum() != 0 && rest.signum() != amount.signum()) {
            return null;
        }
        shares.set(residualIndex, rest);
        return shares;
    }

    /** Returns the rounding of each instalment. */
    public Rounding rounding() {
        return rounding;
    }

    /** Returns which instalment takes the residual. */
    public Residual residual() {
        return residual;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Allocator && rounding.equals(((Allocator) other).rounding)
                && residual == ((Allocator) other).residual;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rounding, residual);
    }

    @Override
    public String toString() {
        return "Allocator[" + rounding + ", residual " + residual + "]";
    }

    /** Which instalment takes what rounding leaves over. */
    public enum Residual {
        /** The first instalment. */
        FIRST,
        /** The last instalment. */
        LAST
    }
}
