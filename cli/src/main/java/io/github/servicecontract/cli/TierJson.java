package io.github.servicecontract.cli;

import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ServiceTier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the command line's JSON says of a tier beside its price: what it is, includes and leaves out. */
final class TierJson {

    private TierJson() {}

    /**
     * The tier's details: its service level, deliveries, monitoring, response times, quotas, the
     * clauses it includes and excludes (their ids) and the services it bills on demand.
     */
    static Map<String, Object> details(ServiceTier tier) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("id", tier.id());
        details.put("serviceLevel", tier.serviceLevel().name());
        details.put("deliveries", tier.deliveries().stream().sorted().map(Enum::name).toList());
        details.put("monitoring", tier.monitoring().name());
        tier.remoteResponseTime().ifPresent(time -> details.put("remoteResponseTime", time));
        tier.onSiteResponseTime().ifPresent(time -> details.put("onSiteResponseTime", time));
        Map<String, Object> quotas = new LinkedHashMap<>();
        quotas.put("onSiteVisitsPerYear", tier.quotas().onSiteVisitsPerYear());
        quotas.put("systemUpdatesPerYear", tier.quotas().systemUpdatesPerYear());
        if (!tier.quotas().remoteHours().hours().isZero()) {
            Map<String, Object> remote = new LinkedHashMap<>();
            remote.put("hours", tier.quotas().remoteHours().hours());
            remote.put("per", tier.quotas().remoteHours().period().name());
            remote.put("rollover", tier.quotas().remoteHours().rollover().name());
            quotas.put("remoteHours", remote);
        }
        details.put("quotas", quotas);
        details.put("includes", ids(tier.inclusions()));
        details.put("excludes", ids(tier.exclusions()));
        details.put("billedOnDemand", tier.billedOnDemand().stream().sorted().map(Enum::name).toList());
        return details;
    }

    private static List<String> ids(List<Clause> clauses) {
        return clauses.stream().map(clause -> clause.id().value()).toList();
    }
}
