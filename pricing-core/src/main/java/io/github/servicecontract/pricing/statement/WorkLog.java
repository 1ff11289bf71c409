package io.github.servicecontract.pricing.statement;

import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.Commitment;
import io.github.servicecontract.pricing.Intervention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The work done for a client on demand, as a ticketing or field-service system logs it:
 * interventions on their days, remote tickets and system updates counted per day.
 *
 * <p>A log read from a file is built once from all its entries ({@link #of}); the {@code with}
 * methods copy it, for a few entries at a time.
 *
 * <p>Every intervention of the log is on-demand work, billed when done, whatever its
 * {@link Intervention#commitment()}: the contract's planned visits are invoiced with its firm
 * price by the billing schedule and are not logged here. Logs are immutable: each {@code with}
 * method returns a longer copy.
 *
 * <p>For example, {@code WorkLog.EMPTY.with(Intervention.remote(day, Duration.ofMinutes(50)))
 * .withTickets(day, 2)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param interventions the interventions, in the order logged
 * @param tickets remote tickets per day, each count at least one
 * @param updates system updates per day, each count at least one
 */
public record WorkLog(List<Intervention> interventions, SortedMap<LocalDate, Integer> tickets,
        SortedMap<LocalDate, Integer> updates) {

    /** No work. */
    public static final WorkLog EMPTY = new WorkLog(List.of(), new TreeMap<>(), new TreeMap<>());

    /**
     * Creates a log; the interventions become on-demand work.
     *
     * @throws IllegalArgumentException if a count is less than one
     */
    public WorkLog {
        List<Intervention> onDemand = new ArrayList<>(Objects.requireNonNull(interventions, "interventions").size());
        for (int i = 0; i < interventions.size(); i++) {
            Intervention intervention = Objects.requireNonNull(interventions.get(i), "interventions[" + i + "]");
            onDemand.add(intervention.commitment() == Commitment.ESTIMATED ? intervention
                    : intervention.withCommitment(Commitment.ESTIMATED));
        }
        interventions = List.copyOf(onDemand);
        tickets = counts("tickets", tickets);
        updates = counts("updates", updates);
    }

    private static SortedMap<LocalDate, Integer> counts(String field, Map<LocalDate, Integer> counts) {
        TreeMap<LocalDate, Integer> copy = new TreeMap<>();
        Objects.requireNonNull(counts, field).forEach((day, count) -> {
            Objects.requireNonNull(day, field + " day");
            Checks.requireAtLeast(field + "[" + day + "]", Objects.requireNonNull(count, field + "[" + day + "]"), 1);
            copy.put(day, count);
        });
        return Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Obtains a log of all the work at once: its interventions, and tickets and updates counted per
     * day, each day's counts added up.
     *
     * @param interventions the interventions done
     * @param tickets the days of remote tickets, with their counts, a day as often as it comes
     * @param updates the days of system updates, with their counts, a day as often as it comes
     * @return the log
     * @throws IllegalArgumentException if a count is less than one, or a day's total exceeds an int
     */
    public static WorkLog of(List<Intervention> interventions, List<Map.Entry<LocalDate, Integer>> tickets,
            List<Map.Entry<LocalDate, Integer>> updates) {
        return new WorkLog(interventions, summed("tickets", tickets), summed("updates", updates));
    }

    private static SortedMap<LocalDate, Integer> summed(String field, List<Map.Entry<LocalDate, Integer>> counts) {
        TreeMap<LocalDate, Integer> sums = new TreeMap<>();
        for (Map.Entry<LocalDate, Integer> entry : Objects.requireNonNull(counts, field)) {
            LocalDate day = Objects.requireNonNull(entry.getKey(), field + " day");
            int count = Checks.requireAtLeast(field + "[" + day + "]", Objects.requireNonNull(entry.getValue(), field), 1);
            int before = sums.getOrDefault(day, 0);
            if (count > Integer.MAX_VALUE - before) {
                throw Checks.invalid(field + "[" + day + "]", (long) before + count, "must total at most " + Integer.MAX_VALUE
                        + " a day");
            }
            sums.put(day, before + count);
        }
        return sums;
    }

    /**
     * Returns a copy with more interventions.
     *
     * @param more the interventions done
     * @return the longer log
     */
    public WorkLog with(Intervention... more) {
        List<Intervention> all = new ArrayList<>(interventions);
        all.addAll(List.of(more));
        return new WorkLog(all, tickets, updates);
    }

    /**
     * Returns a copy with {@code count} more remote tickets on {@code day}.
     *
     * @param day the day
     * @param count at least one
     * @return the longer log
     * @throws IllegalArgumentException if {@code count} is less than one
     */
    public WorkLog withTickets(LocalDate day, int count) {
        return new WorkLog(interventions, added(tickets, "tickets", day, count), updates);
    }

    /**
     * Returns a copy with {@code count} more system updates on {@code day}.
     *
     * @param day the day
     * @param count at least one
     * @return the longer log
     * @throws IllegalArgumentException if {@code count} is less than one
     */
    public WorkLog withUpdates(LocalDate day, int count) {
        return new WorkLog(interventions, tickets, added(updates, "updates", day, count));
    }

    private static SortedMap<LocalDate, Integer> added(SortedMap<LocalDate, Integer> counts, String field, LocalDate day,
            int count) {
        Objects.requireNonNull(day, "day");
        Checks.requireAtLeast(field, count, 1);
        TreeMap<LocalDate, Integer> copy = new TreeMap<>(counts);
        int before = copy.getOrDefault(day, 0);
        if (count > Integer.MAX_VALUE - before) {
            throw Checks.invalid(field + "[" + day + "]", (long) before + count, "must total at most " + Integer.MAX_VALUE + " a day");
        }
        copy.put(day, before + count);
        return copy;
    }

    /**
     * Returns the part of the log before {@code day}.
     *
     * @param day the first day left out
     * @return the shorter log
     */
    public WorkLog before(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new WorkLog(interventions.stream().filter(i -> i.day().isBefore(day)).toList(), tickets.headMap(day),
                updates.headMap(day));
    }

    /** What the log counts, in plain English. */
    @Override
    public String toString() {
        return "WorkLog[" + interventions.size() + " interventions, " + tickets.values().stream().mapToInt(Integer::intValue).sum()
                + " tickets, " + updates.values().stream().mapToInt(Integer::intValue).sum() + " updates]";
    }
}
