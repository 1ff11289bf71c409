package io.github.servicecontract.jackson.contractfile;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.servicecontract.i18n.DocumentReference;
import io.github.servicecontract.model.Benefit;
import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseCategory;
import io.github.servicecontract.model.ClauseId;
import io.github.servicecontract.model.ClauseKind;
import io.github.servicecontract.model.ClauseParameter;
import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.Contract;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.CoverageWindow;
import io.github.servicecontract.model.DateWindow;
import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.DistanceUnit;
import io.github.servicecontract.model.EarlyTermination;
import io.github.servicecontract.model.Equipment;
import io.github.servicecontract.model.Escalation;
import io.github.servicecontract.model.HolidayCalendar;
import io.github.servicecontract.model.HoursBank;
import io.github.servicecontract.model.IncludedQuotas;
import io.github.servicecontract.model.Integrator;
import io.github.servicecontract.model.MemberPerks;
import io.github.servicecontract.model.Monitoring;
import io.github.servicecontract.model.Obsolescence;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.PostalAddress;
import io.github.servicecontract.model.Prepayment;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.Registration;
import io.github.servicecontract.model.RemoteHoursAllowance;
import io.github.servicecontract.model.Renewal;
import io.github.servicecontract.model.Retainer;
import io.github.servicecontract.model.ServiceLevel;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.Subsystem;
import io.github.servicecontract.model.Term;
import io.github.servicecontract.model.TicketPack;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.model.internal.TextInput;
import io.github.servicecontract.pricing.Commitment;
import io.github.servicecontract.pricing.Intervention;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.Role;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.TierCatalogue;
import io.github.servicecontract.pricing.TimeBand;
import io.github.servicecontract.pricing.Usage;
import io.github.servicecontract.pricing.statement.WorkLog;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * Reads a contract file (YAML, or JSON): the client, the site, the terms, the tier catalogue with each tier's pricing
 * rules, and the expected usage. Every value goes through the library's factories and builders, so it is validated,
 * and every problem names the file and the JSON Pointer of the place.
 */
final class ContractFileReader {

    private final String name;
    private CurrencyUnit currency;

    private ContractFileReader(String name) {
        this.name = name;
    }

    /** The largest contract file read, 1 MiB; a larger one is refused before it is read. */
    static final long MAX_BYTES = 1024 * 1024;

    /**
     * Reads a contract file: a regular file of at most {@link #MAX_BYTES}, in UTF-8.
     *
     * @throws InputException naming the file, the place and the problem
     */
    static ContractFile read(Path file) {
        return parse(name(file), text(file, MAX_BYTES), Syntax.of(file));
    }

    /** A text's refusal as an input's: the file, its line and column when it has them, the problem. */
    static InputException refusal(String name, TextInput.Unreadable e) {
        return new InputException(name, e.line() == 0 ? "" : "line " + e.line() + ", column " + e.column(), e.problem());
    }

