package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Unit prices that change with the quantity, in brackets with inclusive upper bounds and one
 * open last bracket, priced in one of two explicit modes.
 *
 * <p>{@link #graduated graduated}: each unit is priced in the bracket it falls in (the first 10
 * devices at 2.00, the next 20 at 1.50, the rest at 1.00: 45 devices cost 20.00 + 30.00 + 15.00
 * = 65.00). {@link #volume volume}: every unit is priced in the bracket the whole quantity falls
 * in (45 devices at 1.00 = 45.00). Inside the first bracket both modes agree.
 *
 * <p>A bracket may add a flat amount once it is reached, as Stripe's and Lago's graduated tiers
 * do: graduated, the flat amount of every bracket that prices at least one unit; volume, the
 * flat amount of the bracket the quantity reaches. Zero units reach no bracket. For example,
 * cameras 1-8 at 6.00, 9-16 at 4.50 plus 25.00, 17 and more at 3.00: 20 cameras graduated cost
 * 48.00 + 36.00 + 25.00 + 12.00 = 121.00.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Brackets {

    private final Mode mode;
    private final List<Bracket> brackets;
    private final CurrencyUnit currency;

    private Brackets(Mode mode, List<Bracket> brackets) {
        this.mode = mode;
        this.brackets = List.copyOf(brackets);
        this.currency = brackets.get(0).unitPrice().getCurrency();
    }

    /**
     * Obtains graduated brackets: each unit at the price of its own bracket.
     *
     * @param brackets the brackets in increasing order, the last one open
     * @return the brackets
     * @throws IllegalArgumentException if the brackets are empty, not increasing, not ending with
     *     exactly one open bracket, in several currencies, or have a negative price or flat amount
     */
    public static Brackets graduated(List<Bracket> brackets) {
        return new Brackets(Mode.GRADUATED, validated(brackets));
    }

    /**
     * Obtains volume brackets: every unit at the price of the bracket the quantity reaches.
     *
     * @param brackets the brackets in increasing order, the last one open
     * @return the brackets
     * @throws IllegalArgumentException as for {@link #graduated}
     */
    public static Brackets volume(List<Bracket> brackets) {
        return new Brackets(Mode.VOLUME, validated(brackets));
    }

    private static List<Bracket> validated(List<Bracket> brackets) {
        Objects.requireNonNull(brackets, "brackets");
        if (brackets.isEmpty()) {
            throw Checks.invalid("brackets", brackets, "must contain at least one bracket");
        }
        CurrencyUnit currency = brackets.get(0).unitPrice().getCurrency();
        BigDecimal previous = null;
        for (int i = 0; i < brackets.size(); i++) {
            Bracket bracket = brackets.get(i);
            boolean last = i == brackets.size() - 1;
            if (bracket.unitPrice().isNegative()) {
                throw Checks.invalid("brackets[" + i + "].unitPrice", bracket.unitPrice(), "must be >= 0");
            }
            Amounts.requireCurrency("brackets[" + i + "].unitPrice", bracket.unitPrice(), "the first bracket's", currency);
            if (bracket.flat().isPresent()) {
                MonetaryAmount flat = bracket.flat().get();
                if (flat.isNegative()) {
                    throw Checks.invalid("brackets[" + i + "].flat", flat, "must be >= 0");
                }
                Amounts.requireCurrency("brackets[" + i + "].flat", flat, "the first bracket's", currency);
            }
            if (last != bracket.upTo().isEmpty()) {
                throw Checks.invalid("brackets[" + i + "].upTo", bracket.upTo().map(BigDecimal::toPlainString).orElse("open"),
                        last ? "must be open for the last bracket" : "must be bounded before the last bracket");
            }
            if (!last) {
                BigDecimal upTo = bracket.upTo().get();
                if (upTo.signum() <= 0 || (previous != null && upTo.compareTo(previous) <= 0)) {
                    throw Checks.invalid("brackets[" + i + "].upTo", upTo.toPlainString(),
                            "must be greater than " + (previous == null ? "0" : previous.toPlainString()));
                }
                previous = upTo;
            }
        }
        return brackets;
    }

    /** Returns the pricing mode. */
    public Mode mode() {
        return mode;
    }

    /** Returns the brackets, in increasing order. */
    public List<Bracket> brackets() {
        return brackets;
    }

    /** Returns the currency of the prices. */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns the price of {@code quantity} units, with the flat amounts of the brackets reached.
     *
     * @param quantity the quantity, at least zero
     * @return the price
     * @throws IllegalArgumentException if {@code quantity} is negative
     */
    public MonetaryAmount priceOf(BigDecimal quantity) {
        return Amounts.of(decimalPriceOf(quantity), currency);
    }

    BigDecimal decimalPriceOf(BigDecimal quantity) {
        BigDecimal price = BigDecimal.ZERO;
        for (Share share : sharesOf(quantity)) {
            price = price.add(share.units().multiply(decimal(share.bracket().unitPrice())));
            if (share.reachesFlat()) {
                price = price.add(decimal(share.bracket().flat().get()));
            }
        }
        return price;
    }

    /**
     * Returns how the brackets price {@code quantity}: with volume pricing, every unit in the
     * bracket the quantity reaches; with graduated pricing, each bracket it reaches with the
     * units that fall in it, in order (no units: none in the first bracket).
     *
     * <p>For example, graduated brackets up to 25 at 1.50 and above at 1.00 price 30 units as
     * 25 at 1.50 and 5 at 1.00.
     *
     * @throws IllegalArgumentException if {@code quantity} is negative
     */
    List<Share> sharesOf(BigDecimal quantity) {
        Checks.requireNonNegative("quantity", quantity);
        if (mode == Mode.VOLUME) {
            Bracket reached = bracketOf(quantity);
            int index = brackets.indexOf(reached);
            return List.of(new Share(quantity, reached, index == 0 ? BigDecimal.ZERO : brackets.get(index - 1).upTo().orElseThrow()));
        }
        List<Share> shares = new ArrayList<>();
        BigDecimal lower = BigDecimal.ZERO;
        for (Bracket bracket : brackets) {
            BigDecimal upper = bracket.upTo().orElse(quantity.max(lower));
            BigDecimal inBracket = quantity.min(upper).subtract(lower);
            if (inBracket.signum() <= 0) {
                break;
            }
            shares.add(new Share(inBracket, bracket, lower));
            lower = upper;
        }
        return shares.isEmpty() ? List.of(new Share(quantity, brackets.get(0), BigDecimal.ZERO)) : shares;
    }

    /**
     * The units of a quantity that one bracket prices.
     *
     * @param units how many units the bracket prices
     * @param bracket the bracket
     * @param above the bracket's exclusive lower bound: the bound of the bracket before it, zero for the first
     */
    record Share(BigDecimal units, Bracket bracket, BigDecimal above) {

        /** Whether the bracket's flat amount is charged: it has one and the share has units. */
        boolean reachesFlat() {
            return units.signum() > 0 && bracket.flat().isPresent();
        }
    }

    /**
     * Returns the bracket {@code quantity} falls in.
     *
     * @param quantity the quantity
     * @return its bracket
     */
    public Bracket bracketOf(BigDecimal quantity) {
        Objects.requireNonNull(quantity, "quantity");
        for (Bracket bracket : brackets) {
            if (bracket.upTo().isEmpty() || quantity.compareTo(bracket.upTo().get()) <= 0) {
                return bracket;
            }
        }
        throw new IllegalStateException("the last bracket is open");
    }

    private static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Brackets && mode == ((Brackets) other).mode && brackets.equals(((Brackets) other).brackets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, brackets);
    }

    @Override
    public String toString() {
        return mode + " " + brackets;
    }

    /** How brackets price a quantity. */
    public enum Mode {
        /** Each unit at the price of its own bracket. */
        GRADUATED,
        /** Every unit at the price of the bracket the quantity reaches. */
        VOLUME
    }

    /**
     * One bracket: a unit price up to an inclusive bound, or open, and a flat amount charged once
     * when the bracket is reached, if any.
     *
     * @param upTo the inclusive upper bound, empty for the open last bracket
     * @param unitPrice the price of one unit in this bracket
     * @param flat the amount added once when the bracket is reached, empty for none
     */
    public record Bracket(Optional<BigDecimal> upTo, MonetaryAmount unitPrice, Optional<MonetaryAmount> flat) {

        /** Creates a bracket. */
        public Bracket {
            Objects.requireNonNull(upTo, "upTo");
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(flat, "flat");
        }

        /**
         * Obtains a bounded bracket.
         *
         * @param upToInclusive the largest quantity in the bracket
         * @param unitPrice the unit price
         * @return the bracket
         */
        public static Bracket upTo(long upToInclusive, MonetaryAmount unitPrice) {
            return new Bracket(Optional.of(BigDecimal.valueOf(upToInclusive)), unitPrice, Optional.empty());
        }

        /**
         * Obtains the open last bracket.
         *
         * @param unitPrice the unit price
         * @return the bracket
         */
        public static Bracket above(MonetaryAmount unitPrice) {
            return new Bracket(Optional.empty(), unitPrice, Optional.empty());
        }

        /**
         * Returns a copy of this bracket with a flat amount charged once when it is reached,
         * replacing any it had.
         *
         * <p>For example, {@code Bracket.upTo(16, eur("4.50")).withFlat(eur("25.00"))}.
         *
         * @param amount the flat amount
         * @return the bracket with it
         */
        public Bracket withFlat(MonetaryAmount amount) {
            return new Bracket(upTo, unitPrice, Optional.of(Objects.requireNonNull(amount, "amount")));
        }

        @Override
        public String toString() {
            return upTo.map(u -> "up to " + u.toPlainString()).orElse("above") + " at " + Checks.describe(unitPrice)
                    + flat.map(f -> " plus " + Checks.describe(f)).orElse("");
        }
    }
}
