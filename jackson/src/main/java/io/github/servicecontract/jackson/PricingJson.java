package io.github.servicecontract.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.servicecontract.model.RemoteHoursAllowance;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.QuoteLine;
import io.github.servicecontract.pricing.QuotePart;
import io.github.servicecontract.pricing.RateCardEntry;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.TaxedAmount;
import io.github.servicecontract.pricing.TierComparison;
import io.github.servicecontract.pricing.Trace;
import io.github.servicecontract.pricing.TraceStep;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import io.github.servicecontract.pricing.billing.EscalationStep;
import io.github.servicecontract.pricing.billing.Invoice;
import io.github.servicecontract.pricing.ratesheet.RateProblem;
import io.github.servicecontract.pricing.ratesheet.RateReport;
import io.github.servicecontract.pricing.statement.Cover;
import io.github.servicecontract.pricing.statement.PrepaidBalance;
import io.github.servicecontract.pricing.statement.Statement;
import io.github.servicecontract.pricing.statement.StatementLine;
import io.github.servicecontract.model.HoursBank;
import io.github.servicecontract.model.Prepayment;
import io.github.servicecontract.model.Retainer;
import io.github.servicecontract.pricing.RemoteHoursBalance;
import java.io.IOException;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * How the priced values are written: quotes with their parts, lines, traces and rate card, taxed
 * amounts, schedules with their invoices, comparisons and rate reports. Each writes its fields in
 * a fixed order; an absent optional value is left out; every number but an invoice's is an exact
 * decimal string (quantities, and a trace's counts, hours and rates alike); unit prices and rates
 * are exact, with as many decimals as the rate sheet gives, while amounts are as the quote rounds
 * them.
 */
final class PricingJson {

    private PricingJson() {}

    /** A serializer written as a lambda. */
    @FunctionalInterface
    interface Fields<T> {
        void write(T value, JsonGenerator json, SerializerProvider provider) throws IOException;
    }

    static <T> JsonSerializer<T> object(Class<T> type, Fields<T> fields) {
        return new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeStartObject();
                fields.write(value, json, provider);
                json.writeEndObject();
            }

            @Override
            public Class<T> handledType() {
                return type;
            }
        };
    }

    static final Fields<Quote> QUOTE = (quote, json, provider) -> {
        json.writeStringField("tier", quote.context().tier().id().toString());
        json.writeStringField("currency", quote.currency().getCurrencyCode());
        json.writeStringField("pricingDay", quote.context().pricingDay().toString());
        provider.defaultSerializeField("firmPrice", quote.firmPrice(), json);
        // the firm price and the estimate together: what the client may pay, not what the client commits to
        provider.defaultSerializeField("totalWithEstimate", quote.total(), json);
        json.writeArrayFieldStart("parts");
        for (QuotePart part : QuotePart.values()) {
            if (!quote.lines(part).isEmpty()) {
                json.writeStartObject();
                json.writeStringField("part", part.name());
                provider.defaultSerializeField("subtotal", quote.subtotal(part), json);
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("lines");
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (QuoteLine line : quote.lines()) {
            json.writeStartObject();
            json.writeStringField("id", lineId(line, seen));
            PricingJson.LINE.write(line, json, provider); // qualified: LINE is declared below
            json.writeEndObject();
        }
        json.writeEndArray();
        provider.defaultSerializeField("rateCard", quote.rateCard(), json);
    };

    /**
     * A line's id within its quote, the same whenever the same contract is priced again: its
     * component, its day when it has one, and its rank among the lines with both alike when it is
     * not the first ({@code on-site-labour@2026-03-10}, {@code device-fee#2}), so that a vendor's
     * system can match a line of one quote with the same line of the next.
     */
    static String lineId(QuoteLine line, java.util.Map<String, Integer> seen) {
        String base = line.component().id() + line.trace().valueOf(io.github.servicecontract.pricing.StandardTraceKey.DAY)
                .filter(java.time.LocalDate.class::isInstance).map(day -> "@" + day).orElse("");
        int rank = seen.merge(base, 1, Integer::sum);
        return rank == 1 ? base : base + "#" + rank;
    }

    /**
     * A tier: what it is, includes and leaves out beside its price (service level, deliveries,
     * monitoring, response times, quotas, the ids of the clauses it includes and excludes, the
     * services it bills on demand).
     */
    static final Fields<ServiceTier> TIER = (tier, json, provider) -> {
        provider.defaultSerializeField("id", tier.id(), json);
        json.writeStringField("serviceLevel", tier.serviceLevel().name());
        names(json, "deliveries", tier.deliveries().stream().sorted().map(Enum::name).toList());
        json.writeStringField("monitoring", tier.monitoring().name());
        if (tier.remoteResponseTime().isPresent()) {
            provider.defaultSerializeField("remoteResponseTime", tier.remoteResponseTime().get(), json);
        }
        if (tier.onSiteResponseTime().isPresent()) {
            provider.defaultSerializeField("onSiteResponseTime", tier.onSiteResponseTime().get(), json);
        }
        json.writeObjectFieldStart("quotas");
        json.writeNumberField("onSiteVisitsPerYear", tier.quotas().onSiteVisitsPerYear());
        json.writeNumberField("systemUpdatesPerYear", tier.quotas().systemUpdatesPerYear());
        RemoteHoursAllowance remote = tier.quotas().remoteHours();
        if (!remote.hours().isZero()) {
            json.writeObjectFieldStart("remoteHours");
            provider.defaultSerializeField("hours", remote.hours(), json);
            json.writeStringField("per", remote.period().name());
            json.writeStringField("rollover", remote.rollover().name());
            if (remote.rolloverCap().isPresent()) {
                provider.defaultSerializeField("rolloverCap", remote.rolloverCap().get(), json);
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        names(json, "includes", tier.inclusions().stream().map(clause -> clause.id().value()).toList());
        names(json, "excludes", tier.exclusions().stream().map(clause -> clause.id().value()).toList());
        names(json, "billedOnDemand", tier.billedOnDemand().stream().sorted().map(Enum::name).toList());
    };

    private static void names(JsonGenerator json, String field, java.util.List<String> names) throws IOException {
        json.writeArrayFieldStart(field);
        for (String name : names) {
            json.writeString(name);
        }
        json.writeEndArray();
    }

    static final Fields<QuoteLine> LINE = (line, json, provider) -> {
        json.writeStringField("component", line.component().id());
        Object labels = provider.getAttribute(ServiceContractModule.LABELS);
        if (labels instanceof java.util.Locale) {
            json.writeStringField("label", io.github.servicecontract.i18n.Messages.of((java.util.Locale) labels).item(line));
        }
        json.writeStringField("part", line.part().name());
        json.writeStringField("category", line.category().name());
        json.writeStringField("billing", line.billing().name());
        json.writeStringField("periodicity", line.periodicity().name());
        json.writeStringField("quantity", line.quantity().toPlainString());
        json.writeStringField("unit", line.unit().name());
        provider.defaultSerializeField("unitPrice", line.unitPrice(), json);
        provider.defaultSerializeField("amount", line.amount(), json);
        provider.defaultSerializeField("trace", line.trace(), json);
    };

    static final Fields<Trace> TRACE = (trace, json, provider) -> {
        json.writeStringField("rule", trace.rule());
        json.writeArrayFieldStart("steps");
        for (TraceStep step : trace.steps()) {
            json.writeStartObject();
            json.writeStringField("label", step.key().id());
            json.writeFieldName("value");
            Object value = step.value();
            if (value instanceof MonetaryAmount) {
                provider.defaultSerializeValue(value, json);
            } else if (value instanceof BigDecimal) {
                json.writeString(((BigDecimal) value).toPlainString());
            } else if (value instanceof Boolean) {
                json.writeBoolean((Boolean) value);
            } else {
                json.writeString(String.valueOf(value));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    };

    static final Fields<RateCardEntry> RATE_CARD_ENTRY = (entry, json, provider) -> {
        json.writeStringField("component", entry.component().id());
        json.writeStringField("unit", entry.unit().name());
        if (entry.role().isPresent()) {
            json.writeStringField("role", entry.role().get().toString());
        }
        if (entry.band().isPresent()) {
            json.writeStringField("band", entry.band().get().name());
        }
        provider.defaultSerializeField("standardPrice", entry.standardPrice(), json);
        provider.defaultSerializeField("price", entry.price(), json);
    };

    static final Fields<TaxedAmount> TAXED = (taxed, json, provider) -> {
        provider.defaultSerializeField("excludingTax", taxed.excludingTax(), json);
        provider.defaultSerializeField("tax", taxed.tax(), json);
        provider.defaultSerializeField("cashRounding", taxed.cashRounding(), json);
        provider.defaultSerializeField("includingTax", taxed.includingTax(), json);
        provider.defaultSerializeField("payable", taxed.payable(), json);
    };

    static final Fields<Taxation> TAXATION = (taxation, json, provider) -> {
        json.writeStringField("country", taxation.rate().country().toString());
        json.writeStringField("rate", taxation.rate().rate().toString());
        if (taxation.cashRounding().isPresent()) {
            provider.defaultSerializeField("cashRounding", taxation.cashRounding().get(), json);
        }
    };

    static final Fields<Invoice> INVOICE = (invoice, json, provider) -> {
        json.writeNumberField("number", invoice.number());
        json.writeStringField("kind", invoice.kind().name());
        json.writeStringField("issued", invoice.issued().toString());
        json.writeStringField("due", invoice.due().toString());
        json.writeObjectFieldStart("covers");
        json.writeStringField("firstDay", invoice.covers().firstDay().toString());
        json.writeStringField("lastDay", invoice.covers().lastDay().toString());
        json.writeEndObject();
        provider.defaultSerializeField("firm", invoice.firm(), json);
        provider.defaultSerializeField("oneOff", invoice.oneOff(), json);
        provider.defaultSerializeField("excludingTax", invoice.amount(), json);
        provider.defaultSerializeField("tax", invoice.tax(), json);
        provider.defaultSerializeField("cashRounding", invoice.cashRounding(), json);
        provider.defaultSerializeField("payable", invoice.total(), json);
    };

    static final Fields<EscalationStep> ESCALATION = (step, json, provider) -> {
        json.writeStringField("anniversary", step.anniversary().toString());
        json.writeStringField("noticeBy", step.noticeBy().toString());
        json.writeStringField("rate", step.rate().toString());
        provider.defaultSerializeField("before", step.before(), json);
        provider.defaultSerializeField("after", step.after(), json);
    };

    static final Fields<BillingSchedule> SCHEDULE = (schedule, json, provider) -> {
        provider.defaultSerializeField("taxation", schedule.taxation(), json);
        provider.defaultSerializeField("invoices", schedule.invoices(), json);
        if (schedule.continuesFrom().isPresent()) {
            json.writeStringField("continuesFrom", schedule.continuesFrom().get().toString());
        }
        provider.defaultSerializeField("escalations", schedule.escalations(), json);
        json.writeArrayFieldStart("billedWhenUsed");
        for (var service : schedule.billedWhenUsed().stream().map(Enum::name).sorted().toList()) {
            json.writeString(service);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("totals");
        provider.defaultSerializeField("excludingTax", schedule.totalExcludingTax(), json);
        provider.defaultSerializeField("tax", schedule.totalTax(), json);
        provider.defaultSerializeField("cashRounding", schedule.totalCashRounding(), json);
        provider.defaultSerializeField("payable", schedule.totalIncludingTax(), json);
        json.writeEndObject();
    };

    /**
     * A period statement: its period, each line (its id, day, the work at the rate card, the
     * line after the tier's quotas, the list price, what covered it, the time a bank billed at its
     * overage rate and that rate, what is billed), the totals, the remote-hours periods and each prepayment's
     * balance.
     */
    static final Fields<Statement> STATEMENT = (statement, json, provider) -> {
        json.writeStringField("from", statement.from().toString());
        json.writeStringField("lastDay", statement.lastDay().toString());
        json.writeStringField("currency", statement.currency().getCurrencyCode());
        json.writeArrayFieldStart("lines");
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (StatementLine line : statement.lines()) {
            json.writeStartObject();
            json.writeStringField("id", lineId(line.line(), seen));
            if (line.day().isPresent()) {
                json.writeStringField("day", line.day().get().toString());
            }
            json.writeObjectFieldStart("work");
            PricingJson.LINE.write(line.work(), json, provider);
            json.writeEndObject();
            provider.defaultSerializeField("listPrice", line.listPrice(), json);
            json.writeArrayFieldStart("covers");
            for (Cover cover : line.covers()) {
                json.writeStartObject();
                json.writeStringField("by", cover.prepayment().map(PricingJson::kind).orElse("tier"));
                json.writeStringField("quantity", cover.quantity().toPlainString());
                json.writeStringField("unit", cover.unit().name());
                provider.defaultSerializeField("value", cover.value(), json);
                json.writeEndObject();
            }
            json.writeEndArray();
            if (line.overage().isPresent()) {
                json.writeObjectFieldStart("overage");
                json.writeStringField("time", line.overage().get().time().toString());
                provider.defaultSerializeField("rate", line.overage().get().rate(), json);
                json.writeEndObject();
            }
            provider.defaultSerializeField("billed", line.billed(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("totals");
        provider.defaultSerializeField("listPrice", statement.listPrice(), json);
        provider.defaultSerializeField("covered", statement.covered(), json);
        provider.defaultSerializeField("billed", statement.billed(), json);
        json.writeEndObject();
        json.writeArrayFieldStart("remoteHours");
        for (RemoteHoursBalance period : statement.remoteHours()) {
            json.writeStartObject();
            json.writeStringField("from", period.from().toString());
            json.writeStringField("lastDay", period.until().minusDays(1).toString());
            for (var field : java.util.List.of(java.util.Map.entry("granted", period.granted()), java.util.Map.entry("carriedIn",
                    period.carriedIn()), java.util.Map.entry("used", period.used()), java.util.Map.entry("left", period.left()),
                    java.util.Map.entry("carriedOut", period.carriedOut()), java.util.Map.entry("lapsed", period.lapsed()))) {
                json.writeStringField(field.getKey(), field.getValue().toString());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("prepaid");
        for (PrepaidBalance balance : statement.prepaid()) {
            json.writeStartObject();
            json.writeStringField("kind", kind(balance.prepayment()));
            json.writeStringField("lastDay", balance.prepayment().lastDay().toString());
            if (balance instanceof PrepaidBalance.Bank bank) {
                json.writeStringField("hours", bank.prepayment().hours().toString());
                if (bank.prepayment().overageRate().isPresent()) {
                    provider.defaultSerializeField("overageRate", bank.prepayment().overageRate().get(), json);
                }
                writeAll(json, provider, bank.opening(), bank.drawn(), bank.lapsed(), bank.closing());
            } else if (balance instanceof PrepaidBalance.Funds money) {
                provider.defaultSerializeField("amount", money.prepayment().amount(), json);
                writeAll(json, provider, money.opening(), money.drawn(), money.lapsed(), money.closing());
            } else {
                PrepaidBalance.Tickets tickets = (PrepaidBalance.Tickets) balance;
                json.writeNumberField("tickets", tickets.prepayment().tickets());
                writeAll(json, provider, tickets.opening(), tickets.drawn(), tickets.lapsed(), tickets.closing());
            }
            json.writeBooleanField("expired", balance.expired());
            json.writeEndObject();
        }
        json.writeEndArray();
    };

    /** The opening, drawn, lapsed and closing balance, each as its type writes. */
    private static void writeAll(JsonGenerator json, SerializerProvider provider, Object opening, Object drawn, Object lapsed,
            Object closing) throws IOException {
        String[] names = {"opening", "drawn", "lapsed", "closing"};
        Object[] values = {opening, drawn, lapsed, closing};
        for (int i = 0; i < names.length; i++) {
            if (values[i] instanceof Integer count) {
                json.writeNumberField(names[i], count);
            } else if (values[i] instanceof java.time.Duration time) {
                json.writeStringField(names[i], time.toString());
            } else {
                provider.defaultSerializeField(names[i], values[i], json);
            }
        }
    }

    /** What kind of prepayment it is: {@code hours-bank}, {@code retainer} or {@code ticket-pack}. */
    static String kind(Prepayment prepayment) {
        return prepayment instanceof HoursBank ? "hours-bank" : prepayment instanceof Retainer ? "retainer" : "ticket-pack";
    }

    static final Fields<TierComparison> COMPARISON = (comparison, json, provider) ->
            provider.defaultSerializeField("quotes", comparison.quotes(), json);

    /** A contract re-priced: its id, each sheet's outcome, and the change when both priced it. */
    static final Fields<io.github.servicecontract.pricing.reprice.RepricedContract> REPRICED = (contract, json, provider) -> {
        json.writeStringField("contract", contract.id());
        outcome("before", contract.before(), json, provider);
        outcome("after", contract.after(), json, provider);
        if (contract.change().isPresent()) {
            provider.defaultSerializeField("change", contract.change().get(), json);
        }
        if (contract.changePercent().isPresent()) {
            json.writeStringField("changePercent", contract.changePercent().get().toPlainString());
        }
    };

    private static void outcome(String name, io.github.servicecontract.pricing.reprice.RepricedContract.Outcome outcome, JsonGenerator json,
            SerializerProvider provider) throws IOException {
        json.writeObjectFieldStart(name);
        if (outcome instanceof io.github.servicecontract.pricing.reprice.RepricedContract.Priced) {
            io.github.servicecontract.pricing.reprice.RepricedContract.Priced priced =
                    (io.github.servicecontract.pricing.reprice.RepricedContract.Priced) outcome;
            json.writeStringField("status", "PRICED");
            json.writeStringField("day", priced.day().toString());
            provider.defaultSerializeField("firmPrice", priced.firmPrice(), json);
        } else if (outcome instanceof io.github.servicecontract.pricing.reprice.RepricedContract.Refused) {
            json.writeStringField("status", "REFUSED");
            json.writeStringField("reason", ((io.github.servicecontract.pricing.reprice.RepricedContract.Refused) outcome).reason());
        } else {
            json.writeStringField("status", "UNREADABLE");
            json.writeStringField("reason", ((io.github.servicecontract.pricing.reprice.RepricedContract.Unreadable) outcome).reason());
        }
        json.writeEndObject();
    }

    /** An impact report's totals. */
    static final Fields<io.github.servicecontract.pricing.reprice.ImpactSummary> IMPACT = (summary, json, provider) -> {
        json.writeNumberField("contracts", summary.contracts());
        json.writeNumberField("repriced", summary.repriced());
        json.writeNumberField("increased", summary.increased());
        json.writeNumberField("decreased", summary.decreased());
        json.writeNumberField("unchanged", summary.unchanged());
        json.writeNumberField("unreadable", summary.unreadable());
        json.writeNumberField("refusedBefore", summary.refusedBefore());
        json.writeNumberField("refusedAfter", summary.refusedAfter());
        if (summary.totalBefore().isPresent()) {
            provider.defaultSerializeField("totalBefore", summary.totalBefore().get(), json);
            provider.defaultSerializeField("totalAfter", summary.totalAfter().orElseThrow(), json);
        }
        if (summary.changePercent().isPresent()) {
            json.writeStringField("changePercent", summary.changePercent().get().toPlainString());
        }
    };

    static final Fields<RateProblem> PROBLEM = (problem, json, provider) -> {
        json.writeStringField("code", problem.code().name());
        json.writeStringField("severity", problem.severity().name());
        json.writeStringField("location", problem.location());
        json.writeStringField("message", problem.message());
    };

    static final Fields<RateReport> REPORT = (report, json, provider) -> {
        json.writeBooleanField("valid", report.isValid());
        json.writeBooleanField("clean", report.isClean());
        provider.defaultSerializeField("problems", report.problems(), json);
    };
}
