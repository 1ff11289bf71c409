package io.github.servicecontract.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds every inconsistency in a list of clauses at once: duplicates, a clause or service both
 * included and excluded, missing parameters, and a provided service that would be silently free.
 *
 * <p>The seed of this library is that remote service and system updates are billed, never
 * silently free: every service a tier provides must be included by a clause, billed on demand,
 * or explicitly excluded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClauseAudit {

    private ClauseAudit() {}

    /**
     * Returns every problem of {@code clauses}, in a stable order (clause problems in clause
     * order, then service problems in {@link ChargeableService} order).
     *
     * <p>For example, auditing a clause list that includes nothing, while the tier provides
     * remote support and bills nothing on demand, returns one {@code SERVICE_SILENTLY_FREE}
     * problem for {@code REMOTE_SUPPORT}.
     *
     * @param clauses the clauses to audit
     * @param provided the services the tier provides
     * @param billedOnDemand the services billed from the rate card
     * @return the problems, empty when consistent
     */
    public static List<ClauseProblem> audit(List<Clause> clauses, Set<ChargeableService> provided,
            Set<ChargeableService> billedOnDemand) {
        Objects.requireNonNull(provided, "provided");
        Objects.requireNonNull(clauses, "clauses");
        Objects.requireNonNull(billedOnDemand, "billedOnDemand");
        List<ClauseProblem> problems = new ArrayList<>();
        Map<ClauseId, ClauseKind> seen = new HashMap<>();
        Set<ChargeableService> included = EnumSet.noneOf(ChargeableService.class);
        Set<ChargeableService> excluded = EnumSet.noneOf(ChargeableService.class);
        for (Clause clause : clauses) {
            String subject = clause.id().value();
            ClauseKind earlier = seen.putIfAbsent(clause.id(), clause.kind());
            if (earlier == clause.kind()) {
                problems.add(new ClauseProblem(ClauseProblem.Code.DUPLICATE_CLAUSE, subject,
                        "clause " + subject + " appears more than once"));
            } else if (earlier != null) {
                problems.add(new ClauseProblem(ClauseProblem.Code.INCLUDED_AND_EXCLUDED, subject,
                        "clause " + subject + " is both included and excluded"));
            }
            for (ClauseParameter missing : clause.missingParameters()) {
                problems.add(new ClauseProblem(ClauseProblem.Code.PARAMETER_MISSING, subject,
                        "clause " + subject + " needs parameter " + missing));
            }
            (clause.isInclusion() ? included : excluded).addAll(clause.services());
        }
        for (ChargeableService service : ChargeableService.values()) {
            if (included.contains(service) && excluded.contains(service)) {
                problems.add(new ClauseProblem(ClauseProblem.Code.INCLUDED_AND_EXCLUDED, service.name(),
                        "service " + service + " is both included and excluded"));
            } else if (provided.contains(service) && !included.contains(service) && !excluded.contains(service)
                    && !billedOnDemand.contains(service)) {
                problems.add(new ClauseProblem(ClauseProblem.Code.SERVICE_SILENTLY_FREE, service.name(),
                        "service " + service + " is neither included, billed on demand nor excluded"));
            }
        }
        return List.copyOf(problems);
    }
}
