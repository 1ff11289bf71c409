package io.github.servicecontract.pricing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One remote-hours allowance period and its account, as a {@link RemoteHoursLedger} keeps it:
 * what it starts with (its own hours and those carried in), what the work used, and what is left
 * at its end, carried over or lost.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from its first day
 * @param until the day after its last
 * @param granted the allowance's own hours
 * @param carriedIn the unused time carried in from the period before
 * @param used the time the work used
 * @param left what is left: granted plus carried in, less used; never negative
 * @param carriedOut what of it carries over to the next period
 * @param lapsed what of it is lost
 */
public record RemoteHoursBalance(LocalDate from, LocalDate until, Duration granted, Duration carriedIn, Duration used, Duration left,
        Duration carriedOut, Duration lapsed) {

    /**
     * Checks the account adds up.
     *
     * @throws IllegalArgumentException if a time is negative or the account does not add up
     */
    public RemoteHoursBalance {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        String[] names = {"granted", "carriedIn", "used", "left", "carriedOut", "lapsed"};
        Duration[] times = {granted, carriedIn, used, left, carriedOut, lapsed};
        for (int i = 0; i < names.length; i++) {
            io.github.servicecontract.model.internal.Checks.requireNonNegative(names[i], Objects.requireNonNull(times[i], names[i]));
        }
        if (!granted.plus(carriedIn).minus(used).equals(left) || !carriedOut.plus(lapsed).equals(left)) {
            throw io.github.servicecontract.model.internal.Checks.invalid("left", left, "must be granted + carriedIn - used"
                    + " = carriedOut + lapsed");
        }
    }

    /**
     * Returns the time available in the period before any work: its own hours and those
     * carried in.
     *
     * @return the time available
     */
    public Duration available() {
        return granted.plus(carriedIn);
    }
}