    /** A text held to the rules of a file's (its length, no control character), refused naming it otherwise. */
    static String checked(String name, String text, long max) {
        try {
            return TextInput.read(new java.io.StringReader(text), max);
        } catch (TextInput.Unreadable e) {
            throw refusal(name, e);
        }
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** A file's text, at most {@code max} bytes of UTF-8, refused naming the file and the place otherwise. */
    private static String text(Path file, long max) {
        try {
            return TextInput.read(file, max);
        } catch (TextInput.Unreadable e) {
            throw refusal(file.toString(), e);
        }
    }

    static ContractFile parse(String name, String text, Syntax syntax) {
        return parse(name, text, syntax, new java.util.HashMap<>(), 0);
    }

    /**
     * Reads a contract file's text, taking its tier catalogue from {@code catalogues} when an earlier file gave the
     * same tiers in the same currency and region, and keeping it there for the next ones while it holds fewer than
     * {@code keep}: a portfolio's contracts mostly offer the same few tiers, which are then built once.
     */
    static ContractFile parse(String name, String text, Syntax syntax, Map<Object, Object> catalogues, int keep) {
        JsonNode root = StrictTree.read(name, text, syntax);
        if (!root.isObject()) {
            throw new InputException(name, "/", "must be a mapping with client, site, terms and tiers");
        }
        ContractFileReader reader = new ContractFileReader(name);
        reader.catalogues = catalogues;
        reader.keep = keep;
        return reader.contents(new Node(name, root));
    }

    private Map<Object, Object> catalogues;
    private int keep;

    private ContractFile contents(Node root) {
        root.only("currency", "integrator", "client", "site", "terms", "tier", "tiers", "usage", "taxRate", "document", "prepaid");
        currency = root.get("currency").parse("an ISO 4217 currency code", Checks::currency);
        Client client = client(root.get("client"));
        Site site = site(root.get("site"));
        ContractTerms terms = terms(root.get("terms"));
        Node tiers = root.get("tiers");
        // the same tiers in the same currency and region (whose holidays their coverage takes) make the same catalogue
        List<Object> key = List.of(currency, site.region(), tiers.json());
        TierCatalogue catalogue = (TierCatalogue) catalogues.get(key);
        if (catalogue == null) {
            List<TierCatalogue.Offer> offers = new ArrayList<>();
            for (Node tier : tiers.list()) {
                offers.add(TierCatalogue.Offer.of(tier(tier, site.region()), Rules.of(tier.get("pricing"), currency)));
            }
            catalogue = tiers.build(() -> TierCatalogue.of(offers));
            if (catalogues.size() < keep) {
                catalogues.putIfAbsent(key, catalogue);
            }
        }
        TierCatalogue offered = catalogue;
        List<Node> tierNodes = tiers.list();
        for (int i = 0; i < tierNodes.size(); i++) {
            if (Rules.countsMiles(tierNodes.get(i).get("pricing"))) {
                // the miles rule counts distances in miles: one in kilometres must be an exact number of them
                milesOnly(root.get("site").get("distance"), site.distanceFromBase(), "");
                Node includes = tierNodes.get(i).optional("includes").orElse(tierNodes.get(i));
                catalogue.offers().get(i).tier().includedTravelRadius().ifPresent(radius -> milesOnly(includes, radius,
                        "the travel-within-radius radius "));
            }
        }
        // an intervention without a band is priced in its day's, under the holidays of the tier's coverage (the national calendar)
        Usage usage = root.optional("usage").map(node -> usage(node, terms)).orElse(Usage.NONE);
        Optional<TaxRate> tax = root.optional("taxRate").map(node -> node.build(() -> TaxRate.of(site.region().toCountry(),
                node.parse("a percentage such as 20%", Percentage::parse))));
        TierId chosen = root.optional("tier").map(node -> {
            TierId id = node.parse("an identifier such as gold", TierId::of);
            node.build(() -> offered.offer(id));
            return id;
        }).orElse(offered.offers().get(0).tier().id());
        // the law on the client's terms (a German consumer's, BGB § 309 Nr. 9) holds whichever command reads the file
        root.get("terms").build(() -> Contract.builder().client(client).site(site).tier(offered.offer(chosen).tier()).terms(terms)
                .build());
        Optional<Integrator> integrator = root.optional("integrator").map(this::integrator);
        Optional<DocumentReference> document = root.optional("document").map(ContractFileReader::document);
        List<Prepayment> prepaid = root.optional("prepaid").map(node -> node.list().stream().map(item -> prepayment(item, terms))
                .toList()).orElse(List.of());
        List<JsonNode> pricing = new ArrayList<>();
        for (Node tier : tiers.list()) {
            pricing.add(tier.get("pricing").json());
        }
        return new ContractFile(client, site, terms, catalogue, chosen, usage, tax, integrator, document, prepaid, pricing);
    }

    /** Refuses at {@code node} a distance that the miles rule cannot count exactly in miles. */
    private static void milesOnly(Node node, Distance distance, String what) {
        try {
            distance.in(DistanceUnit.MILE);
        } catch (IllegalArgumentException e) {
            throw node.problem(what + "must be in miles (such as 19 mi) for the miles rule that prices travel, or kilometres that are an"
                    + " exact number of miles (1 mi = 1.609344 km), was " + distance);
        }
    }

    /**
     * A prepayment: {@code {hoursBank: PT10H, firstDay, lastDay, overageRate}}, {@code {retainer:
     * 500.00, firstDay, lastDay}} or {@code {tickets: 10, firstDay, lastDay}}; without a first day,
     * from the start of the terms.
     */
    private Prepayment prepayment(Node node, ContractTerms terms) {
        if (node.has("hoursBank")) {
            node.only("hoursBank", "firstDay", "lastDay", "overageRate");
            HoursBank bank = node.build(() -> HoursBank.of(node.get("hoursBank").duration(), validity(node, terms)));
            return node.optional("overageRate").map(rate -> rate.build(() -> bank.withOverageRate(money(rate)))).orElse(bank);
        }
        if (node.has("retainer")) {
            node.only("retainer", "firstDay", "lastDay");
            return node.build(() -> Retainer.of(money(node.get("retainer")), validity(node, terms)));
        }
        if (node.has("tickets")) {
            node.only("tickets", "firstDay", "lastDay");
            return node.build(() -> TicketPack.of(node.get("tickets").integer(), validity(node, terms)));
        }
        throw node.problem("must be {hoursBank, lastDay} with an optional overageRate, {retainer, lastDay} or {tickets, lastDay},"
                + " each with an optional firstDay");
    }

    private static DateWindow validity(Node node, ContractTerms terms) {
        LocalDate first = node.optional("firstDay").map(Node::date).orElse(terms.start());
        return node.get("lastDay").build(() -> new DateWindow(first, node.get("lastDay").date()));
    }

    /** The largest work log read, 16 MiB: a year of a large site's tickets. */
    static final long MAX_LOG_BYTES = 16 * 1024 * 1024;

    /**
     * Reads a work log (YAML, or JSON by its {@code .json} extension): {@code work}, a list of
     * interventions ({@code delivery, day, worked} and optional {@code band, technicians, role}),
     * {@code {tickets: n, day}} and {@code {updates: n, day}}; all of it work done on demand.
     *
     * @throws InputException naming the file, the place and the problem
     */
    static WorkLog readLog(Path file, ContractTerms terms) {
        return parseLog(name(file), text(file, MAX_LOG_BYTES), Syntax.of(file), terms);
    }

    static WorkLog parseLog(String name, String text, Syntax syntax, ContractTerms terms) {
        JsonNode root = StrictTree.read(name, text, syntax);
        if (!root.isObject()) {
            throw new InputException(name, "/", "must be a mapping with work, a list of interventions, tickets and updates");
        }
        Node log = new Node(name, root);
        log.only("work");
        // gathered, then built once: a log of many thousand entries is read in linear time
        List<Intervention> interventions = new ArrayList<>();
        List<Map.Entry<LocalDate, Integer>> tickets = new ArrayList<>();
        List<Map.Entry<LocalDate, Integer>> updates = new ArrayList<>();
        for (Node item : log.get("work").list()) {
            LocalDate day = within(item.get("day"), terms);
            if (item.has("tickets")) {
                item.only("tickets", "day");
                tickets.add(Map.entry(day, atLeastOne(item.get("tickets"))));
            } else if (item.has("updates")) {
                item.only("updates", "day");
                updates.add(Map.entry(day, atLeastOne(item.get("updates"))));
            } else {
                item.only("delivery", "day", "worked", "band", "technicians", "role");
                interventions.add(item.build(() -> {
                    Intervention.Builder intervention = Intervention.builder().delivery(item.get("delivery").constant(Delivery.class))
                            .day(day).worked(item.get("worked").duration());
                    item.optional("band").ifPresent(n -> intervention.band(n.constant(TimeBand.class)));
                    item.optional("technicians").ifPresent(n -> intervention.technicians(n.integer()));
                    item.optional("role").ifPresent(n -> intervention.role(n.parse("a role such as TECHNICIAN", Role::of)));
                    return intervention.build();
                }));
            }
        }
        return log.get("work").build(() -> WorkLog.of(interventions, tickets, updates));
    }

    private static int atLeastOne(Node node) {
        int count = node.integer();
        if (count < 1) {
            throw node.problem("must be >= 1, was " + count);
        }
        return count;
    }

    /** A day of the term, refused naming its place otherwise. */
    private static LocalDate within(Node node, ContractTerms terms) {
        LocalDate day = node.date();
        LocalDate end = PricingContext.usageEnd(terms);
        if (day.isBefore(terms.start()) || !day.isBefore(end)) {
            throw node.problem("must be within the term, from " + terms.start() + " to " + end.minusDays(1) + ", was " + day);
        }
        return day;
    }

    private Integrator integrator(Node node) {
        node.only("name", "address", "registrations", "phone", "email");
        Integrator.Builder integrator = Integrator.builder().name(node.get("name").text()).address(address(node.get("address")));
        for (Map.Entry<String, Node> registration : node.optional("registrations").map(Node::fields).orElse(List.of())) {
            Node number = registration.getValue();
            Registration.Kind kind = number.build(() -> {
                try {
                    return Registration.Kind.valueOf(registration.getKey());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("must be a register of " + java.util.Arrays.toString(Registration.Kind.values())
                            + ", was \"" + Checks.shortened(registration.getKey()) + "\"");
                }
            });
            integrator.addRegistrations(number.build(() -> Registration.of(kind, number.text())));
        }
        node.optional("phone").ifPresent(phone -> integrator.phone(phone.text()));
        node.optional("email").ifPresent(email -> integrator.email(email.text()));
        return node.build(integrator::build);
    }

    private static PostalAddress address(Node node) {
        List<String> lines = new ArrayList<>();
        for (Node line : node.list()) {
            lines.add(line.text());
        }
        return node.build(() -> new PostalAddress(lines));
    }

    private static DocumentReference document(Node node) {
        node.only("number", "issued", "validFor");
        DocumentReference reference = node.build(() -> DocumentReference.of(node.get("number").text(), node.get("issued").date()));
        return node.optional("validFor").map(validity -> validity.build(() -> reference.validFor(validity.period())))
                .orElse(reference);
    }

    MonetaryAmount money(Node node) {
        return Monetary.getDefaultAmountFactory().setCurrency(currency).setNumber(node.decimal()).create();
    }

    private Client client(Node node) {
        node.only("name", "locale", "address", "capacity");
        Client client = node.build(() -> Client.of(node.get("name").text(), node.get("locale").parse("a language tag such as fr-FR",
                Checks::languageTag)));
        client = node.optional("address").map(ContractFileReader::address).map(client::withAddress).orElse(client);
        return node.optional("capacity").map(capacity -> capacity.constant(Client.Capacity.class)).map(client::withCapacity)
                .orElse(client);
    }

    private Site site(Node node) {
        node.only("name", "region", "distance", "subsystems", "equipment", "installedValue");
        Site.Builder site = Site.builder().name(node.get("name").text())
                .region(node.get("region").parse("a region such as FR-69", RegionCode::parse))
                .distanceFromBase(node.get("distance").parse("a distance such as 18 km or 11 mi", Distance::parse));
        site.addAllSubsystems(node.get("subsystems").distinct(subsystem -> subsystem.parse("a subsystem such as lighting", Subsystem::of)));
        for (Node line : node.optional("equipment").map(Node::list).orElse(List.of())) {
            line.only("brand", "model", "subsystem", "quantity", "unitValue", "installDate", "warrantyEnd", "obsolete");
            site.addEquipment(line.build(() -> Equipment.builder().brand(line.get("brand").text()).model(line.get("model").text())
                    .subsystem(line.get("subsystem").parse("a subsystem such as lighting", Subsystem::of))
                    .quantity(line.optional("quantity").map(Node::integer).orElse(1)).unitValue(money(line.get("unitValue")))
                    .installDate(line.get("installDate").date()).warrantyEnd(line.get("warrantyEnd").date())
                    .obsolescence(line.optional("obsolete").map(n -> n.bool() ? Obsolescence.OBSOLETE
                            : Obsolescence.SUPPORTED).orElse(Obsolescence.SUPPORTED)).build()));
        }
        Node value = node.get("installedValue").only("products", "labour");
        site.installedProductValue(money(value.get("products"))).installedLabourValue(money(value.get("labour")));
        return node.build(site::build);
    }

    private ContractTerms terms(Node node) {
        node.only("start", "term", "billing", "renewal", "notice", "prepayDiscount", "escalation", "payment", "earlyTermination");
        ContractTerms.Builder terms = ContractTerms.builder().start(node.get("start").date())
                .term(node.get("term").parse("P<months>M or open-ended", Term::parse));
        node.optional("billing").ifPresent(n -> terms.billingFrequency(n.constant(BillingFrequency.class)));
        node.optional("renewal").ifPresent(n -> terms.renewal(n.constant(Renewal.class)));
        node.optional("notice").ifPresent(n -> terms.cancellationNotice(n.period()));
        node.optional("prepayDiscount").ifPresent(n -> terms.prepayDiscount(n.parse("a percentage such as 5%", Percentage::parse)));
        node.optional("escalation").ifPresent(n -> terms.escalation(escalation(n)));
        node.optional("payment").ifPresent(n -> terms.paymentTerm(n.period()));
        node.optional("earlyTermination").ifPresent(n -> terms.earlyTermination(earlyTermination(n)));
        return node.build(terms::build);
    }

    /** {@code {fee: "150.00"}} or {@code {shareOfRemaining: 50%}}. */
    private EarlyTermination earlyTermination(Node node) {
        if (node.has("fee") == node.has("shareOfRemaining")) {
            throw node.problem("must be {fee: amount} or {shareOfRemaining: percentage}, one of them");
        }
        node.only("fee", "shareOfRemaining");
        return node.has("fee") ? node.get("fee").build(() -> EarlyTermination.fee(money(node.get("fee"))))
                : node.get("shareOfRemaining").build(() -> EarlyTermination.shareOfRemaining(node.get("shareOfRemaining")
                        .parse("a percentage such as 50%", Percentage::parse)));
    }

    private Escalation escalation(Node node) {
        node.only("fixed", "index", "cap", "notice");
        if (node.has("fixed") && (node.has("index") || node.has("cap"))) {
            throw node.problem("is fixed (fixed) or indexed (index and cap), not both");
        }
        if (node.has("fixed")) {
            return node.build(() -> Escalation.fixed(node.get("fixed").parse("a percentage such as 3%", Percentage::parse),
                    node.get("notice").period()));
        }
        return node.build(() -> Escalation.indexed(node.get("index").text(),
                node.get("cap").parse("a percentage such as 4%", Percentage::parse), node.get("notice").period()));
    }

    private ServiceTier tier(Node node, RegionCode region) {
        node.only("id", "serviceLevel", "deliveries", "coverage", "timeZone", "responseTimes", "monitoring", "quotas", "perks",
                "includes", "excludes", "billedOnDemand", "pricing");
        ZoneId zone = node.get("timeZone").parse("a time zone such as Europe/Paris", text -> {
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("must be a time zone such as Europe/Paris, was \"" + Checks.shortened(text) + "\"");
            }
        });
        HolidayCalendar holidays = node.build(() -> HolidayCalendar.national(region));
        Node coverageNode = node.get("coverage");
        String coverage = coverageNode.text();
        CoverageWindow window;
        switch (coverage) {
            case "business-hours":
                window = CoverageWindow.businessHours(zone, holidays);
                break;
            case "extended-hours":
                window = CoverageWindow.extendedHours(zone, holidays);
                break;
            case "all-hours":
                window = CoverageWindow.allHours(zone, holidays);
                break;
            default:
                throw coverageNode.problem("must be business-hours, extended-hours or all-hours, was \"" + Checks.shortened(coverage) + "\"");
        }
        ServiceTier.Builder tier = ServiceTier.builder().id(node.get("id").parse("an identifier such as gold", TierId::of))
                .serviceLevel(node.get("serviceLevel").constant(ServiceLevel.class)).coverage(window);
        tier.addAllDeliveries(node.get("deliveries").distinct(delivery -> delivery.constant(Delivery.class)));
        node.optional("responseTimes").ifPresent(times -> {
            times.only("remote", "onSite");
            times.optional("remote").ifPresent(n -> tier.remoteResponseTime(n.duration()));
            times.optional("onSite").ifPresent(n -> tier.onSiteResponseTime(n.duration()));
        });
        node.optional("monitoring").ifPresent(n -> tier.monitoring(n.constant(Monitoring.class)));
        node.optional("quotas").ifPresent(n -> tier.quotas(quotas(n)));
        node.optional("perks").ifPresent(n -> tier.perks(perks(n)));
        for (Node clause : node.optional("includes").map(Node::list).orElse(List.of())) {
            tier.addClauses(clause(clause, ClauseKind.INCLUSION));
        }
        for (Node clause : node.optional("excludes").map(Node::list).orElse(List.of())) {
            tier.addClauses(clause(clause, ClauseKind.EXCLUSION));
        }
        node.optional("billedOnDemand").ifPresent(services -> tier.addAllBilledOnDemand(
                services.distinct(service -> service.constant(ChargeableService.class))));
        return node.build(tier::build);
    }

