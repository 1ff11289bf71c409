package io.github.servicecontract.i18n;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.Contract;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.EarlyTermination;
import io.github.servicecontract.model.Escalation;
import io.github.servicecontract.model.Monitoring;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.RemoteHoursAllowance;
import io.github.servicecontract.model.Renewal;
import io.github.servicecontract.model.RenewalDates;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.QuoteLine;
import io.github.servicecontract.pricing.QuotePart;
import io.github.servicecontract.pricing.RateCardEntry;
import io.github.servicecontract.pricing.StandardTraceKey;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.TaxedAmount;
import io.github.servicecontract.pricing.TierComparison;
import io.github.servicecontract.pricing.TimeBand;
import io.github.servicecontract.pricing.Trace;
import io.github.servicecontract.pricing.Unit;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import io.github.servicecontract.pricing.billing.Invoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lays out quotes, contracts and tier comparisons for a client, in the client's language: what
 * is sold, what is included and what is not, every price, the rate card, the invoices, the terms
 * and, on request, how every amount was computed.
 *
 * <p>For example, {@code ContractDocuments.quote(quote, Locale.FRANCE, RenderOptions.builder()
 * .taxation(Taxation.of(TaxRate.FRANCE)).build()).render(DocumentFormat.HTML)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContractDocuments {

    private static final List<Document.Align> LINE_COLUMNS = List.of(Document.Align.LEFT, Document.Align.RIGHT,
            Document.Align.RIGHT, Document.Align.RIGHT, Document.Align.LEFT);

    /** The index of the amount column in the table of lines. */
    static final int AMOUNT_COLUMN = 3;

    private ContractDocuments() {}

    /**
     * Lays out a quote: the site, the tier, what is included and not, the lines, the totals, the
     * rate card, the terms and what the options add.
     *
     * @param quote the quote
     * @param locale the client's locale
     * @param options the tax, schedule and detail to show
     * @return the document
     * @throws IllegalArgumentException if the quote leaves usage unpriced ({@link Quote#requireUsagePriced()}) or a
     *     service billed on demand without its price ({@link Quote#requireOnDemandPriced()})
     */
    public static Document quote(Quote quote, Locale locale, RenderOptions options) {
        Objects.requireNonNull(quote, "quote").requireUsagePriced().requireOnDemandPriced();
        Objects.requireNonNull(options, "options");
        Messages words = Messages.of(locale);
        List<Document.Block> blocks = new ArrayList<>();
        options.issuer().ifPresent(issuer -> blocks.add(DocumentSections.letterhead(words, issuer)));
        blocks.add(new Document.Heading(1, words.text(TextKey.QUOTE_TITLE)));
        options.reference().ifPresent(reference -> blocks.addAll(DocumentSections.reference(words, reference,
                TextKey.QUOTE_REFERENCE)));
        options.client().ifPresent(client -> blocks.add(DocumentSections.client(words, client)));
        body(blocks, words, quote, options.client(), quote.context().tier().clauses(), options);
        blocks.addAll(DocumentSections.specificApproval(words, quote.context().site(), quote.context().terms(),
                quote.context().tier().clauses(), options.client()));
        return Document.of(locale, blocks);
    }

    /**
     * Lays out a contract summary, in its client's language: as a quote, with the client, the
     * add-ons' clauses and the title of a contract.
     *
     * @param contract the contract
     * @param quote the contract's quote: of its site and tier
     * @param options the tax, schedule and detail to show
     * @return the document
     * @throws IllegalArgumentException if the quote prices another site or tier, or leaves usage
     *     unpriced ({@link Quote#requireUsagePriced()}) or a
     *     service billed on demand without its price ({@link Quote#requireOnDemandPriced()})
     */
    public static Document contract(Contract contract, Quote quote, RenderOptions options) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(quote, "quote");
        if (!quote.context().tier().equals(contract.tier()) || !quote.context().site().equals(contract.site())) {
            throw new IllegalArgumentException("quote must price the contract's site and tier " + contract.tier().id()
                    + ", was " + quote.context().tier().id());
        }
        quote.requireUsagePriced().requireOnDemandPriced();
        Client client = contract.client();
        if (options.client().isPresent() && !options.client().get().equals(client)) {
            throw new IllegalArgumentException("options.client must be the contract's client " + client.name() + ", was "
                    + options.client().get().name());
        }
        Locale locale = client.locale();
        Messages words = Messages.of(locale);
        List<Document.Block> blocks = new ArrayList<>();
        options.issuer().ifPresent(issuer -> blocks.add(DocumentSections.letterhead(words, issuer)));
        blocks.add(new Document.Heading(1, words.text(TextKey.CONTRACT_TITLE)));
        // a contract is signed, not an offer that expires: its number and date without the validity
        options.reference().ifPresent(reference -> blocks.addAll(DocumentSections.reference(words,
                DocumentReference.of(reference.number(), reference.issued()), TextKey.CONTRACT_REFERENCE)));
        blocks.add(DocumentSections.client(words, client));
        body(blocks, words, quote, Optional.of(client), contract.clauses(), options);
        blocks.addAll(DocumentSections.specificApproval(words, contract.site(), contract.terms(), contract.clauses(),
                Optional.of(client)));
        return Document.of(locale, blocks);
    }

    /**
     * Lays out the notice that a contract will renew, in its client's language, as
     * {@link #renewalNotice(Contract, LocalDate, RenderOptions)} without a letterhead.
     *
     * @param contract the contract, with a fixed term that renews automatically
     * @param day the day the notice is sent
     * @return the document
     * @throws IllegalArgumentException if the contract does not renew automatically, or is not
     *     running on {@code day}
     */
    public static Document renewalNotice(Contract contract, LocalDate day) {
        return renewalNotice(contract, day, RenderOptions.SUMMARY);
    }

    /**
     * Lays out the notice, sent on {@code day}, that a contract will renew, in its client's
     * language, as a letter: the integrator's letterhead and the date, the client, the site and the
     * tier, a salutation, the term's last day, the renewal date and the renewed term, the last day to object in a box, and
     * how to object (by letter to the integrator's address or by e-mail), a closing and the
     * integrator's name. The term is the one whose
     * last day to object is still to come on {@code day}: a notice sent after that day of the
     * running term is about the next one, so that its deadline is never already past.
     *
     * <p>For a French consumer (a site in France, a client buying as a consumer), the consumer
     * code's article L. 215-1 obliges the integrator to send this information between three months
     * and one month before the last day to object
     * ({@link RenewalDates#frenchConsumerInformationWindow()}): sent in that window, the notice cites
     * the article; sent outside it, the notice says that it is not that information and when that
     * will come. Nowhere else does a notice cite a law (Switzerland has no statutory notice).
     *
     * <p>For example, DOMAIN.md example 1 on 2026-10-01: the contract runs until 31 December 2026
     * and renews on 1 January 2027 for 12 months, unless the client objects by 1 December 2026.
     *
     * @param contract the contract, with a fixed term that renews automatically
     * @param day the day the notice is sent
     * @param options the issuer, whose name, address and e-mail say where to object
     * @return the document
     * @throws IllegalArgumentException if the contract does not renew automatically, or is not
     *     running on {@code day}
     */
    public static Document renewalNotice(Contract contract, LocalDate day, RenderOptions options) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(options, "options");
        ContractTerms terms = contract.terms();
        RenewalDates dates = RenewalDates.of(terms, day);
        LocalDate renewal = dates.renewalDate().orElseThrow(() -> new IllegalArgumentException(
                "terms.renewal must be AUTOMATIC to have a renewal notice, was " + terms.renewal()));
        if (day.isAfter(dates.lastDayToCancel().orElseThrow())) {
            // too late to object to this renewal: the notice is about the next one
            dates = RenewalDates.of(terms, renewal);
            renewal = dates.renewalDate().orElseThrow();
        }
        LocalDate deadline = dates.lastDayToCancel().orElseThrow();
        Locale locale = contract.client().locale();
        Messages words = Messages.of(locale);
        List<Document.Block> blocks = new ArrayList<>();
        options.issuer().ifPresent(issuer -> blocks.add(DocumentSections.letterhead(words, issuer)));
        blocks.add(new Document.Heading(1, words.text(TextKey.RENEWAL_NOTICE_TITLE)));
        blocks.add(new Document.Paragraph(words.text(TextKey.NOTICE_DATED, words.date(day))));
        blocks.add(DocumentSections.client(words, contract.client()));
        blocks.add(new Document.BulletList(List.of(words.labelled(words.text(TextKey.SITE), contract.site().name()),
                words.labelled(words.text(TextKey.TIER), words.tierName(contract.tier())))));
        blocks.add(new Document.Paragraph(words.text(TextKey.RENEWAL_NOTICE_SALUTATION)));
        blocks.add(new Document.Paragraph(words.text(TextKey.RENEWAL_NOTICE_TERM, words.date(dates.endOfTerm()), words.date(renewal),
                words.text(TextKey.MONTHS, terms.term().months().getAsInt()))));
        blocks.add(new Document.Callout(words.text(TextKey.RENEWAL_DEADLINE_BOX, words.date(deadline))));
        blocks.add(new Document.Paragraph(words.text(TextKey.RENEWAL_NOTICE_CANCEL, words.date(deadline),
                words.period(terms.cancellationNotice()))));
        blocks.add(new Document.Paragraph(DocumentSections.cancellation(words, options.issuer())
                .orElseGet(() -> words.text(TextKey.RENEWAL_HOW_TO_OBJECT))));
        if (contract.site().region().country().equals("FR") && contract.client().capacity() == Client.Capacity.CONSUMER) {
            io.github.servicecontract.model.DateWindow window = dates.frenchConsumerInformationWindow().orElseThrow();
            // sent early, the article's information is still to come; sent late, the consumer may end the contract free of
            // charge at any time from the renewal date (L. 215-1, second paragraph)
            TextKey law = window.contains(day) ? TextKey.RENEWAL_NOTICE_FRENCH_LAW : day.isBefore(window.firstDay())
                    ? TextKey.RENEWAL_NOTICE_OUTSIDE_FRENCH_WINDOW : TextKey.RENEWAL_NOTICE_LATE_FRENCH;
            blocks.add(new Document.Paragraph(words.text(law, words.date(window.firstDay()), words.date(window.lastDay()),
                    words.date(renewal))));
        }
        blocks.add(new Document.Paragraph(words.text(TextKey.RENEWAL_NOTICE_CLOSING)));
        options.issuer().ifPresent(issuer -> blocks.add(new Document.Paragraph(issuer.name())));
        return Document.of(locale, blocks);
    }

    /**
     * Lays out a tier comparison side by side: one column per tier, with service level,
     * coverage, response times, what each includes and what it bills when used, and the prices
     * for a year, before tax.
     *
     * @param comparison the priced tiers
     * @param locale the client's locale
     * @return the document
     * @throws IllegalArgumentException if a tier's quote leaves usage unpriced ({@link Quote#requireUsagePriced()}) or a
     *     service billed on demand without its price ({@link Quote#requireOnDemandPriced()})
     */
    public static Document comparison(TierComparison comparison, Locale locale) {
        return comparison(comparison, locale, Optional.empty());
    }

    /**
     * Lays out a tier comparison side by side, as {@link #comparison(TierComparison, Locale)},
     * with the tax on each tier's firm price and one-off charges and what is payable: what a
     * consumer compares (in France, prices shown to a consumer include tax).
     *
     * @param comparison the priced tiers
     * @param locale the client's locale
     * @param taxation the tax and cash rounding of each tier's price
     * @return the document
     * @throws IllegalArgumentException if a tier's quote leaves usage unpriced ({@link Quote#requireUsagePriced()}) or a
     *     service billed on demand without its price ({@link Quote#requireOnDemandPriced()})
     */
    public static Document comparison(TierComparison comparison, Locale locale, Taxation taxation) {
        return comparison(comparison, locale, Optional.of(Objects.requireNonNull(taxation, "taxation")));
    }

    private static Document comparison(TierComparison comparison, Locale locale, Optional<Taxation> tax) {
        Objects.requireNonNull(comparison, "comparison");
        Messages words = Messages.of(locale);
        List<Quote> quotes = comparison.quotes();
        quotes.forEach(quote -> quote.requireUsagePriced().requireOnDemandPriced());
        List<String> header = new ArrayList<>();
        header.add(words.text(TextKey.COLUMN_TIER));
        quotes.forEach(q -> header.add(words.tierName(q.context().tier())));
        List<Document.Align> aligns = new ArrayList<>();
        aligns.add(Document.Align.LEFT);
        quotes.forEach(q -> aligns.add(Document.Align.LEFT));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(words.text(TextKey.SERVICE_LEVEL), quotes, q -> words.label(q.context().tier().serviceLevel())));
        rows.add(row(words.text(TextKey.DELIVERY), quotes, q -> deliveries(words, q.context().tier())));
        rows.add(row(words.text(TextKey.COVERAGE), quotes, q -> words.coverage(q.context().tier().coverage())));
        rows.add(row(words.text(TextKey.RESPONSE_REMOTE_LABEL), quotes, q -> q.context().tier().remoteResponseTime()
                .map(time -> words.text(TextKey.WITHIN, words.duration(time))).orElse("—")));
        rows.add(row(words.text(TextKey.RESPONSE_ON_SITE_LABEL), quotes, q -> q.context().tier().onSiteResponseTime()
                .map(time -> words.text(TextKey.WITHIN, words.duration(time))).orElse("—")));
        rows.add(row(words.text(TextKey.MONITORING), quotes, q -> words.label(q.context().tier().monitoring())));
        rows.add(row(words.text(TextKey.INCLUDED_HEADING), quotes, q -> q.context().tier().inclusions().isEmpty() ? "—"
                : words.series(q.context().tier().inclusions().stream().map(c -> inclusion(words, c, q.context().tier())).toList())));
        rows.add(row(words.text(TextKey.BILLED_WHEN_USED), quotes, q -> q.context().tier().billedOnDemand().isEmpty() ? "—"
                : words.list(q.context().tier().billedOnDemand().stream().sorted().map(words::label).toList())));
        int prices = rows.size(); // the rows from here on are prices, which stay in the table even when equal
        rows.add(row(words.text(TextKey.FIRM_PRICE_PER_YEAR), quotes, q -> words.money(q.firmPrice())));
        boolean oneOff = quotes.stream().anyMatch(q -> !q.lines(QuotePart.ONE_OFF).isEmpty());
        boolean estimate = quotes.stream().anyMatch(q -> !q.lines(QuotePart.ESTIMATE).isEmpty());
        if (oneOff) {
            rows.add(row(words.text(TextKey.ONE_OFF_HEADING), quotes, q -> words.money(q.subtotal(QuotePart.ONE_OFF))));
        }
        tax.ifPresent(taxation -> {
            rows.add(row(words.tax(taxation.rate()), quotes, q -> words.money(q.committed(taxation).tax())));
            if (quotes.stream().anyMatch(q -> !q.committed(taxation).cashRounding().isZero())) {
                rows.add(row(words.text(TextKey.CASH_ROUNDING), quotes, q -> words.money(q.committed(taxation).cashRounding())));
            }
            rows.add(row(words.text(TextKey.TOTAL_INCLUDING_TAX), quotes, q -> words.money(q.committed(taxation).payable())));
        });
        if (estimate) {
            rows.add(row(words.text(TextKey.ESTIMATE_EXCLUDING_TAX), quotes, q -> words.money(q.subtotal(QuotePart.ESTIMATE))));
            rows.add(row(words.text(TextKey.TOTAL_EXPECTED), quotes, q -> words.money(q.total())));
        }
        // a row the same for every tier says nothing to compare: it is said once, below the table
        List<List<String>> differing = new ArrayList<>();
        List<String> same = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (r < prices && quotes.size() > 1 && row.subList(1, row.size()).stream().distinct().count() == 1) {
                same.add(words.labelled(row.get(0), row.get(1)));
            } else {
                differing.add(row);
            }
        }
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Heading(1, words.text(TextKey.COMPARISON_TITLE)));
        blocks.add(new Document.Paragraph(quotes.get(0).context().site().name()));
        blocks.add(new Document.Table(header, aligns, differing));
        if (!same.isEmpty()) {
            blocks.add(new Document.Paragraph(words.text(TextKey.SAME_FOR_EVERY_TIER, words.series(same))));
        }
        return Document.of(locale, blocks);
    }

    /**
     * Lays out a billing schedule on its own: the invoices with their periods, amounts, taxes and
     * totals, and the sums; for an open-ended contract, the day from which invoicing continues.
     *
     * @param schedule the invoices
     * @param locale the client's locale
     * @return the document
     */
    public static Document schedule(BillingSchedule schedule, Locale locale) {
        Objects.requireNonNull(schedule, "schedule");
        Messages words = Messages.of(locale);
        List<Document.Block> blocks = new ArrayList<>();
        schedule(blocks, words, schedule);
        blocks.set(0, new Document.Heading(1, words.text(TextKey.SCHEDULE_HEADING)));
        List<List<String>> sums = new ArrayList<>();
        sums.add(List.of(words.text(TextKey.TOTAL_EXCLUDING_TAX), words.money(schedule.totalExcludingTax())));
        sums.add(List.of(words.tax(schedule.taxation().rate()), words.money(schedule.totalTax())));
        if (!schedule.totalCashRounding().isZero()) {
            sums.add(List.of(words.text(TextKey.CASH_ROUNDING), words.money(schedule.totalCashRounding())));
        }
        sums.add(List.of(words.text(TextKey.TOTAL_INCLUDING_TAX), words.money(schedule.totalIncludingTax())));
        blocks.add(amountTable(words, sums));
        notes(blocks, words, schedule);
        return Document.of(locale, blocks);
    }

    private static List<String> row(String label, List<Quote> quotes, Function<Quote, String> cell) {
        List<String> row = new ArrayList<>();
        row.add(label);
        quotes.forEach(q -> row.add(cell.apply(q)));
        return row;
    }

    private static void body(List<Document.Block> blocks, Messages words, Quote quote, Optional<Client> client,
            List<Clause> clauses, RenderOptions options) {
        Site site = quote.context().site();
        ServiceTier tier = quote.context().tier();
        List<String> facts = new ArrayList<>();
        facts.add(words.labelled(words.text(TextKey.SITE), site.name() + " ("
                + words.text(TextKey.DISTANCE_FROM_BASE, words.distance(site.distanceFromBase())) + ")"));
        facts.add(words.labelled(words.text(TextKey.TIER), words.tierName(tier) + " — " + words.label(tier.serviceLevel()) + ", "
                + deliveries(words, tier)));
        facts.add(words.labelled(words.text(TextKey.COVERAGE), words.coverage(tier.coverage())));
        tier.remoteResponseTime().ifPresent(t -> facts.add(words.text(TextKey.RESPONSE_REMOTE, words.duration(t))));
        tier.onSiteResponseTime().ifPresent(t -> facts.add(words.text(TextKey.RESPONSE_ON_SITE, words.duration(t))));
        if (tier.monitoring() != Monitoring.NONE) {
            facts.add(words.labelled(words.text(TextKey.MONITORING), words.label(tier.monitoring())));
        }
        blocks.add(new Document.BulletList(facts));
        blocks.addAll(DocumentSections.equipment(words, site, quote.context().terms()));

        List<String> included = new ArrayList<>();
        clauses.stream().filter(Clause::isInclusion).forEach(c -> included.add(inclusion(words, c, tier)));
        tier.perks().benefits().forEach(b -> included.add(words.label(b)));
        if (!included.isEmpty()) {
            blocks.add(new Document.Heading(2, words.text(TextKey.INCLUDED_HEADING)));
            blocks.add(new Document.BulletList(included));
        }
        List<String> excluded = clauses.stream().filter(c -> !c.isInclusion()).map(words::clause).toList();
        if (!excluded.isEmpty()) {
            blocks.add(new Document.Heading(2, words.text(TextKey.EXCLUDED_HEADING)));
            blocks.add(new Document.BulletList(excluded));
        }

        ContractTerms terms = quote.context().terms();
        blocks.add(new Document.Heading(2, words.text(TextKey.FIRM_PRICE_HEADING)));
        blocks.add(lineTable(words, quote.lines(QuotePart.FIRM)));
        List<QuoteLine> oneOff = quote.lines(QuotePart.ONE_OFF);
        if (!oneOff.isEmpty()) {
            blocks.add(new Document.Heading(3, words.text(TextKey.ONE_OFF_HEADING)));
            blocks.add(lineTable(words, oneOff));
        }
        List<List<String>> totals = new ArrayList<>();
        if (terms.billingFrequency() != BillingFrequency.ANNUAL) {
            totals.add(List.of(words.text(TextKey.FIRM_PRICE_PER_PERIOD, words.per(terms.billingFrequency())),
                    words.money(quote.firmPricePer(terms.billingFrequency()))));
        }
        totals.add(List.of(words.text(TextKey.FIRM_PRICE_PER_YEAR), words.money(quote.firmPrice())));
        if (!oneOff.isEmpty()) {
            totals.add(List.of(words.text(TextKey.ONE_OFF_HEADING), words.money(quote.subtotal(QuotePart.ONE_OFF))));
            totals.add(List.of(words.text(TextKey.TOTAL_EXCLUDING_TAX), words.money(quote.firmPrice()
                    .add(quote.subtotal(QuotePart.ONE_OFF)))));
        }
        options.totalsTaxation().ifPresent(taxation -> taxRows(totals, words, taxation, quote.committed(taxation),
                TextKey.TOTAL_INCLUDING_TAX));
        blocks.add(amountTable(words, totals));

        List<QuoteLine> estimate = quote.lines(QuotePart.ESTIMATE);
        if (!estimate.isEmpty()) {
            blocks.add(new Document.Heading(2, words.text(TextKey.ESTIMATE_HEADING)));
            blocks.add(new Document.Paragraph(words.text(TextKey.ESTIMATE_INTRO)));
            blocks.add(lineTable(words, estimate));
            List<List<String>> estimated = new ArrayList<>();
            estimated.add(List.of(words.text(TextKey.ESTIMATE_EXCLUDING_TAX), words.money(quote.subtotal(QuotePart.ESTIMATE))));
            options.totalsTaxation().ifPresent(taxation -> taxRows(estimated, words, taxation,
                    quote.taxed(QuotePart.ESTIMATE, taxation), TextKey.ESTIMATE_INCLUDING_TAX));
            blocks.add(amountTable(words, estimated));
        }

        if (!quote.rateCard().isEmpty()) {
            rateCard(blocks, words, quote.rateCard());
        }

        options.schedule().ifPresent(schedule -> {
            schedule(blocks, words, schedule);
            notes(blocks, words, schedule);
        });

        blocks.add(new Document.Heading(2, words.text(TextKey.TERMS_HEADING)));
        List<String> conditions = terms(words, terms);
        DocumentSections.cancellation(words, options.issuer()).ifPresent(conditions::add);
        blocks.add(new Document.BulletList(conditions));
        blocks.addAll(DocumentSections.support(words, options.issuer(), tier));
        blocks.addAll(DocumentSections.acceptance(words, client, options.issuer()));

        if (options.detail() == RenderOptions.Detail.EXPLAINED) {
            blocks.add(new Document.Heading(2, words.text(TextKey.EXPLANATION_HEADING)));
            List<QuoteLine> explained = new ArrayList<>();
            for (QuotePart part : QuotePart.values()) {
                explained.addAll(inDateOrder(quote.lines(part)));
            }
            blocks.add(new Document.BulletList(explained.stream().map(line -> explanation(words, line)).toList()));
        }
    }

    /**
     * The lines of a part, in date order (undated fees before, adjustments after, as priced), with a
     * billing column only when the lines differ in it (an included visit beside billed ones).
     */
    private static Document.Table lineTable(Messages words, List<QuoteLine> lines) {
        List<QuoteLine> ordered = inDateOrder(lines);
        // the billing column says something only when a line is included: then every line says which it is
        boolean mixed = ordered.stream().anyMatch(line -> !line.isBilled());
        // the days whose travel is billed: an included visit on such a day says so, not to read as free altogether
        java.util.Set<LocalDate> billedTravel = new java.util.HashSet<>();
        for (QuoteLine line : ordered) {
            if (line.isBilled() && line.component().isTravel()) {
                day(line).ifPresent(billedTravel::add);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (QuoteLine line : ordered) {
            Optional<String> ofBase = percentageOfBase(words, line);
            boolean travelBilled = !line.isBilled() && !line.component().isTravel() && day(line).map(billedTravel::contains)
                    .orElse(false);
            String item = travelBilled ? words.text(TextKey.ITEM_INCLUDED_TRAVEL_BILLED, item(words, line)) : item(words, line);
            List<String> row = new ArrayList<>(List.of(ofBase.map(base -> words.text(TextKey.ITEM_PERCENTAGE_OF, item,
                    base)).orElse(item), ofBase.isPresent() ? "" : words.quantity(line.quantity(), line.unit()),
                    ofBase.isPresent() ? "" : unitPrice(words, line), words.money(line.amount())));
            if (mixed) {
                row.add(words.text(line.isBilled() ? TextKey.BILLED : TextKey.INCLUDED));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of(words.text(TextKey.COLUMN_ITEM), words.text(TextKey.COLUMN_QUANTITY),
                words.text(TextKey.COLUMN_UNIT_PRICE), words.text(TextKey.COLUMN_AMOUNT)));
        if (mixed) {
            header.add(words.text(TextKey.COLUMN_BILLING));
        }
        return new Document.Table(header, LINE_COLUMNS.subList(0, header.size()), rows);
    }

    /**
     * The lines in date order: the lines before the first dated one as they are, the dated ones
     * sorted by their day (a visit before its travel, as priced), then the others.
     */
    static List<QuoteLine> inDateOrder(List<QuoteLine> lines) {
        List<QuoteLine> before = new ArrayList<>();
        List<QuoteLine> dated = new ArrayList<>();
        List<QuoteLine> after = new ArrayList<>();
        for (QuoteLine line : lines) {
            if (day(line).isPresent()) {
                dated.add(line);
            } else {
                (dated.isEmpty() ? before : after).add(line);
            }
        }
        dated.sort(java.util.Comparator.comparing(line -> day(line).orElseThrow()));
        List<QuoteLine> ordered = new ArrayList<>(before);
        ordered.addAll(dated);
        ordered.addAll(after);
        return ordered;
    }

    static Optional<LocalDate> day(QuoteLine line) {
        return line.trace().valueOf(StandardTraceKey.DAY).filter(LocalDate.class::isInstance).map(LocalDate.class::cast);
    }

    /** "5 % de 2 170,00 €" for a percentage discount, whose quantity and unit price would say nothing. */
    private static Optional<String> percentageOfBase(Messages words, QuoteLine line) {
        Trace trace = line.trace();
        Optional<Object> base = trace.valueOf(StandardTraceKey.BASE);
        Optional<Object> percentage = trace.valueOf(StandardTraceKey.PERCENTAGE);
        if (line.category() != QuoteLine.Category.DISCOUNT || base.isEmpty() || percentage.isEmpty()
                || !(base.get() instanceof javax.money.MonetaryAmount) || !(percentage.get() instanceof Percentage)) {
            return Optional.empty();
        }
        // only when the amount is that percentage of that base, to the currency's rounding: a discount capped at what it
        // could take reads as its amount
        BigDecimal share = ((javax.money.MonetaryAmount) base.get()).getNumber().numberValueExact(BigDecimal.class)
                .multiply(((Percentage) percentage.get()).fraction());
        BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(Math.max(0, line.amount().getCurrency().getDefaultFractionDigits()));
        if (share.subtract(line.amount().negate().getNumber().numberValueExact(BigDecimal.class)).abs().compareTo(minorUnit) >= 0) {
            return Optional.empty();
        }
        return Optional.of(words.text(TextKey.PERCENTAGE_OF, words.percentage((Percentage) percentage.get()),
                words.money((javax.money.MonetaryAmount) base.get())));
    }

    /**
     * How a line's amount was computed, under the name the table gives it, down to the amount
     * shown: a monthly fee adds "60,00 € × 12 mois = 720,00 €".
     */
    private static String explanation(Messages words, QuoteLine line) {
        String steps = words.explainSteps(line.trace());
        String name = item(words, line);
        Optional<Object> perMonth = line.trace().valueOf(StandardTraceKey.PER_MONTH);
        // "× 12 mois" only when twelve of the monthly amount shown are the year's: a monthly amount finer than the currency is not shown so
        if (line.periodicity() == QuoteLine.Periodicity.MONTHLY && perMonth.isPresent()
                && perMonth.get() instanceof javax.money.MonetaryAmount
                && ((javax.money.MonetaryAmount) perMonth.get()).multiply(12).isEqualTo(line.amount())
                && ((javax.money.MonetaryAmount) perMonth.get()).getNumber().numberValueExact(BigDecimal.class).stripTrailingZeros().scale()
                        <= Math.max(0, line.amount().getCurrency().getDefaultFractionDigits())) {
            String year = words.text(TextKey.TWELVE_MONTHS, words.money((javax.money.MonetaryAmount) perMonth.get()),
                    words.money(line.amount()));
            steps = steps.isEmpty() ? year : words.series(List.of(steps, year));
        }
        return steps.isEmpty() ? name : words.labelled(name, steps);
    }

    static Document.Table amountTable(Messages words, List<List<String>> rows) {
        return new Document.Table(List.of("", words.text(TextKey.COLUMN_AMOUNT)), List.of(Document.Align.LEFT,
                Document.Align.RIGHT), rows);
    }

    /** The tax of a taxed amount, its cash rounding when there is one, and what is payable, under {@code total}. */
    static void taxRows(List<List<String>> rows, Messages words, Taxation taxation, TaxedAmount taxed, TextKey total) {
        rows.add(List.of(words.tax(taxation.rate()), words.money(taxed.tax())));
        if (!taxed.cashRounding().isZero()) {
            rows.add(List.of(words.text(TextKey.CASH_ROUNDING), words.money(taxed.cashRounding())));
        }
        rows.add(List.of(words.text(total), words.money(taxed.payable())));
    }

    /**
     * An included clause; the remote-support allowance with its period and what happens to unused
     * time ("Assistance à distance, jusqu’à 1 h par mois, non reportable d’une période à l’autre"),
     * with its cap when unused time carries over up to one.
     */
    private static String inclusion(Messages words, Clause clause, ServiceTier tier) {
        String text = words.clause(clause);
        RemoteHoursAllowance allowance = tier.quotas().remoteHours();
        if (clause.id().equals(StandardClause.REMOTE_SUPPORT.id()) && clause.customText().isEmpty() && !allowance.hours().isZero()) {
            String unused = allowance.rolloverCap().map(cap -> words.text(TextKey.ROLLOVER_CAPPED, words.duration(cap)))
                    .orElseGet(() -> words.label(allowance.rollover()));
            return words.text(TextKey.ALLOWANCE, text, words.label(allowance.period()), unused);
        }
        return text;
    }

    private static String deliveries(Messages words, ServiceTier tier) {
        return words.list(tier.deliveries().stream().sorted().map(words::label).toList());
    }

    /**
     * A line's item: its component, with the premium band of a labour line ("Main-d’œuvre sur
     * site, samedi") or the bracket of a bracketed fee ("Subscription per device, above 25"), as
     * its trace records them; a bracket's flat amount reads as such ("Monitoring per camera, flat fee above 8").
     */
    static String item(Messages words, QuoteLine line) {
        String item = itemName(words, line);
        Optional<LocalDate> day = day(line);
        return day.isPresent() ? words.text(TextKey.ITEM_ON_DAY, item, words.date(day.get())) : item;
    }

    private static String itemName(Messages words, QuoteLine line) {
        String name = words.component(line.component());
        Trace trace = line.trace();
        Optional<Object> band = trace.valueOf(StandardTraceKey.BAND);
        if (band.isPresent() && band.get() instanceof TimeBand && ((TimeBand) band.get()).isPremium()) {
            return words.text(TextKey.SERVICE_IN_BAND, name, words.label((TimeBand) band.get()));
        }
        if (trace.valueOf(StandardTraceKey.BRACKET_FLAT).isPresent()) {
            Optional<Object> from = trace.valueOf(StandardTraceKey.BRACKET_ABOVE);
            return from.isPresent() && from.get() instanceof BigDecimal && ((BigDecimal) from.get()).signum() > 0
                    ? words.text(TextKey.ITEM_BRACKET_FLAT_ABOVE, name, words.number((BigDecimal) from.get()))
                    : words.text(TextKey.ITEM_BRACKET_FLAT, name);
        }
        Optional<Object> upTo = trace.valueOf(StandardTraceKey.BRACKET_UP_TO);
        if (upTo.isPresent() && upTo.get() instanceof BigDecimal) {
            return words.text(TextKey.ITEM_BRACKET_UP_TO, name, words.number((BigDecimal) upTo.get()));
        }
        Optional<Object> above = trace.valueOf(StandardTraceKey.BRACKET_ABOVE);
        if (above.isPresent() && above.get() instanceof BigDecimal) {
            return words.text(TextKey.ITEM_BRACKET_ABOVE, name, words.number((BigDecimal) above.get()));
        }
        return name;
    }

    static String unitPrice(Messages words, QuoteLine line) {
        String price = words.price(line.unitPrice());
        switch (line.periodicity()) {
            case MONTHLY:
                return words.text(TextKey.PER_MONTH, price);
            case YEARLY:
                return words.text(TextKey.PER_YEAR, price);
            default:
                return line.unit() == Unit.HOUR || line.unit() == Unit.KILOMETRE || line.unit() == Unit.MILE
                        ? words.text(TextKey.PRICE_PER_UNIT, price, words.unitName(line.unit())) : price;
        }
    }

    private static void schedule(List<Document.Block> blocks, Messages words, BillingSchedule schedule) {
        blocks.add(new Document.Heading(2, words.text(TextKey.SCHEDULE_HEADING)));
        blocks.add(invoiceTable(words, schedule.invoices(), schedule.taxation()));
    }

    /** Invoices, a row each: number, day of issue, due date when it differs, period, amount, tax, cash rounding when any, total. */
    static Document.Table invoiceTable(Messages words, List<Invoice> invoices, Taxation taxation) {
        boolean rounded = invoices.stream().anyMatch(invoice -> !invoice.cashRounding().isZero());
        boolean due = invoices.stream().anyMatch(invoice -> !invoice.due().equals(invoice.issued()));
        List<List<String>> rows = new ArrayList<>();
        for (Invoice invoice : invoices) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(invoice.number()), words.date(invoice.issued())));
            if (due) {
                row.add(words.date(invoice.due()));
            }
            row.addAll(List.of(words.text(TextKey.PERIOD, words.date(invoice.covers().firstDay()),
                    words.date(invoice.covers().lastDay())), words.money(invoice.amount()), words.money(invoice.tax())));
            if (rounded) {
                row.add(words.money(invoice.cashRounding()));
            }
            row.add(words.money(invoice.total()));
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of(words.text(TextKey.COLUMN_INVOICE), words.text(TextKey.COLUMN_ISSUED)));
        List<Document.Align> aligns = new ArrayList<>(List.of(Document.Align.RIGHT, Document.Align.LEFT));
        if (due) {
            header.add(words.text(TextKey.COLUMN_DUE));
            aligns.add(Document.Align.LEFT);
        }
        header.addAll(List.of(words.text(TextKey.COLUMN_PERIOD), words.text(TextKey.COLUMN_AMOUNT),
                words.tax(taxation.rate())));
        aligns.addAll(List.of(Document.Align.LEFT, Document.Align.RIGHT, Document.Align.RIGHT));
        if (rounded) {
            header.add(words.text(TextKey.CASH_ROUNDING));
            aligns.add(Document.Align.RIGHT);
        }
        header.add(words.text(TextKey.COLUMN_TOTAL));
        aligns.add(Document.Align.RIGHT);
        return new Document.Table(header, aligns, rows);
    }

    /**
     * The prices of services beyond the tier: beside the standard prices when a member price
     * differs from one, else one column of prices, with nothing to compare.
     */
    private static void rateCard(List<Document.Block> blocks, Messages words, List<RateCardEntry> entries) {
        boolean memberPrices = entries.stream().anyMatch(entry -> !entry.price().isEqualTo(entry.standardPrice()));
        blocks.add(new Document.Heading(2, words.text(TextKey.RATE_CARD_HEADING)));
        blocks.add(new Document.Paragraph(words.text(memberPrices ? TextKey.RATE_CARD_INTRO : TextKey.RATE_CARD_INTRO_STANDARD)));
        List<List<String>> card = new ArrayList<>();
        for (RateCardEntry entry : entries) {
            // a role other than a technician's is named: an engineer's hour or trip is priced apart
            String component = entry.role().filter(role -> !role.equals(io.github.servicecontract.pricing.Role.TECHNICIAN))
                    .map(role -> words.text(TextKey.SERVICE_IN_BAND, words.component(entry.component()), words.role(role)))
                    .orElse(words.component(entry.component()));
            String named = entry.band().map(band -> words.text(TextKey.SERVICE_IN_BAND, component, words.label(band)))
                    .orElse(component);
            // a distance rate says from where and how it counts: "Frais kilométriques au-delà de 15 km (aller-retour)"
            Optional<Object> radius = entry.trace().valueOf(StandardTraceKey.FREE_RADIUS);
            Optional<Object> legs = entry.trace().valueOf(StandardTraceKey.LEGS);
            String service = named;
            if (radius.isPresent() && legs.isPresent()) {
                Distance free = (Distance) radius.get();
                String counted = words.label((Enum<?>) legs.get());
                service = free.isZero() ? words.text(TextKey.SERVICE_IN_BAND, named, counted)
                        : words.text(TextKey.SERVICE_BEYOND_RADIUS, named, words.distance(free), counted);
            }
            String unit = words.unitName(entry.unit());
            String price = words.text(TextKey.PRICE_PER_UNIT, words.price(entry.price()), unit);
            card.add(memberPrices ? List.of(service, words.text(TextKey.PRICE_PER_UNIT, words.price(entry.standardPrice()), unit),
                    price) : List.of(service, price));
        }
        blocks.add(memberPrices
                ? new Document.Table(List.of(words.text(TextKey.COLUMN_SERVICE), words.text(TextKey.COLUMN_STANDARD_PRICE),
                        words.text(TextKey.COLUMN_YOUR_PRICE)), List.of(Document.Align.LEFT, Document.Align.RIGHT,
                                Document.Align.RIGHT), card)
                : new Document.Table(List.of(words.text(TextKey.COLUMN_SERVICE), words.text(TextKey.COLUMN_PRICE)),
                        List.of(Document.Align.LEFT, Document.Align.RIGHT), card));
    }

    /**
     * What the invoices leave out: the services the tier bills when used, and for an open-ended
     * contract the day from which invoicing continues after the schedule.
     */
    private static void notes(List<Document.Block> blocks, Messages words, BillingSchedule schedule) {
        if (!schedule.billedWhenUsed().isEmpty()) {
            blocks.add(new Document.Paragraph(words.text(TextKey.SCHEDULE_BILLED_WHEN_USED,
                    words.list(schedule.billedWhenUsed().stream().sorted().map(words::label).toList()))));
        }
        schedule.continuesFrom().ifPresent(day -> blocks.add(new Document.Paragraph(words.text(TextKey.SCHEDULE_CONTINUES,
                words.date(day)))));
    }

    private static List<String> terms(Messages words, ContractTerms terms) {
        List<String> lines = new ArrayList<>();
        lines.add(words.text(TextKey.TERM_START, words.date(terms.start())));
        if (terms.term().isOpenEnded()) {
            lines.add(words.text(TextKey.TERM_OPEN_ENDED));
            lines.add(words.text(TextKey.RENEWAL_NOT_APPLICABLE));
        } else {
            lines.add(words.text(TextKey.TERM_MONTHS, words.text(TextKey.MONTHS, terms.term().months().getAsInt())));
            LocalDate end = terms.endExclusive().orElseThrow();
            lines.add(terms.renewal() == Renewal.AUTOMATIC ? words.text(TextKey.RENEWAL_AUTOMATIC, words.date(end))
                    : words.text(TextKey.RENEWAL_NONE, words.date(end.minusDays(1))));
        }
        Optional<LocalDate> deadline = terms.term().isOpenEnded() ? Optional.empty() : RenewalDates.of(terms).lastDayToCancel();
        lines.add(deadline.map(day -> words.text(TextKey.NOTICE_DEADLINE, words.period(terms.cancellationNotice()), words.date(day)))
                .orElseGet(() -> words.text(TextKey.NOTICE, words.period(terms.cancellationNotice()))));
        lines.add(words.text(TextKey.BILLING, words.label(terms.billingFrequency())));
        lines.add(terms.paymentTerm().isZero() ? words.text(TextKey.PAYMENT_ON_RECEIPT)
                : words.text(TextKey.PAYMENT_WITHIN, words.period(terms.paymentTerm())));
        if (!terms.prepayDiscount().isZero()) {
            lines.add(words.text(TextKey.PREPAY_DISCOUNT, words.percentage(terms.prepayDiscount())));
        }
        Escalation escalation = terms.escalation();
        if (escalation instanceof Escalation.Fixed) {
            Escalation.Fixed fixed = (Escalation.Fixed) escalation;
            lines.add(words.text(TextKey.ESCALATION_FIXED, words.percentage(fixed.rate()), words.period(fixed.notice())));
        } else if (escalation instanceof Escalation.Indexed) {
            Escalation.Indexed indexed = (Escalation.Indexed) escalation;
            lines.add(words.text(TextKey.ESCALATION_INDEXED, indexed.index(), words.percentage(indexed.cap()),
                    words.period(indexed.notice())));
        } else {
            lines.add(words.text(TextKey.ESCALATION_NONE));
        }
        terms.earlyTermination().ifPresent(rule -> lines.add(rule instanceof EarlyTermination.Fee
                ? words.text(TextKey.EARLY_TERMINATION_FEE, words.money(((EarlyTermination.Fee) rule).amount()))
                : words.text(TextKey.EARLY_TERMINATION_SHARE, words.percentage(((EarlyTermination.ShareOfRemaining) rule).share()))));
        return lines;
    }
}
