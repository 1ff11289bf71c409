package io.github.servicecontract.pricing;

import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.internal.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The service a client is expected to use (for a yearly quote or a tier comparison) or has used
 * (for a call-out): interventions, remote tickets and system updates.
 *
 * <p>For example, a year with two on-site visits of 2 h and four system updates.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Usage {

    /** No usage at all. */
    public static final Usage NONE = builder().build();

    Usage() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a usage of interventions only.
     *
     * @param interventions the interventions
     * @return the usage
     */
    public static Usage of(Intervention... interventions) {
        Objects.requireNonNull(interventions, "interventions");
        return builder().addInterventions(interventions).build();
    }

    /** The interventions, in the order given. */
    public abstract List<Intervention> interventions();

    /** The remote support tickets, at least zero; none by default. */
    @Value.Default
    public int remoteTickets() {
        return 0;
    }

    /** The system updates, at least zero; none by default. */
    @Value.Default
    public int systemUpdates() {
        return 0;
    }

    /**
     * Returns the interventions delivered in one way, in order of day (stable).
     *
     * @param delivery remote or on site
     * @return the interventions
     */
    public List<Intervention> interventions(Delivery delivery) {
        Objects.requireNonNull(delivery, "delivery");
        return delivery == Delivery.ON_SITE ? onSiteInterventions() : remoteInterventions();
    }

    @Value.Lazy
    List<Intervention> onSiteInterventions() {
        return inOrderOfDay(Delivery.ON_SITE);
    }

    @Value.Lazy
    List<Intervention> remoteInterventions() {
        return inOrderOfDay(Delivery.REMOTE);
    }

    private List<Intervention> inOrderOfDay(Delivery delivery) {
        return interventions().stream().filter(i -> i.delivery() == delivery)
                .sorted(Comparator.comparing(Intervention::day)).toList();
    }

    /**
     * Returns what the usage counts, in plain English: {@code "2 on-site interventions, 3 remote
     * tickets"}, or {@code "no usage"}.
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        counted(parts, onSiteInterventions().size(), "on-site intervention");
        counted(parts, remoteInterventions().size(), "remote intervention");
        counted(parts, remoteTickets(), "remote ticket");
        counted(parts, systemUpdates(), "system update");
        return parts.isEmpty() ? "no usage" : String.join(", ", parts);
    }

    private static void counted(List<String> parts, int count, String what) {
        if (count > 0) {
            parts.add(count + " " + what + (count == 1 ? "" : "s"));
        }
    }

    @Value.Check
    void check() {
        Checks.requireAtLeast("remoteTickets", remoteTickets(), 0);
        Checks.requireAtLeast("systemUpdates", systemUpdates(), 0);
    }

    /** Builds a {@link Usage}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableUsage.Builder {
        Builder() {}
    }
}
