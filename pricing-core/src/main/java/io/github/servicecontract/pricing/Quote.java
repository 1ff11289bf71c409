package io.github.servicecontract.pricing;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A priced contract: its lines in three parts, their totals and the on-demand rate card, all in
 * the rate table's currency, tax-exclusive.
 *
 * <p>The parts ({@link QuotePart}) are the firm price the client commits to for a year
 * (recurring fees and planned usage, with their adjustments and discounts), the one-off charges,
 * and the estimate of on-demand usage priced at the rate card. A billing schedule invoices the
 * firm price and the one-off charges, never the estimate. Each part has its subtotal, and with a
 * {@link Taxation} its tax and payable amount ({@link #taxed}); {@link #committed} is what the
 * invoices of the first year add up to.
 *
 * <p>The {@link #total()} is exactly the sum of the lines' amounts, to the last digit, always,
 * and the sum of the parts' subtotals.
 *
 * <p>For example, DOMAIN.md example 1: recurring 145.00 a month (1,740.00 a year), two planned
 * visits 430.00, prepay discount -108.50: a firm price of 2,061.50 EUR, 2,473.80 EUR with 20 %
 * VAT.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Quote {

    private final PricingContext context;
    private final List<QuoteLine> lines;
    private final List<Supplier<List<RateCardEntry>>> rateCardParts;
    private List<RateCardEntry> rateCard; // racy single-check: an immutable list, the same whichever thread makes it
    private final BigDecimal total;

    /** Made by {@link QuoteDraft}, which keeps the exact sum of the lines as it adds them. */
    Quote(PricingContext context, List<QuoteLine> lines, List<Supplier<List<RateCardEntry>>> rateCardParts, BigDecimal total) {
        this.context = context;
        this.lines = lines;
        this.rateCardParts = rateCardParts;
        this.total = total;
    }

    /**
     * Prices {@code context} with {@code rule}.
     *
     * @param context what the rule reads
     * @param rule the pricing rule, usually composed
     * @return the quote
     */
    public static Quote of(PricingContext context, PricingRule rule) {
        Objects.requireNonNull(rule, "rule");
        return QuoteDraft.of(context).with(rule).toQuote();
    }

    static BigDecimal sum(List<QuoteLine> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        for (QuoteLine line : lines) {
            sum = sum.add(line.decimalAmount());
        }
        return sum;
    }

    /** Returns what was priced. */
    public PricingContext context() {
        return context;
    }

    /** Returns the currency of every amount. */
    public CurrencyUnit currency() {
        return context.currency();
    }

    /** Returns the lines, in the order the rules added them. */
    public List<QuoteLine> lines() {
        return lines;
    }

    /**
     * Returns the lines that match {@code filter}, in order.
     *
     * @param filter which lines
     * @return the matching lines
     */
    public List<QuoteLine> lines(Predicate<QuoteLine> filter) {
        Objects.requireNonNull(filter, "filter");
        return lines.stream().filter(filter).toList();
    }

    /** Returns what each service outside the tier costs this client; made when first read. */
    public List<RateCardEntry> rateCard() {
        List<RateCardEntry> card = rateCard;
        if (card == null) {
            card = QuoteDraft.entries(rateCardParts);
            rateCard = card;
        }
        return card;
    }

    /**
     * Returns the lines of one part of the quote, in order.
     *
     * @param part the firm price, the one-off charges or the estimate
     * @return the part's lines
     */
    public List<QuoteLine> lines(QuotePart part) {
        Objects.requireNonNull(part, "part");
        return lines(line -> line.part() == part);
    }

    /**
     * Returns the subtotal of one part, tax-exclusive: exactly the sum of its lines' amounts.
     *
     * <p>For example, DOMAIN.md example 1's {@link QuotePart#FIRM firm price} is 2,061.50 EUR.
     *
     * @param part the firm price, the one-off charges or the estimate
     * @return the part's subtotal, zero when it has no lines
     */
    public MonetaryAmount subtotal(QuotePart part) {
        Objects.requireNonNull(part, "part");
        return sumOf(line -> line.part() == part);
    }

    /**
     * Returns the firm price for a year, tax-exclusive: the subtotal of {@link QuotePart#FIRM}.
     *
     * <p>For example, a tier at 300.00 a month with 10 % off for paying the year: 3,240.00.
     *
     * @return the firm price per year
     */
    public MonetaryAmount firmPrice() {
        return subtotal(QuotePart.FIRM);
    }

    /**
     * Returns the firm price of one period of {@code frequency}: the yearly firm price times the
     * period's months over twelve, rounded half up to the currency's decimals (a billing schedule
     * splits the year into invoices without losing a cent, so one instalment may differ by the
     * residual).
     *
     * <p>For example, a firm price of 1,610.25 a year is 134.19 a month.
     *
     * @param frequency the billing frequency
     * @return the firm price per period
     */
    public MonetaryAmount firmPricePer(BillingFrequency frequency) {
        return perPeriod(sum(lines(QuotePart.FIRM)), frequency);
    }

    /**
     * Returns one part's subtotal with its tax and payable amount under {@code taxation}, tax
     * computed once on the subtotal.
     *
     * <p>For example, the firm price of a Geneva contract, 1,610.25 CHF, bears 130.43 CHF of VAT
     * and is payable as 1,740.70 CHF under {@code Taxation.standardFor(RegionCode.ofCountry("CH"))}.
     *
     * @param part the firm price, the one-off charges or the estimate
     * @param taxation the tax and cash rounding
     * @return the part's taxed subtotal
     */
    public TaxedAmount taxed(QuotePart part, Taxation taxation) {
        Objects.requireNonNull(taxation, "taxation");
        return taxation.on(subtotal(part));
    }

    /**
     * Returns what the client commits to pay for the first year: the firm price and the one-off
     * charges, each taxed once; the invoices of the first year add up to it, to the cent. The
     * estimate is not included.
     *
     * <p>For example, DOMAIN.md example 1: 2,061.50 + 412.30 = 2,473.80 EUR.
     *
     * @param taxation the tax and cash rounding
     * @return the firm price and one-off charges, with their tax
     */
    public TaxedAmount committed(Taxation taxation) {
        Objects.requireNonNull(taxation, "taxation");
        TaxedAmount committed = null;
        for (QuotePart part : QuotePart.values()) {
            if (part.isInvoiced()) {
                committed = committed == null ? taxed(part, taxation) : committed.plus(taxed(part, taxation));
            }
        }
        return committed;
    }

    /**
     * Returns the total, tax-exclusive: exactly the sum of the lines' amounts, of every part,
     * the estimate included.
     *
     * @return the total
     */
    public MonetaryAmount total() {
        return Amounts.of(total, currency());
    }

    /**
     * Returns the sum of the amounts of the lines that match {@code filter}.
     *
     * @param filter which lines
     * @return their sum
     */
    public MonetaryAmount sumOf(Predicate<QuoteLine> filter) {
        Objects.requireNonNull(filter, "filter");
        return Amounts.of(sum(lines(filter)), currency());
    }

    /**
     * Returns the recurring fee for a year, before discounts: the sum of the lines quoted per
     * month or per year (the recurring fees and the minimum, cap and complexity adjustments made
     * to them). What the client pays for the year is the {@link #firmPrice()}.
     *
     * @return the yearly recurring fee
     */
    public MonetaryAmount recurringPerYear() {
        return sumOf(Quote::isRecurring);
    }

    /**
     * Returns the recurring fee for one period of {@code frequency}: the yearly fee times the
     * period's months over twelve, rounded half up to the currency's decimals (the billing
     * schedule splits a year into invoices without losing a cent).
     *
     * <p>For example, 1,500.00 a year is 375.00 a quarter.
     *
     * @param frequency the billing frequency
     * @return the recurring fee per period
     */
    public MonetaryAmount recurringPer(BillingFrequency frequency) {
        return perPeriod(sum(lines(Quote::isRecurring)), frequency);
    }

    private MonetaryAmount perPeriod(BigDecimal year, BillingFrequency frequency) {
        Objects.requireNonNull(frequency, "frequency");
        int scale = Math.max(0, currency().getDefaultFractionDigits());
        BigDecimal period = year.multiply(BigDecimal.valueOf(frequency.months())).divide(BigDecimal.valueOf(12), scale,
                RoundingMode.HALF_UP);
        return Amounts.of(period, currency());
    }

    /**
     * Returns the recurring fee for one period of the terms' billing frequency.
     *
     * @return the recurring fee per billing period
     */
    public MonetaryAmount recurringPerPeriod() {
        return recurringPer(context.terms().billingFrequency());
    }

    /**
     * Returns the part of the context's usage that no line of this quote prices: the interventions
     * delivered a way that no labour line prices (no {@link CostComponent#ON_SITE_LABOUR} or
     * {@link CostComponent#REMOTE_LABOUR} line, as {@link PricingRules#onSiteLabour()} and
     * {@link PricingRules#remoteLabour()} add for each intervention, billed or included), the remote
     * tickets no {@link CostComponent#REMOTE_TICKET} line prices and the system updates no
     * {@link CostComponent#SYSTEM_UPDATE} line prices.
     *
     * <p>A quote that leaves usage out says less than the client will pay: the command line and the
     * documents refuse it, and a vendor's code should too. For example, a tier priced with
     * {@code flatFee()} alone and a usage of two on-site visits leaves both visits unpriced.
     *
     * @return the unpriced usage, {@link Usage#NONE} when every part of the usage is priced
     */
    public Usage unpricedUsage() {
        Usage usage = context.usage();
        if (usage.equals(Usage.NONE)) {
            return Usage.NONE;
        }
        Usage.Builder unpriced = Usage.builder();
        for (Delivery delivery : Delivery.values()) {
            CostComponent labour = delivery == Delivery.ON_SITE ? CostComponent.ON_SITE_LABOUR : CostComponent.REMOTE_LABOUR;
            if (!usage.interventions(delivery).isEmpty() && !prices(labour)) {
                unpriced.addAllInterventions(usage.interventions(delivery));
            }
        }
        if (usage.remoteTickets() > 0 && !prices(CostComponent.REMOTE_TICKET)) {
            unpriced.remoteTickets(usage.remoteTickets());
        }
        if (usage.systemUpdates() > 0 && !prices(CostComponent.SYSTEM_UPDATE)) {
            unpriced.systemUpdates(usage.systemUpdates());
        }
        return unpriced.build();
    }

    /**
     * Checks that no usage is left unpriced ({@link #unpricedUsage()}), as a document or a schedule
     * made of this quote requires.
     *
     * <p>For example, a tier priced with {@code flatFee()} alone and two on-site visits: "quote of
     * tier bronze leaves 2 on-site interventions unpriced: no rule prices on-site labour".
     *
     * @return this quote
     * @throws IllegalArgumentException naming the tier, the usage left unpriced and what prices it
     */
    public Quote requireUsagePriced() {
        Usage unpriced = unpricedUsage();
        if (unpriced.equals(Usage.NONE)) {
            return this;
        }
        List<String> missing = new ArrayList<>();
        if (!unpriced.interventions(Delivery.ON_SITE).isEmpty()) {
            missing.add("on-site labour");
        }
        if (!unpriced.interventions(Delivery.REMOTE).isEmpty()) {
            missing.add("remote labour");
        }
        if (unpriced.remoteTickets() > 0) {
            missing.add("remote tickets");
        }
        if (unpriced.systemUpdates() > 0) {
            missing.add("system updates");
        }
        throw new IllegalArgumentException("quote of tier " + context.tier().id() + " leaves " + unpriced
                + " unpriced: no rule prices " + String.join(", ", missing));
    }

    /**
     * Returns the services the tier provides and bills on demand ({@code ServiceTier.billedOnDemand()})
     * whose price the rate card does not give: remote support without a {@link CostComponent#REMOTE_LABOUR}
     * or {@link CostComponent#REMOTE_TICKET} entry, on-site visits without an
     * {@link CostComponent#ON_SITE_LABOUR} entry, system updates without a
     * {@link CostComponent#SYSTEM_UPDATE} entry, travel without a trip fee, distance or travel-time
     * entry, monitoring without a monitoring line or entry.
     *
     * <p>A client told that a service is billed when used is owed its price: the documents refuse a
     * quote that leaves one out ({@link #requireOnDemandPriced()}). For example, a tier that bills
     * remote support on demand, priced with {@code onSiteLabour()} and no {@code remoteLabour()},
     * leaves remote support without a price.
     *
     * @return the services without a price, empty when the rate card prices every one
     */
    public Set<ChargeableService> unpricedOnDemand() {
        Set<ChargeableService> unpriced = EnumSet.noneOf(ChargeableService.class);
        Set<ChargeableService> provided = context.tier().providedServices();
        for (ChargeableService service : context.tier().billedOnDemand()) {
            if (provided.contains(service) && !pricesOnDemand(service)) {
                unpriced.add(service);
            }
        }
        return Collections.unmodifiableSet(unpriced);
    }

    /**
     * Checks that the rate card prices every service the tier bills on demand
     * ({@link #unpricedOnDemand()}), as a document made of this quote requires.
     *
     * <p>For example: "quote of tier bronze bills services on demand without their price on the rate
     * card: remote support (remote-labour or remote-tickets)", the rules ({@code remoteLabour()},
     * {@code remoteTickets()}) that would put it there.
     *
     * @return this quote
     * @throws IllegalArgumentException naming the tier, the services and what would price them
     */
    public Quote requireOnDemandPriced() {
        Set<ChargeableService> unpriced = unpricedOnDemand();
        if (unpriced.isEmpty()) {
            return this;
        }
        List<String> missing = new ArrayList<>();
        for (ChargeableService service : unpriced) {
            missing.add(service.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (" + rulesFor(service) + ")");
        }
        throw new IllegalArgumentException("quote of tier " + context.tier().id() + " bills services on demand without their price"
                + " on the rate card: " + String.join(", ", missing));
    }

    /** The rules that put a service's price on the rate card, as the contract file names them. */
    private static String rulesFor(ChargeableService service) {
        switch (service) {
            case REMOTE_SUPPORT:
                return "remote-labour or remote-tickets";
            case ON_SITE_VISIT:
                return "on-site-labour";
            case SYSTEM_UPDATE:
                return "system-updates";
            case TRAVEL:
                return "trip-fee, zones, kilometres, miles or travel-time";
            default:
                return "device-monitoring or site-monitoring";
        }
    }

    private boolean pricesOnDemand(ChargeableService service) {
        List<String> components = onDemandComponents(service);
        for (RateCardEntry entry : rateCard()) {
            if (components.contains(entry.component().id())) {
                return true;
            }
        }
        if (service == ChargeableService.MONITORING) {
            for (QuoteLine line : lines) {
                if (components.contains(line.component().id())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The components whose rate-card entries price a service billed on demand. */
    private static List<String> onDemandComponents(ChargeableService service) {
        switch (service) {
            case REMOTE_SUPPORT:
                return List.of(CostComponent.REMOTE_LABOUR.id(), CostComponent.REMOTE_TICKET.id());
            case ON_SITE_VISIT:
                return List.of(CostComponent.ON_SITE_LABOUR.id());
            case SYSTEM_UPDATE:
                return List.of(CostComponent.SYSTEM_UPDATE.id());
            case TRAVEL:
                return CostComponent.TRAVEL.stream().map(CostComponent::id).toList();
            default:
                return List.of(CostComponent.DEVICE_MONITORING.id(), CostComponent.SITE_MONITORING.id());
        }
    }

    private boolean prices(CostComponent component) {
        for (QuoteLine line : lines) {
            if (line.component().equals(component) && line.category() == QuoteLine.Category.USAGE) {
                return true;
            }
        }
        return false;
    }

    /** Recurring: quoted per month or per year, fees and the adjustments that bound or scale them. */
    private static boolean isRecurring(QuoteLine line) {
        return line.periodicity() != QuoteLine.Periodicity.ONCE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Quote && context.equals(((Quote) other).context) && lines.equals(((Quote) other).lines)
                && rateCard().equals(((Quote) other).rateCard());
    }

    @Override
    public int hashCode() {
        return Objects.hash(context, lines, rateCard());
    }

    @Override
    public String toString() {
        return "Quote[" + context.tier().id() + ", " + lines.size() + " lines, total " + Checks.describe(total()) + "]";
    }
}
