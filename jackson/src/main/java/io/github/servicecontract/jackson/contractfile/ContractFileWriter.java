package io.github.servicecontract.jackson.contractfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.servicecontract.i18n.DocumentReference;
import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseParameter;
import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.CoverageWindow;
import io.github.servicecontract.model.EarlyTermination;
import io.github.servicecontract.model.Equipment;
import io.github.servicecontract.model.Escalation;
import io.github.servicecontract.model.HolidayCalendar;
import io.github.servicecontract.model.HoursBank;
import io.github.servicecontract.model.IncludedQuotas;
import io.github.servicecontract.model.Integrator;
import io.github.servicecontract.model.MemberPerks;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.PostalAddress;
import io.github.servicecontract.model.Prepayment;
import io.github.servicecontract.model.Registration;
import io.github.servicecontract.model.RemoteHoursAllowance;
import io.github.servicecontract.model.Retainer;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.TicketPack;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.Commitment;
import io.github.servicecontract.pricing.Intervention;
import io.github.servicecontract.pricing.Role;
import io.github.servicecontract.pricing.TierCatalogue;
import io.github.servicecontract.pricing.Usage;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * Writes a contract file in the canonical form its schema describes: the sections in the order of the sample, every
 * scalar as the text the reader reads (amounts as exact decimal strings, dates, durations and periods in ISO form,
 * percentages as {@code 5%}), whole numbers as numbers, and each tier's pricing rules as they were read.
 */
