package io.github.servicecontract.pricing.reprice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A contract priced under two rate sheets: its firm price before and after, or why a sheet cannot price it.
 *
 * @param id the contract's identifier in the portfolio
 * @param before the firm price under the old sheet
 * @param after the firm price under the new sheet
 */
public record RepricedContract(String id, Outcome before, Outcome after) {

    /** The firm price under one sheet, the reason the sheet cannot price the contract, or the reason it could not be read. */
    public sealed interface Outcome permits Priced, Refused, Unreadable {}

    /**
     * Priced.
     *
     * @param day the day whose rates priced it
     * @param firmPrice the firm price of a year, excluding tax
     */
    public record Priced(LocalDate day, MonetaryAmount firmPrice) implements Outcome {
        /** Checks the values. */
        public Priced {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(firmPrice, "firmPrice");
        }
    }

    /**
     * Not priced.
     *
     * @param reason why, in the library's words: {@code "no on-site labour rate for region FR-69, tier gold"}
     */
    public record Refused(String reason) implements Outcome {
        /** Checks the values. */
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Not read: the contract could not be read, so no sheet priced it.
     *
     * @param reason why: {@code "/terms: is missing"}
     */
    public record Unreadable(String reason) implements Outcome {
        /** Checks the values. */
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if one side is unreadable and the other not (a contract is read once, for both
     *     sheets), or both are priced in different currencies
     */
    public RepricedContract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before instanceof Unreadable != after instanceof Unreadable) {
            throw new IllegalArgumentException("after must be unreadable when before is, and only then: a contract is read once,"
                    + " was " + before + " and " + after);
        }
        if (before instanceof Priced && after instanceof Priced && !((Priced) before).firmPrice().getCurrency()
                .equals(((Priced) after).firmPrice().getCurrency())) {
            throw new IllegalArgumentException("after.firmPrice must be in " + ((Priced) before).firmPrice().getCurrency()
                    .getCurrencyCode() + " as before, was " + ((Priced) after).firmPrice().getCurrency().getCurrencyCode());
        }
    }

    /**
     * A contract that could not be read, so neither sheet priced it.
     *
     * @param id its identifier, or where it is in the portfolio
     * @param reason why it could not be read
     * @return the contract, unread under both sheets
     */
    public static RepricedContract unreadable(String id, String reason) {
        Unreadable unreadable = new Unreadable(reason);
        return new RepricedContract(id, unreadable, unreadable);
    }

    /** @return whether the contract could not be read */
    public boolean isUnreadable() {
        return before instanceof Unreadable;
    }

    /** @return whether both sheets priced it */
    public boolean isRepriced() {
        return before instanceof Priced && after instanceof Priced;
    }

    /** @return the new firm price less the old one, when both sheets priced it */
    public Optional<MonetaryAmount> change() {
        return isRepriced() ? Optional.of(((Priced) after).firmPrice().subtract(((Priced) before).firmPrice())) : Optional.empty();
    }

    /**
     * The change as a percentage of the old price, to two decimals, half up: {@code 4.35} for a rise of 4.35 %.
     *
     * @return the percentage, when both sheets priced it and the old price is not zero
     */
    public Optional<BigDecimal> changePercent() {
        if (!isRepriced()) {
            return Optional.empty();
        }
        BigDecimal old = ((Priced) before).firmPrice().getNumber().numberValueExact(BigDecimal.class);
        if (old.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal change = change().orElseThrow().getNumber().numberValueExact(BigDecimal.class);
        return Optional.of(change.multiply(BigDecimal.valueOf(100)).divide(old, 2, RoundingMode.HALF_UP));
    }

    /** @return why it could not be read ({@code "cannot be read: ..."}), else the first reason a sheet refused it: the old sheet's, else the new one's */
    public Optional<String> problem() {
        if (before instanceof Unreadable) {
            return Optional.of("cannot be read: " + ((Unreadable) before).reason());
        }
        if (before instanceof Refused) {
            return Optional.of(((Refused) before).reason());
        }
        return after instanceof Refused ? Optional.of(((Refused) after).reason()) : Optional.empty();
    }
}
