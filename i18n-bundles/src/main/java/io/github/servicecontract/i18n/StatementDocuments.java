package io.github.servicecontract.i18n;

import io.github.servicecontract.model.HoursBank;
import io.github.servicecontract.model.Prepayment;
import io.github.servicecontract.model.Retainer;
import io.github.servicecontract.model.TicketPack;
import io.github.servicecontract.pricing.QuoteLine;
import io.github.servicecontract.pricing.RemoteHoursLedger;
import io.github.servicecontract.pricing.Unit;
import io.github.servicecontract.pricing.statement.Cover;
import io.github.servicecontract.pricing.statement.PrepaidBalance;
import io.github.servicecontract.pricing.statement.Statement;
import io.github.servicecontract.pricing.statement.StatementLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Lays out a period statement for the client: what was done on demand, each service at the rate
 * card, what the tier and the prepayments covered and what is billed, the totals with tax, and
 * the balances carried over (included remote time, banks of hours, retainers, packs of tickets).
 *
 * <p>For example, {@code StatementDocuments.statement(statement, Locale.FRANCE, options)} reads
 * "Relevé des interventions", "Période du 1er avril 2026 au 30 juin 2026", then
 * "Télémaintenance, 9 juin 2026 (sur votre crédit d’heures : 30 min ; au-delà du crédit d’heures, à
 * 110,00 € par heure)".
 *
 * <p>This class is thread-safe.
 */
public final class StatementDocuments {

    private static final List<Document.Align> LINE_COLUMNS = List.of(Document.Align.LEFT, Document.Align.RIGHT,
            Document.Align.RIGHT, Document.Align.RIGHT, Document.Align.RIGHT, Document.Align.RIGHT);

    /** What a table shows for what has not happened yet: a period's carry-over before its end. */
    private static final String NOT_YET = "—";

    private StatementDocuments() {}

    /**
     * Lays out a statement.
     *
     * @param statement the statement
     * @param locale the client's locale
     * @param options the issuer, reference, client and the taxation of the totals
     * @return the document
     */
    public static Document statement(Statement statement, Locale locale, RenderOptions options) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(options, "options");
        Messages words = Messages.of(locale);
        List<Document.Block> blocks = new ArrayList<>();
        options.issuer().ifPresent(issuer -> blocks.add(DocumentSections.letterhead(words, issuer)));
        blocks.add(new Document.Heading(1, words.text(TextKey.STATEMENT_TITLE)));
        options.reference().ifPresent(reference -> blocks.add(new Document.Paragraph(words.text(TextKey.STATEMENT_REFERENCE,
                reference.number(), words.date(reference.issued())))));
        options.client().ifPresent(client -> blocks.add(DocumentSections.client(words, client)));
        blocks.add(new Document.Paragraph(words.text(TextKey.STATEMENT_PERIOD, words.date(statement.from()),
                words.date(statement.lastDay()))));