    private IncludedQuotas quotas(Node node) {
        node.only("onSiteVisitsPerYear", "systemUpdatesPerYear", "remoteHours");
        IncludedQuotas.Builder quotas = IncludedQuotas.builder();
        node.optional("onSiteVisitsPerYear").ifPresent(n -> quotas.onSiteVisitsPerYear(n.integer()));
        node.optional("systemUpdatesPerYear").ifPresent(n -> quotas.systemUpdatesPerYear(n.integer()));
        node.optional("remoteHours").ifPresent(n -> quotas.remoteHours(n.only("hours", "per", "rollover", "rolloverCap").build(() -> {
            RemoteHoursAllowance allowance = RemoteHoursAllowance.of(n.get("hours").duration(),
                    n.get("per").constant(RemoteHoursAllowance.AllowancePeriod.class),
                    n.optional("rollover").map(r -> r.constant(RemoteHoursAllowance.Rollover.class)).orElse(RemoteHoursAllowance.Rollover.NONE));
            return n.optional("rolloverCap").map(cap -> allowance.withRolloverCap(cap.duration())).orElse(allowance);
        })));
        return node.build(quotas::build);
    }

    private MemberPerks perks(Node node) {
        node.only("extraLabourDiscount", "newEquipmentDiscount", "benefits");
        MemberPerks.Builder perks = MemberPerks.builder();
        node.optional("extraLabourDiscount").ifPresent(n -> perks.extraLabourDiscount(n.parse("a percentage such as 10%",
                Percentage::parse)));
        node.optional("newEquipmentDiscount").ifPresent(n -> perks.newEquipmentDiscount(n.parse("a percentage such as 5%",
                Percentage::parse)));
        node.optional("benefits").ifPresent(benefits -> perks.addAllBenefits(benefits.distinct(benefit -> benefit.constant(Benefit.class))));
        return node.build(perks::build);
    }

