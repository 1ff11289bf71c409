package io.github.servicecontract.i18n;

import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.TaxedAmount;
import io.github.servicecontract.pricing.billing.AmendedSchedule;
import io.github.servicecontract.pricing.billing.Amendment;
import io.github.servicecontract.pricing.billing.Invoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Lays out a contract amendment for both parties to sign: what changes (the tier, the devices
 * covered, the firm price a year), from when and how, the adjustment of the period already
 * invoiced (the credit at the former price, the charge at the new one, the tax; when the client is
 * owed money, a credit note on the period's invoice), the revised invoice schedule from the change
 * on, that the rest of the contract stands, and the acceptance block.
 *
 * <p>For example, in French: "Avenant au contrat de maintenance", "Formule : Silver → Gold",
 * "Prise d’effet le 10 mars 2026 (immédiatement, avec régularisation de la période déjà
 * facturée)", "Avoir pour la période du 10 mars 2026 au 31 mars 2026 à l’ancien prix −28,39 €".
 *
 * <p>This class is thread-safe.
 */
public final class AmendmentDocuments {

    private AmendmentDocuments() {}

    /**
     * Lays out one amendment of an amended schedule.
     *
     * @param schedule the amended schedule holding it
     * @param amendment the amendment, one of the schedule's
     * @param before the quote of the contract before the change
     * @param after the quote of the changed contract, whose schedule the amendment brings in
     * @param locale the client's locale
     * @param options the issuer, the reference and the client
     * @return the document
     * @throws IllegalArgumentException if the amendment is not the schedule's
     */
    public static Document amendment(AmendedSchedule schedule, Amendment amendment, Quote before, Quote after, Locale locale,
            RenderOptions options) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(amendment, "amendment");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(options, "options");
        if (!schedule.amendments().contains(amendment)) {
            throw new IllegalArgumentException("amendment must be one of the schedule's " + schedule.amendments().size()
                    + " amendments, was " + amendment);
        }
        // as the schedule stood with this amendment: a later one has its own document
        AmendedSchedule upToIt = schedule.upTo(amendment);
        Messages words = Messages.of(locale);
        List<Document.Block> blocks = new ArrayList<>();
        options.issuer().ifPresent(issuer -> blocks.add(DocumentSections.letterhead(words, issuer)));
        blocks.add(new Document.Heading(1, words.text(TextKey.AMENDMENT_TITLE)));
        options.reference().ifPresent(reference -> blocks.add(new Document.Paragraph(words.text(TextKey.AMENDMENT_REFERENCE,
                reference.number(), words.date(reference.issued())))));
        options.client().ifPresent(client -> blocks.add(DocumentSections.client(words, client)));

        List<String> facts = new ArrayList<>();
        facts.add(words.labelled(words.text(TextKey.SITE), after.context().site().name()));
        String tierBefore = words.tierName(before.context().tier());
        String tierAfter = words.tierName(after.context().tier());
        facts.add(tierBefore.equals(tierAfter) ? words.labelled(words.text(TextKey.TIER), tierAfter)
                : words.text(TextKey.AMENDMENT_CHANGE, words.text(TextKey.TIER), tierBefore, tierAfter));
        int devicesBefore = before.context().site().deviceCount();
        int devicesAfter = after.context().site().deviceCount();
        if (devicesBefore != devicesAfter) {
            facts.add(words.text(TextKey.AMENDMENT_CHANGE, words.text(TextKey.AMENDMENT_DEVICES), devicesBefore, devicesAfter));
        }
        facts.add(words.text(TextKey.AMENDMENT_CHANGE, words.text(TextKey.FIRM_PRICE_PER_YEAR), words.money(before.firmPrice()),
                words.money(after.firmPrice())));
        facts.add(words.text(TextKey.AMENDMENT_EFFECTIVE, words.date(amendment.effective())) + " (" + words.label(amendment.timing())
                + ")");
        if (!amendment.requested().equals(amendment.effective())) {
            facts.add(words.text(TextKey.AMENDMENT_REQUESTED, words.date(amendment.requested())));
        }
        blocks.add(new Document.BulletList(facts));

