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
        List<Intervention> onDemand = new ArrayList<>(interventions.size());
        for (Intervention intervention : interventions) {
            onDemand.add(intervention.commitment() == Commitment.ESTIMATED ? intervention
                    : intervention.withCommitment(Commitment.ESTIMATED));
        }
        interventions = List.copyOf(onDemand);
        tickets = counts("tickets", tickets);
        updates = counts("updates", updates);
    }

    private static SortedMap<LocalDate, Integer> counts(String field, Map<LocalDate, Integer> counts) {
        TreeMap<LocalDate, Integer> copy = new TreeMap<>();
        counts.forEach((day, count) -> {
            Objects.requireNonNull(day, field + " day");
            Checks.requireAtLeast(field + "[" + day + "]", count, 1);
            copy.put(day, count);
        });
        return Collections.unmodifiableSortedMap(copy);
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
        copy.merge(day, count, Math::addExact);
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
