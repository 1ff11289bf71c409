package io.github.servicecontract.pricing;

import io.github.servicecontract.model.RemoteHoursAllowance;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * How a remote-hours allowance is shared among remote work, period by period: the one account of
 * included remote time that quotes and statements both read.
 *
 * <p>Allowance periods are counted from the start of the terms. Planned work is served first, in
 * order of day, then estimated or on-demand work, in order of day, from what is left, so that
 * the firm price never depends on an estimate: an hour is given to later work only if no work
 * already served needs it, including through what carries over. Unused time is lost at the end of
 * a period, carries over without limit, or carries over up to the allowance's cap. Work before
 * the start has no allowance.
 *
 * <p>For example, two hours a quarter with rollover capped at two: a first quarter with half an
 * hour used leaves 1 h 30 carried over, a second quarter starts with 3 h 30; a quarter unused
 * leaves at most 2 h carried over, so that the next starts with at most 4 h.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RemoteHoursLedger {

    private static final long UNLIMITED = Long.MAX_VALUE / 4;

    private final RemoteHoursAllowance allowance;
    private final LocalDate start;
    private final long[] covered;
    private final long[] used;

    private RemoteHoursLedger(RemoteHoursAllowance allowance, LocalDate start, long[] covered, long[] used) {
        this.allowance = allowance;
        this.start = start;
        this.covered = covered;
        this.used = used;
    }

    /**
     * Shares the allowance among the work: planned work first, then the rest, each in order of day
     * (stable).
     *
     * @param allowance the remote hours included
     * @param start the start of the terms, where the first period begins
     * @param work the remote work, in order of day
     * @param eligible which work may draw on the allowance (work covered otherwise, by a warranty
     *     for example, does not)
     * @return the ledger
     */
    public static RemoteHoursLedger of(RemoteHoursAllowance allowance, LocalDate start, List<Intervention> work,
            Predicate<Intervention> eligible) {
        Objects.requireNonNull(allowance, "allowance");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(eligible, "eligible");
        int size = work.size();
        long[] covered = new long[size];
        int[] periodOf = new int[size];
        int periods = 0;
        for (int index = 0; index < size; index++) {
            periodOf[index] = periodIndex(allowance, start, work.get(index).day());
            periods = Math.max(periods, periodOf[index] + 1);
        }
        long[] used = new long[periods];
        if (!allowance.hours().isZero()) {
            long hours = allowance.hours().toNanos();
            long cap = cap(allowance);
            long[] left = new long[periods];
            long[] tolerance = new long[periods + 1];
            for (Commitment commitment : Commitment.values()) {
                for (int index = 0; index < size; index++) {
                    Intervention intervention = work.get(index);
                    int period = periodOf[index];
                    if (intervention.commitment() != commitment || period < 0 || !eligible.test(intervention)) {
                        continue;
                    }
                    long available = available(hours, cap, used, left, tolerance, period);
                    long drawn = Math.min(intervention.worked().toNanos(), available);
                    covered[index] = drawn;
                    used[period] += drawn;
                }
            }
        }
        return new RemoteHoursLedger(allowance, start, covered, used);
    }

    /**
     * The most the work of {@code period} may draw without taking time from work already served in
     * later periods: what it has left, less what later periods need of what it would carry over.
     */
    private static long available(long hours, long cap, long[] used, long[] left, long[] tolerance, int period) {
        int periods = used.length;
        long carried = 0;
        for (int p = 0; p < periods; p++) {
            left[p] = hours + carried - used[p];
            carried = Math.min(cap, left[p]);
        }
        tolerance[periods] = UNLIMITED;
        for (int p = periods - 1; p >= period; p--) {
            // beyond the cap, unused time is lost anyway: drawing it costs later periods nothing
            long free = cap >= UNLIMITED ? 0 : Math.max(0, left[p] - cap);
            tolerance[p] = Math.min(left[p], free + tolerance[p + 1]);
        }
        return tolerance[period];
    }

    private static long cap(RemoteHoursAllowance allowance) {
        if (allowance.rollover() == RemoteHoursAllowance.Rollover.NONE) {
            return 0;
        }
        return allowance.rolloverCap().map(Duration::toNanos).orElse(UNLIMITED);
    }

    /**
     * The period holding {@code day}: the last whose first day ({@code start} plus whole periods,
     * as {@link #periodsThrough} writes them) is on or before it. Counting months alone would put
     * 28 February in the period of 31 January, though the next begins on 28 February.
     */
    private static int periodIndex(RemoteHoursAllowance allowance, LocalDate start, LocalDate day) {
        int months = allowance.period().months();
        long index = Math.floorDiv(ChronoUnit.MONTHS.between(start, day), months);
        // months counted from a month's end fall short by at most one month, so by at most one period
        if (!start.plusMonths((index + 1) * months).isAfter(day)) {
            index++;
        }
        return Math.toIntExact(index);
    }

    /**
     * Returns the time of the work at {@code index} that the allowance covers.
     *
     * @param index the work's index in the list given
     * @return the time covered, zero when none
     */
    public Duration covered(int index) {
        return Duration.ofNanos(covered[index]);
    }

    /**
     * Returns the allowance periods from the start of the terms to the one holding {@code day},
     * with what each was granted, received, used and passed on, given the work shared.
     *
     * @param day a day on or after the start of the terms
     * @return the periods, in order
     * @throws IllegalArgumentException if {@code day} is before the start of the terms
     */
    public List<RemoteHoursBalance> periodsThrough(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (day.isBefore(start)) {
            throw io.github.servicecontract.model.internal.Checks.invalid("day", day, "must not be before the start of the terms "
                    + start);
        }
        int last = periodIndex(allowance, start, day);
        long hours = allowance.hours().toNanos();
        long cap = cap(allowance);
        List<RemoteHoursBalance> periods = new ArrayList<>(last + 1);
        long carried = 0;
        long[] usedPerPeriod = Arrays.copyOf(used, Math.max(used.length, last + 1));
        for (int p = 0; p <= last; p++) {
            long left = hours + carried - usedPerPeriod[p];
            long passed = Math.min(cap, left);
            int months = allowance.period().months();
            periods.add(new RemoteHoursBalance(start.plusMonths((long) p * months), start.plusMonths((long) (p + 1) * months),
                    allowance.hours(), Duration.ofNanos(carried), Duration.ofNanos(usedPerPeriod[p]), Duration.ofNanos(left),
                    Duration.ofNanos(passed), Duration.ofNanos(left - passed)));
            carried = passed;
        }
        return List.copyOf(periods);
    }
}