    /** A standard clause by id, with its parameter given by name, or a custom clause with its text. */
    private Clause clause(Node node, ClauseKind kind) {
        if (node.isText()) {
            return standard(node, node.text(), kind);
        }
        if (node.has("text")) {
            node.only("id", "text", "category");
            return node.build(() -> Clause.builder().id(node.get("id").parse("an identifier", ClauseId::of)).kind(kind)
                    .category(node.optional("category").map(n -> n.constant(ClauseCategory.class)).orElse(ClauseCategory.SERVICE))
                    .customText(node.get("text").text()).build());
        }
        Clause clause = standard(node, node.get("clause").text(), kind);
        List<String> keys = new ArrayList<>(List.of("clause"));
        clause.requiredParameters().forEach(parameter -> keys.add(field(parameter)));
        node.only(keys.toArray(String[]::new));
        for (ClauseParameter parameter : clause.requiredParameters()) {
            Node value = node.get(field(parameter));
            ParameterValue typed;
            switch (parameter.kind()) {
                case COUNT:
                    typed = value.build(() -> ParameterValue.count(value.integer()));
                    break;
                case DURATION:
                    typed = ParameterValue.duration(value.duration());
                    break;
                case DISTANCE:
                    typed = ParameterValue.distance(value.parse("a distance such as 30 km", Distance::parse));
                    break;
                default:
                    typed = ParameterValue.percentage(value.parse("a percentage such as 10%", Percentage::parse));
            }
            clause = clause.withParameter(parameter, typed);
        }
        return clause;
    }

