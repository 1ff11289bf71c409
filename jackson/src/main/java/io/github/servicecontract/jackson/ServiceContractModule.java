package io.github.servicecontract.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.servicecontract.model.ClauseId;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Subsystem;
import io.github.servicecontract.model.Term;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.Multiplier;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.QuoteLine;
import io.github.servicecontract.pricing.RateCardEntry;
import io.github.servicecontract.pricing.Role;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.TaxedAmount;
import io.github.servicecontract.pricing.TierComparison;
import io.github.servicecontract.pricing.Trace;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import io.github.servicecontract.pricing.billing.EscalationStep;
import io.github.servicecontract.pricing.billing.Invoice;
import io.github.servicecontract.pricing.ratesheet.RateProblem;
import io.github.servicecontract.pricing.ratesheet.RateReport;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The Jackson module of the library's values, for vendors that store quotes and send them over
 * REST.
 *
 * <p>Register it once: {@code new ObjectMapper().registerModule(new ServiceContractModule())}.
 * Then:
 * <ul>
 *   <li>an amount is {@code {"amount": "2061.50", "currency": "EUR"}}: the amount a decimal
 *       string, exact, with at least its currency's decimals, never a binary floating-point
 *       number (the convention of Zalando's jackson-datatype-money); read back, the amount must
 *       be such a string in the library's decimal grammar and the currency an ISO 4217 code;</li>
 *   <li>small values are strings, written as their {@code toString()} and read by their
 *       {@code parse} or {@code of}: currencies ({@code "EUR"}), tier, clause and subsystem ids,
 *       regions ({@code "FR-69"}), percentages ({@code "5%"}), distances ({@code "18 km"}), terms
 *       ({@code "P12M"}), multipliers ({@code "1.5x"}), roles, cost components, and java.time's
 *       dates, durations, periods and zones in ISO form;</li>
 *   <li>a {@link Quote} is written with its tier, currency, pricing day, firm price, total with
 *       the estimate ({@code totalWithEstimate}), the subtotal of each part, its lines (component, part, category, billing, periodicity,
 *       quantity, unit, unit price, amount and trace) and its rate card; a
 *       {@link BillingSchedule} with its taxation, invoices, escalations and totals; a
 *       {@link TierComparison} as its quotes; a period
 *       {@link io.github.servicecontract.pricing.statement.Statement} with its period, its lines
 *       (id, day, the work at the rate card, list price, covers, overage rate, billed), totals,
 *       remote-hours periods and prepaid balances; a {@link RateReport} with its problems' codes,
 *       severities, locations and messages; a {@link TaxedAmount} with the amount before and
 *       after tax, the cash rounding and what is payable; a {@link ServiceTier} with its service
 *       level, deliveries, monitoring, response times, quotas, the ids of the clauses it
 *       includes and excludes, and what it bills on demand. Unit prices and rates are exact (a rate
 *       of 121.125 stays so, as in the trace); amounts are as the quote rounds them. A trace's
 *       values are strings, amounts excepted: counts and hours as exact decimals, others as
 *       their text.</li>
 * </ul>
 *
 * <p>Quotes, schedules, statements, reports and tiers are written, not read: they are results, priced again from
 * their contract and rate sheet rather than trusted from a file.
 *
 * <p>This class is immutable and thread-safe once registered, as Jackson's modules are.
 */
public final class ServiceContractModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The version of the JSON this module writes, given by the command line's {@code -f JSON} outputs. */
    public static final int FORMAT_VERSION = 1;

    /**
     * The writer attribute that adds to each quote line its {@code label}, as the documents name the line in that
     * {@link java.util.Locale} ({@code "Main-d’œuvre sur site, 10 mars 2026"}): {@code mapper.writer().withAttribute(
     * ServiceContractModule.LABELS, Locale.FRANCE)}. Without it, lines have no label.
     */
    public static final String LABELS = "io.github.servicecontract.jackson.labels";

    /** Creates the module. */
    public ServiceContractModule() {
        super("servicecontract", Version.unknownVersion());
        addSerializer(new AmountJson.Writer());
        addDeserializer(MonetaryAmount.class, new AmountJson.Reader());
        TextJson.register(this, CurrencyUnit.class, CurrencyUnit::getCurrencyCode, Checks::currency, "\"EUR\"");
        TextJson.register(this, TierId.class, TierId::toString, TierId::parse, "\"gold\"");
        TextJson.register(this, ClauseId.class, ClauseId::toString, ClauseId::parse, "\"power-surge\"");
        TextJson.register(this, Subsystem.class, Subsystem::toString, Subsystem::of, "\"lighting\"");
        TextJson.register(this, RegionCode.class, RegionCode::toString, RegionCode::parse, "\"FR-69\"");
        TextJson.register(this, Percentage.class, Percentage::toString, Percentage::parse, "\"5%\"");
        TextJson.register(this, Distance.class, Distance::toString, Distance::parse, "\"18 km\"");
        TextJson.register(this, Term.class, Term::toString, Term::parse, "\"P12M\"");
        TextJson.register(this, Multiplier.class, Multiplier::toString, Multiplier::parse, "\"1.5x\"");
        TextJson.register(this, Role.class, Role::toString, Role::of, "\"TECHNICIAN\"");
        TextJson.register(this, CostComponent.class, CostComponent::id, CostComponent::of, "\"on-site-labour\"");
        TextJson.register(this, LocalDate.class, LocalDate::toString, LocalDate::parse, "an ISO date such as \"2026-01-01\"");
        TextJson.register(this, Duration.class, Duration::toString, Duration::parse, "an ISO duration such as \"PT1H30M\"");
        TextJson.register(this, Period.class, Period::toString, Period::parse, "an ISO period such as \"P1M\"");
        TextJson.register(this, ZoneId.class, ZoneId::getId, ZoneId::of, "a time zone such as \"Europe/Paris\"");
        addSerializer(PricingJson.object(ServiceTier.class, PricingJson.TIER));
        addSerializer(PricingJson.object(Quote.class, PricingJson.QUOTE));
        addSerializer(PricingJson.object(QuoteLine.class, PricingJson.LINE));
        addSerializer(PricingJson.object(Trace.class, PricingJson.TRACE));
        addSerializer(PricingJson.object(RateCardEntry.class, PricingJson.RATE_CARD_ENTRY));
        addSerializer(PricingJson.object(TaxedAmount.class, PricingJson.TAXED));
        addSerializer(PricingJson.object(Taxation.class, PricingJson.TAXATION));
        addSerializer(PricingJson.object(Invoice.class, PricingJson.INVOICE));
        addSerializer(PricingJson.object(EscalationStep.class, PricingJson.ESCALATION));
        addSerializer(PricingJson.object(BillingSchedule.class, PricingJson.SCHEDULE));
        addSerializer(PricingJson.object(TierComparison.class, PricingJson.COMPARISON));
        addSerializer(PricingJson.object(RateProblem.class, PricingJson.PROBLEM));
        addSerializer(PricingJson.object(RateReport.class, PricingJson.REPORT));
        addSerializer(PricingJson.object(io.github.servicecontract.pricing.statement.Statement.class, PricingJson.STATEMENT));
        addSerializer(PricingJson.object(io.github.servicecontract.pricing.reprice.RepricedContract.class, PricingJson.REPRICED));
        addSerializer(PricingJson.object(io.github.servicecontract.pricing.reprice.ImpactSummary.class, PricingJson.IMPACT));
    }
}