        blocks.add(new Document.Heading(2, words.text(TextKey.AMENDMENT_ADJUSTMENT_HEADING)));
        if (amendment.adjustment().isEmpty()) {
            blocks.add(new Document.Paragraph(words.text(TextKey.AMENDMENT_NO_ADJUSTMENT)));
        } else {
            Invoice adjustment = amendment.adjustment().get();
            String days = words.text(TextKey.PERIOD, words.date(adjustment.covers().firstDay()), words.date(adjustment.covers().lastDay()));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(words.text(TextKey.AMENDMENT_CREDIT, days), words.money(amendment.credit().negate())));
            rows.add(List.of(words.text(TextKey.AMENDMENT_CHARGE, days), words.money(amendment.charge())));
            settlement(blocks, words, upToIt, adjustment, rows, TextKey.AMENDMENT_CREDIT_NOTE);
        }

        List<Invoice> from = upToIt.periodInvoices().stream().filter(invoice -> !invoice.issued().isBefore(amendment.effective()))
                .toList();
        if (!from.isEmpty()) {
            blocks.add(new Document.Heading(2, words.text(TextKey.AMENDMENT_INVOICES_HEADING)));
            blocks.add(ContractDocuments.invoiceTable(words, from, schedule.sold().taxation()));
        }
        blocks.add(new Document.Paragraph(words.text(TextKey.AMENDMENT_OTHERWISE)));
        blocks.addAll(DocumentSections.acceptance(words, options.client(), options.issuer()));
        return Document.of(locale, blocks);
    }

    /**
     * Lays out the confirmation that a contract ends before its term: the last day of service,
     * the refund of the days already invoiced, the early-termination fee, tax and total (a credit
     * note on the period's invoice when the client is owed money), and that nothing is invoiced
     * after.
     *
     * @param schedule the cancelled schedule
     * @param quote the quote of the contract as it stood
     * @param locale the client's locale
     * @param options the issuer, the reference and the client
     * @return the document
     * @throws IllegalArgumentException if the schedule is not cancelled
     */
    public static Document cancellation(AmendedSchedule schedule, Quote quote, Locale locale, RenderOptions options) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(options, "options");
        io.github.servicecontract.pricing.billing.Cancellation end = schedule.cancellation().orElseThrow(() ->
                new IllegalArgumentException("schedule must be cancelled, was " + schedule));
        Messages words = Messages.of(locale);
        List<Document.Block> blocks = new ArrayList<>();
        options.issuer().ifPresent(issuer -> blocks.add(DocumentSections.letterhead(words, issuer)));
        blocks.add(new Document.Heading(1, words.text(TextKey.CANCELLATION_TITLE)));
        options.reference().ifPresent(reference -> blocks.addAll(DocumentSections.reference(words, reference,
                TextKey.CONTRACT_REFERENCE)));
        options.client().ifPresent(client -> blocks.add(DocumentSections.client(words, client)));
        blocks.add(new Document.BulletList(List.of(words.labelled(words.text(TextKey.SITE), quote.context().site().name()),
                words.labelled(words.text(TextKey.TIER), words.tierName(quote.context().tier())),
                words.text(TextKey.CANCELLATION_LAST_DAY, words.date(end.effective().minusDays(1))))));
        if (end.adjustment().isPresent()) {
            Invoice adjustment = end.adjustment().get();
            List<List<String>> rows = new ArrayList<>();
            if (!end.refund().isZero()) {
                String days = words.text(TextKey.PERIOD, words.date(adjustment.covers().firstDay()),
                        words.date(adjustment.covers().lastDay()));
                rows.add(List.of(words.text(TextKey.CANCELLATION_REFUND, days), words.money(end.refund().negate())));
            }
            if (!end.fee().isZero()) {
                // a share of the firm price left says of what: "Indemnité de résiliation anticipée : 50 % de 857,08 €"
                // and of which days: from the first no longer served to the last of the term
                String days = quote.context().terms().endExclusive().map(termEnd -> " (" + words.text(TextKey.PERIOD,
                        words.date(end.effective()), words.date(termEnd.minusDays(1))) + ")").orElse("");
                String fee = end.feeShare().map(share -> words.text(TextKey.ITEM_PERCENTAGE_OF, words.text(TextKey.CANCELLATION_FEE),
                        words.text(TextKey.PERCENTAGE_OF, words.percentage(share), words.money(end.feeBasis().orElseThrow())) + days))
                        .orElseGet(() -> words.text(TextKey.CANCELLATION_FEE));
                rows.add(List.of(fee, words.money(end.fee())));
            }
            settlement(blocks, words, schedule, adjustment, rows, TextKey.CANCELLATION_CREDIT_NOTE);
        }
        blocks.add(new Document.Paragraph(words.text(TextKey.CANCELLATION_NOTHING_AFTER)));
        return Document.of(locale, blocks);
    }

    /**
     * The rows of an adjustment with its total before tax, its tax and its total; when the client
     * is owed money, the credit note on the invoice of the period it adjusts, never an invoice with
     * a due date.
     */
    private static void settlement(List<Document.Block> blocks, Messages words, AmendedSchedule schedule, Invoice adjustment,
            List<List<String>> rows, TextKey creditNote) {
        rows.add(List.of(words.text(TextKey.TOTAL_EXCLUDING_TAX), words.money(adjustment.amount())));
        ContractDocuments.taxRows(rows, words, schedule.sold().taxation(), new TaxedAmount(adjustment.amount(), adjustment.tax(),
                adjustment.cashRounding()), TextKey.TOTAL_INCLUDING_TAX);
        blocks.add(ContractDocuments.amountTable(words, rows));
        if (adjustment.total().isNegative()) {
            Invoice billed = schedule.periodInvoices().stream().filter(invoice -> invoice.covers().contains(adjustment.issued()))
                    .findFirst().orElseThrow();
            blocks.add(new Document.Paragraph(words.text(creditNote, billed.number(), words.date(billed.issued()),
                    words.money(adjustment.total().negate()))));
        }
    }
}