    /** The key a clause's parameter is given under: {@code hours}, {@code updates}, {@code responseTime}... */
    static String field(ClauseParameter parameter) {
        return parameter.name().toLowerCase(Locale.ROOT).replace("_t", "T");
    }

    private static Clause standard(Node node, String id, ClauseKind kind) {
        for (StandardClause standard : StandardClause.values()) {
            if (standard.id().value().equals(id)) {
                if (standard.kind() != kind) {
                    throw node.problem("clause " + id + " is an " + standard.kind().name().toLowerCase(Locale.ROOT)
                            + ", list it under " + (standard.kind() == ClauseKind.INCLUSION ? "includes" : "excludes"));
                }
                return Clause.of(standard);
            }
        }
        throw node.problem("must be a standard clause such as power-surge, or {id, text} for your own, was \"" + Checks.shortened(id) + "\"");
    }

    /**
     * The usage; an intervention without a band is in its day's, as pricing reads it under the tier's calendar;
     * without a commitment it is planned, part of the firm price.
     */
    private Usage usage(Node node, ContractTerms terms) {
        Usage.Builder usage = Usage.builder();
        boolean updates = false;
        boolean tickets = false;
        for (Node item : node.list()) {
            if (item.has("systemUpdates")) {
                item.only("systemUpdates");
                if (updates) {
                    throw item.problem("gives systemUpdates a second time; give the year's count once");
                }
                updates = true;
                usage.systemUpdates(item.get("systemUpdates").integer());
                continue;
            }
            if (item.has("remoteTickets")) {
                item.only("remoteTickets");
                if (tickets) {
                    throw item.problem("gives remoteTickets a second time; give the year's count once");
                }
                tickets = true;
                usage.remoteTickets(item.get("remoteTickets").integer());
                continue;
            }
            item.only("delivery", "day", "worked", "band", "technicians", "commitment", "role");
            usage.addInterventions(item.build(() -> {
                LocalDate day = within(item.get("day"), terms);
                Intervention.Builder intervention = Intervention.builder().delivery(item.get("delivery").constant(Delivery.class))
                        .day(day).worked(item.get("worked").duration());
                item.optional("band").ifPresent(n -> intervention.band(n.constant(TimeBand.class)));
                item.optional("technicians").ifPresent(n -> intervention.technicians(n.integer()));
                item.optional("commitment").ifPresent(n -> intervention.commitment(n.constant(Commitment.class)));
                item.optional("role").ifPresent(n -> intervention.role(n.parse("a role such as TECHNICIAN", Role::of)));
                return intervention.build();
            }));
        }
        return node.build(usage::build);
    }
}