final class ContractFileWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR).build());

    private ContractFileWriter() {}

    /** The file's text in {@code syntax}; refused when a value has no form in the format. */
    static String write(ContractFile file, Syntax syntax) {
        ObjectNode root = tree(file);
        try {
            return syntax == Syntax.JSON ? JSON.writeValueAsString(root) + "\n" : YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a contract file's tree could not be written", e);
        }
    }

    private static ObjectNode tree(ContractFile file) {
        ObjectNode root = NODES.objectNode();
        root.put("currency", file.site().installedProductValue().getCurrency().getCurrencyCode());
        file.integrator().ifPresent(integrator -> root.set("integrator", integrator(integrator)));
        file.document().ifPresent(document -> root.set("document", document(document)));
        root.set("client", client(file.client()));
        root.set("site", site(file.site()));
        root.set("terms", terms(file.terms()));
        if (!file.prepaid().isEmpty()) {
            ArrayNode prepaid = root.putArray("prepaid");
            file.prepaid().forEach(prepayment -> prepaid.add(prepayment(prepayment)));
        }
        root.put("tier", file.tier().toString());
        ArrayNode tiers = root.putArray("tiers");
        List<TierCatalogue.Offer> offers = file.catalogue().offers();
        for (int i = 0; i < offers.size(); i++) {
            tiers.add(tier(offers.get(i).tier(), file.site(), file.pricing().get(i)));
        }
        Usage usage = file.usage();
        if (!usage.interventions().isEmpty() || usage.systemUpdates() > 0 || usage.remoteTickets() > 0) {
            root.set("usage", usage(usage));
        }
        file.taxRate().ifPresent(tax -> root.put("taxRate", tax.rate().toString()));
        return root;
    }

    private static ObjectNode integrator(Integrator integrator) {
        ObjectNode node = NODES.objectNode();
        node.put("name", integrator.name());
        node.set("address", address(integrator.address()));
        if (!integrator.registrations().isEmpty()) {
            ObjectNode registrations = node.putObject("registrations");
            for (Registration registration : integrator.registrations()) {
                registrations.put(registration.kind().name(), registration.number());
            }
        }
        integrator.phone().ifPresent(phone -> node.put("phone", phone));
        integrator.email().ifPresent(email -> node.put("email", email));
        return node;
    }

    private static ArrayNode address(PostalAddress address) {
        ArrayNode lines = NODES.arrayNode();
        address.lines().forEach(lines::add);
        return lines;
    }

    private static ObjectNode document(DocumentReference document) {
        ObjectNode node = NODES.objectNode();
        node.put("number", document.number());
        node.put("issued", document.issued().toString());
        document.validity().ifPresent(validity -> node.put("validFor", validity.toString()));
        return node;
    }

    private static ObjectNode client(Client client) {
        ObjectNode node = NODES.objectNode();
        node.put("name", client.name());
        node.put("locale", client.locale().toLanguageTag());
        client.address().ifPresent(address -> node.set("address", address(address)));
        node.put("capacity", client.capacity().name());
        return node;
    }

    private static ObjectNode site(Site site) {
        ObjectNode node = NODES.objectNode();
        node.put("name", site.name());
        node.put("region", site.region().toString());
        node.put("distance", site.distanceFromBase().toString());
        node.set("subsystems", texts(site.subsystems()));
        if (!site.equipment().isEmpty()) {
            ArrayNode equipment = node.putArray("equipment");
            for (Equipment line : site.equipment()) {
                ObjectNode item = equipment.addObject();
                item.put("brand", line.brand());
                item.put("model", line.model());
                item.put("subsystem", line.subsystem().toString());
                item.put("quantity", line.quantity());
                item.put("unitValue", decimal(line.unitValue()));
                item.put("installDate", line.installDate().toString());
                item.put("warrantyEnd", line.warrantyEnd().toString());
                if (line.isObsolete()) {
                    item.put("obsolete", true);
                }
            }
        }
        ObjectNode value = node.putObject("installedValue");
        value.put("products", decimal(site.installedProductValue()));
        value.put("labour", decimal(site.installedLabourValue()));
        return node;
    }

    private static ObjectNode terms(ContractTerms terms) {
        ObjectNode node = NODES.objectNode();
        node.put("start", terms.start().toString());
        node.put("term", terms.term().toString());
        node.put("renewal", terms.renewal().name());
        node.put("notice", terms.cancellationNotice().toString());
        node.put("billing", terms.billingFrequency().name());
        node.put("prepayDiscount", terms.prepayDiscount().toString());
        node.put("payment", terms.paymentTerm().toString());
        Escalation escalation = terms.escalation();
        if (escalation instanceof Escalation.Fixed) {
            Escalation.Fixed fixed = (Escalation.Fixed) escalation;
            node.putObject("escalation").put("fixed", fixed.rate().toString()).put("notice", fixed.notice().toString());
        } else if (escalation instanceof Escalation.Indexed) {
            Escalation.Indexed indexed = (Escalation.Indexed) escalation;
            node.putObject("escalation").put("index", indexed.index()).put("cap", indexed.cap().toString())
                    .put("notice", indexed.notice().toString());
        }
        terms.earlyTermination().ifPresent(rule -> {
            if (rule instanceof EarlyTermination.Fee) {
                node.putObject("earlyTermination").put("fee", decimal(((EarlyTermination.Fee) rule).amount()));
            } else {
                node.putObject("earlyTermination").put("shareOfRemaining", ((EarlyTermination.ShareOfRemaining) rule).share().toString());
            }
        });
        return node;
    }

    private static ObjectNode prepayment(Prepayment prepayment) {
        ObjectNode node = NODES.objectNode();
        if (prepayment instanceof HoursBank) {
            HoursBank bank = (HoursBank) prepayment;
            node.put("hoursBank", bank.hours().toString());
            validity(node, bank.validity().firstDay(), bank.validity().lastDay());
            bank.overageRate().ifPresent(rate -> node.put("overageRate", decimal(rate)));
        } else if (prepayment instanceof Retainer) {
            Retainer retainer = (Retainer) prepayment;
            node.put("retainer", decimal(retainer.amount()));
            validity(node, retainer.validity().firstDay(), retainer.validity().lastDay());
        } else {
            TicketPack pack = (TicketPack) prepayment;
            node.put("tickets", pack.tickets());
            validity(node, pack.validity().firstDay(), pack.validity().lastDay());
        }
        return node;
    }

    private static void validity(ObjectNode node, java.time.LocalDate first, java.time.LocalDate last) {
        node.put("firstDay", first.toString());
        node.put("lastDay", last.toString());
    }

    private static ObjectNode tier(ServiceTier tier, Site site, JsonNode pricing) {
        ObjectNode node = NODES.objectNode();
        node.put("id", tier.id().toString());
        node.put("serviceLevel", tier.serviceLevel().name());
        node.set("deliveries", names(tier.deliveries()));
        node.put("coverage", coverage(tier, site));
        node.put("timeZone", tier.coverage().zone().getId());
        if (tier.remoteResponseTime().isPresent() || tier.onSiteResponseTime().isPresent()) {
            ObjectNode times = node.putObject("responseTimes");
            tier.remoteResponseTime().ifPresent(time -> times.put("remote", time.toString()));
            tier.onSiteResponseTime().ifPresent(time -> times.put("onSite", time.toString()));
        }
        node.put("monitoring", tier.monitoring().name());
        ObjectNode quotas = quotas(tier.quotas());
        if (quotas.size() > 0) {
            node.set("quotas", quotas);
        }
        ObjectNode perks = perks(tier.perks());
        if (perks.size() > 0) {
            node.set("perks", perks);
        }
        if (!tier.inclusions().isEmpty()) {
            ArrayNode includes = node.putArray("includes");
            tier.inclusions().forEach(clause -> includes.add(clause(clause)));
        }
        if (!tier.exclusions().isEmpty()) {
            ArrayNode excludes = node.putArray("excludes");
            tier.exclusions().forEach(clause -> excludes.add(clause(clause)));
        }
        if (!tier.billedOnDemand().isEmpty()) {
            node.set("billedOnDemand", names(tier.billedOnDemand()));
        }
        node.set("pricing", canonical(pricing, null));
        return node;
    }

    /** The parameters of pricing rules that are constants, which the reader takes in any case and with hyphens. */
    private static final java.util.Set<String> CONSTANTS = java.util.Set.of("legs", "bandApplication", "inWarrantyLabour", "basis", "measure",
            "delivery");

    /**
     * Pricing rules as read, in the schema's canonical form: texts without surrounding spaces, constants upper-case
     * with underscores (the reader tolerates {@code return} for {@code RETURN}), a band's multipliers under their
     * constants.
     */
    private static JsonNode canonical(JsonNode node, String key) {
        if (node.isArray()) {
            ArrayNode array = NODES.arrayNode();
            node.forEach(item -> array.add(canonical(item, null)));
            return array;
        }
        if (node.isObject()) {
            ObjectNode object = NODES.objectNode();
            node.fields().forEachRemaining(field -> object.set("bands".equals(key) ? constant(field.getKey()) : field.getKey(),
                    canonical(field.getValue(), field.getKey())));
            return object;
        }
        if (node.isTextual()) {
            String text = Checks.withoutSurroundingSpaces(node.textValue());
            return NODES.textNode(key != null && CONSTANTS.contains(key) ? constant(text) : text);
        }
        return node.deepCopy();
    }

    private static String constant(String text) {
        return Checks.withoutSurroundingSpaces(text).toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    /** The coverage's name; a window the format cannot name (its own hours, another calendar) is refused. */
    private static String coverage(ServiceTier tier, Site site) {
        CoverageWindow window = tier.coverage();
        ZoneId zone = window.zone();
        HolidayCalendar holidays;
        try {
            holidays = HolidayCalendar.national(site.region());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw unwritable("tier " + tier.id() + "'s coverage", "has holidays of no national calendar");
        }
        for (Map.Entry<String, CoverageWindow> named : List.of(Map.entry("business-hours", CoverageWindow.businessHours(zone, holidays)),
                Map.entry("extended-hours", CoverageWindow.extendedHours(zone, holidays)),
                Map.entry("all-hours", CoverageWindow.allHours(zone, holidays)))) {
            if (named.getValue().equals(window)) {
                return named.getKey();
            }
        }
        throw unwritable("tier " + tier.id() + "'s coverage", "is not business-hours, extended-hours or all-hours under the national"
                + " holidays of " + site.region().toCountry());
    }

    private static ObjectNode quotas(IncludedQuotas quotas) {
        ObjectNode node = NODES.objectNode();
        if (quotas.onSiteVisitsPerYear() > 0) {
            node.put("onSiteVisitsPerYear", quotas.onSiteVisitsPerYear());
        }
        if (quotas.systemUpdatesPerYear() > 0) {
            node.put("systemUpdatesPerYear", quotas.systemUpdatesPerYear());
        }
        RemoteHoursAllowance hours = quotas.remoteHours();
        if (!hours.equals(RemoteHoursAllowance.NONE)) {
            ObjectNode remote = node.putObject("remoteHours");
            remote.put("hours", hours.hours().toString());
            remote.put("per", hours.period().name());
            remote.put("rollover", hours.rollover().name());
            hours.rolloverCap().ifPresent(cap -> remote.put("rolloverCap", cap.toString()));
        }
        return node;
    }

    private static ObjectNode perks(MemberPerks perks) {
        ObjectNode node = NODES.objectNode();
        if (!perks.extraLabourDiscount().isZero()) {
            node.put("extraLabourDiscount", perks.extraLabourDiscount().toString());
        }
        if (!perks.newEquipmentDiscount().isZero()) {
            node.put("newEquipmentDiscount", perks.newEquipmentDiscount().toString());
        }
        if (!perks.benefits().isEmpty()) {
            node.set("benefits", names(perks.benefits()));
        }
        return node;
    }

    /** A standard clause by its id (with its parameters by name), or one's own as {@code {id, text, category}}. */
    private static JsonNode clause(Clause clause) {
        if (clause.customText().isPresent()) {
            ObjectNode node = NODES.objectNode();
            node.put("id", clause.id().toString());
            node.put("text", clause.customText().get());
            node.put("category", clause.category().name());
            return node;
        }
        Clause standard = Clause.of(java.util.Arrays.stream(StandardClause.values()).filter(s -> s.id().equals(clause.id())).findFirst()
                .orElseThrow(() -> unwritable("clause " + clause.id(), "is neither a standard clause nor one with its own text")));
        if (clause.parameters().isEmpty()) {
            Clause bare = standard;
            if (!bare.equals(clause)) {
                throw unwritable("clause " + clause.id(), "differs from the standard clause of its id in more than its parameters");
            }
            return NODES.textNode(clause.id().toString());
        }
        ObjectNode node = NODES.objectNode();
        node.put("clause", clause.id().toString());
        for (Map.Entry<ClauseParameter, ParameterValue> parameter : clause.parameters().entrySet()) {
            String field = ContractFileReader.field(parameter.getKey());
            ParameterValue value = parameter.getValue();
            if (value instanceof ParameterValue.Count) {
                node.put(field, ((ParameterValue.Count) value).value());
            } else if (value instanceof ParameterValue.Length) {
                node.put(field, ((ParameterValue.Length) value).value().toString());
            } else if (value instanceof ParameterValue.Span) {
                node.put(field, ((ParameterValue.Span) value).value().toString());
            } else {
                node.put(field, ((ParameterValue.Share) value).value().toString());
            }
        }
        return node;
    }

    private static ArrayNode usage(Usage usage) {
        ArrayNode items = NODES.arrayNode();
        for (Intervention intervention : usage.interventions()) {
            if (intervention.equipment().isPresent()) {
                throw unwritable("the intervention of " + intervention.day(), "names equipment, which a contract file's usage has no place for");
            }
            ObjectNode item = items.addObject();
            item.put("delivery", intervention.delivery().name());
            item.put("day", intervention.day().toString());
            item.put("worked", intervention.worked().toString());
            intervention.band().ifPresent(band -> item.put("band", band.name()));
            if (intervention.technicians() != 1) {
                item.put("technicians", intervention.technicians());
            }
            if (intervention.commitment() != Commitment.PLANNED) {
                item.put("commitment", intervention.commitment().name());
            }
            if (!intervention.role().equals(Role.TECHNICIAN)) {
                item.put("role", intervention.role().toString());
            }
        }
        if (usage.systemUpdates() > 0) {
            items.addObject().put("systemUpdates", usage.systemUpdates());
        }
        if (usage.remoteTickets() > 0) {
            items.addObject().put("remoteTickets", usage.remoteTickets());
        }
        return items;
    }

    private static ArrayNode texts(Collection<?> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(value -> array.add(value.toString()));
        return array;
    }

    private static ArrayNode names(Collection<? extends Enum<?>> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(value -> array.add(value.name()));
        return array;
    }

    private static String decimal(MonetaryAmount amount) {
        return Checks.exactDecimal(amount);
    }

    private static IllegalArgumentException unwritable(String what, String why) {
        return new IllegalArgumentException(what + " cannot be written in a contract file: it " + why);
    }
}
