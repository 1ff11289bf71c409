package io.github.servicecontract.pricing;

import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.internal.Checks;
import java.util.Comparator;
import java.util.List;
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