        blocks.add(new Document.Heading(2, words.text(TextKey.STATEMENT_WORK_HEADING)));
        if (statement.lines().isEmpty()) {
            blocks.add(new Document.Paragraph(words.text(TextKey.STATEMENT_NO_WORK)));
        } else {
            blocks.add(new Document.Paragraph(words.text(TextKey.STATEMENT_INTRO)));
            blocks.add(lineTable(words, statement.lines()));
            List<List<String>> totals = new ArrayList<>();
            if (!statement.covered().isZero()) {
                totals.add(List.of(words.text(TextKey.STATEMENT_VALUE_TOTAL), words.money(statement.listPrice())));
                totals.add(List.of(words.text(TextKey.STATEMENT_COVERED_TOTAL), words.money(statement.covered().negate())));
            }
            totals.add(List.of(words.text(TextKey.TOTAL_EXCLUDING_TAX), words.money(statement.billed())));
            options.totalsTaxation().ifPresent(taxation -> ContractDocuments.taxRows(totals, words, taxation,
                    statement.taxed(taxation), TextKey.TOTAL_INCLUDING_TAX));
            blocks.add(ContractDocuments.amountTable(words, totals));
        }
        balances(blocks, words, statement);
        return Document.of(locale, blocks);
    }

    private static Document.Table lineTable(Messages words, List<StatementLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (StatementLine line : lines) {
            QuoteLine priced = line.work(); // all the work at the rate card, then what covered it
            List<String> notes = new ArrayList<>();
            if (line.day().isPresent()) { // an adjustment of the period (a discount) is as large as what it adjusts, not covered
                line.covers().forEach(cover -> notes.add(cover(words, cover)));
            }
            line.overageRate().ifPresent(rate -> notes.add(words.text(TextKey.OVERAGE,
                    words.text(TextKey.PRICE_PER_UNIT, words.price(rate), words.unitName(Unit.HOUR)))));
            String item = ContractDocuments.item(words, priced);
            if (!notes.isEmpty()) {
                item = item + " (" + words.series(notes) + ")";
            }
            boolean adjustment = priced.unit() == Unit.ITEM;
            rows.add(List.of(item, adjustment ? "" : words.quantity(priced.quantity(), priced.unit()),
                    adjustment ? "" : ContractDocuments.unitPrice(words, priced), words.money(line.listPrice()),
                    line.covered().isZero() ? "" : words.money(line.covered().negate()), words.money(line.billed())));
        }
        List<String> header = List.of(words.text(TextKey.COLUMN_ITEM), words.text(TextKey.COLUMN_QUANTITY),
                words.text(TextKey.COLUMN_UNIT_PRICE), words.text(TextKey.COLUMN_VALUE), words.text(TextKey.COLUMN_COVERED),
                words.text(TextKey.COLUMN_BILLED_AMOUNT));
        return new Document.Table(header, LINE_COLUMNS, rows);
    }

    /** What covered a line, in the client's words: "sur votre crédit d’heures : 30 min". */
    private static String cover(Messages words, Cover cover) {
        String quantity = cover.unit() == Unit.HOUR ? words.duration(hours(cover.quantity())) : cover.unit() == Unit.ITEM
                ? words.money(cover.value()) : words.quantity(cover.quantity(), cover.unit());
        if (cover.prepayment().isEmpty()) {
            return words.text(TextKey.COVER_TIER, quantity);
        }
        Prepayment prepayment = cover.prepayment().get();
        if (prepayment instanceof HoursBank) {
            return words.text(TextKey.COVER_BANK, quantity);
        }
        if (prepayment instanceof Retainer) {
            return words.text(TextKey.COVER_RETAINER, quantity);
        }
        return words.text(TextKey.COVER_TICKETS, quantity);
    }

    /** Hours written to six decimals, as lines write them, back to the whole minutes they are. */
    private static java.time.Duration hours(BigDecimal hours) {
        return java.time.Duration.ofMinutes(hours.multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP)
                .longValueExact());
    }

    private static void balances(List<Document.Block> blocks, Messages words, Statement statement) {
        if (statement.remoteHours().isEmpty() && statement.prepaid().isEmpty()) {
            return;
        }
        blocks.add(new Document.Heading(2, words.text(TextKey.BALANCES_HEADING)));
        if (!statement.remoteHours().isEmpty()) {
            blocks.add(new Document.Heading(3, words.text(TextKey.REMOTE_TIME_BALANCE)));
            List<List<String>> rows = new ArrayList<>();
            for (RemoteHoursLedger.Period period : statement.remoteHours()) {
                // a period still running at the statement's end has carried nothing over yet, nor lost anything
                boolean ended = !period.until().isAfter(statement.until());
                rows.add(List.of(words.text(TextKey.DATE_RANGE, words.date(period.from()), words.date(period.until().minusDays(1))),
                        words.duration(period.available()), words.duration(period.used()), words.duration(period.left()),
                        ended ? words.duration(period.carriedOut()) : NOT_YET, ended ? words.duration(period.lapsed()) : NOT_YET));
            }
            blocks.add(new Document.Table(List.of(words.text(TextKey.COLUMN_PERIOD), words.text(TextKey.COLUMN_AVAILABLE),
                    words.text(TextKey.COLUMN_USED), words.text(TextKey.COLUMN_LEFT), words.text(TextKey.COLUMN_CARRIED),
                    words.text(TextKey.COLUMN_LAPSED)), LINE_COLUMNS, rows));
        }
        if (!statement.prepaid().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (PrepaidBalance balance : statement.prepaid()) {
                rows.add(prepaid(words, balance));
            }
            blocks.add(new Document.Table(List.of(words.text(TextKey.COLUMN_PREPAYMENT), words.text(TextKey.COLUMN_OPENING),
                    words.text(TextKey.COLUMN_USED), words.text(TextKey.COLUMN_LAPSED), words.text(TextKey.COLUMN_CLOSING)),
                    LINE_COLUMNS.subList(0, 5), rows));
        }
    }

    private static List<String> prepaid(Messages words, PrepaidBalance balance) {
        if (balance instanceof PrepaidBalance.Bank bank) {
            HoursBank prepayment = bank.prepayment();
            return List.of(words.text(TextKey.PREPAID_BANK, words.duration(prepayment.hours()), words.date(prepayment.lastDay())),
                    words.duration(bank.opening()), words.duration(bank.drawn()), words.duration(bank.lapsed()),
                    words.duration(bank.closing()));
        }
        if (balance instanceof PrepaidBalance.Money money) {
            Retainer prepayment = money.prepayment();
            return List.of(words.text(TextKey.PREPAID_RETAINER, words.money(prepayment.amount()), words.date(prepayment.lastDay())),
                    words.money(money.opening()), words.money(money.drawn()), words.money(money.lapsed()),
                    words.money(money.closing()));
        }
        PrepaidBalance.Tickets tickets = (PrepaidBalance.Tickets) balance;
        TicketPack prepayment = tickets.prepayment();
        return List.of(words.text(TextKey.PREPAID_TICKETS, prepayment.tickets(), words.date(prepayment.lastDay())),
                String.valueOf(tickets.opening()), String.valueOf(tickets.drawn()), String.valueOf(tickets.lapsed()),
                String.valueOf(tickets.closing()));
    }
}
