package io.github.servicecontract.i18n;

import io.github.servicecontract.model.HoursBank;
import io.github.servicecontract.model.Prepayment;
import io.github.servicecontract.model.Retainer;
import io.github.servicecontract.model.TicketPack;
import io.github.servicecontract.pricing.QuoteLine;
import io.github.servicecontract.pricing.RemoteHoursBalance;
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
import java.util.function.Function;
import javax.money.MonetaryAmount;

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

    /** What a table shows for nothing, or for what has not happened yet: a period's carry-over before its end. */
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
        blocks.add(new Document.BulletList(List.of(
                words.labelled(words.text(TextKey.SITE), statement.site().name()),
                words.labelled(words.text(TextKey.TIER), words.tierName(statement.tier())),
                words.text(TextKey.STATEMENT_PERIOD, words.date(statement.from()), words.date(statement.lastDay())))));

        blocks.add(new Document.Heading(2, words.text(TextKey.STATEMENT_WORK_HEADING)));
        List<StatementLine> work = statement.lines().stream().filter(line -> line.day().isPresent()).toList();
        List<StatementLine> adjustments = statement.lines().stream().filter(line -> line.day().isEmpty()).toList();
        if (statement.lines().isEmpty()) {
            blocks.add(new Document.Paragraph(words.text(TextKey.STATEMENT_NO_WORK)));
        } else {
            blocks.add(new Document.Paragraph(words.text(TextKey.STATEMENT_INTRO)));
            blocks.add(lineTable(words, work));
            List<List<String>> totals = new ArrayList<>();
            MonetaryAmount value = sum(work, StatementLine::listPrice, statement);
            MonetaryAmount covered = sum(work, StatementLine::covered, statement);
            if (!covered.isZero()) {
                totals.add(List.of(words.text(TextKey.STATEMENT_VALUE_TOTAL), words.money(value)));
                totals.add(List.of(words.text(TextKey.STATEMENT_COVERED_TOTAL), words.money(covered.negate())));
            }
            // an adjustment of the period (a member discount) applies to what it bills: shown as billed, after the work
            for (StatementLine adjustment : adjustments) {
                totals.add(List.of(ContractDocuments.item(words, adjustment.line()), words.money(adjustment.billed())));
            }
            totals.add(List.of(words.text(TextKey.TOTAL_EXCLUDING_TAX), words.money(statement.billed())));
            options.totalsTaxation().ifPresent(taxation -> ContractDocuments.taxRows(totals, words, taxation,
                    statement.taxed(taxation), TextKey.TOTAL_INCLUDING_TAX));
            blocks.add(ContractDocuments.amountTable(words, totals));
        }
        blocks.add(new Document.Paragraph(words.text(TextKey.STATEMENT_NOT_INVOICE)));
        balances(blocks, words, statement);
        return Document.of(locale, blocks);
    }

    private static MonetaryAmount sum(List<StatementLine> lines, Function<StatementLine, MonetaryAmount> amount,
            Statement statement) {
        MonetaryAmount sum = statement.billed().multiply(0);
        for (StatementLine line : lines) {
            sum = sum.add(amount.apply(line));
        }
        return sum;
    }

    /**
     * The work, a row a line; a line billed in part at a bank's own overage rate as two rows, so
     * that each row's quantity times its unit price is its amount: the time covered at the rate
     * card, then the time beyond the bank at the bank's rate.
     */
    private static Document.Table lineTable(Messages words, List<StatementLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (StatementLine line : lines) {
            QuoteLine priced = line.work(); // all the work at the rate card, then what covered it
            List<String> notes = new ArrayList<>();
            line.covers().forEach(cover -> notes.add(cover(words, cover)));
            String item = ContractDocuments.item(words, priced);
            String covered = line.covered().isZero() ? "" : words.money(line.covered().negate());
            if (line.overage().isEmpty()) {
                rows.add(List.of(notes.isEmpty() ? item : item + " (" + words.series(notes) + ")",
                        words.quantity(priced.quantity(), priced.unit()), ContractDocuments.unitPrice(words, priced),
                        words.money(line.listPrice()), covered, words.money(line.billed())));
                continue;
            }
            StatementLine.Overage overage = line.overage().get();
            java.time.Duration all = hours(priced.quantity());
            rows.add(List.of(item + " (" + words.series(notes) + ")", words.duration(all.minus(overage.time())),
                    ContractDocuments.unitPrice(words, priced), words.money(line.covered()), covered, words.money(line.billed().multiply(0))));
            String perHour = words.text(TextKey.PRICE_PER_UNIT, words.price(overage.rate()), words.unitName(Unit.HOUR));
            rows.add(List.of(words.text(TextKey.ITEM_OVERAGE, item), words.duration(overage.time()), perHour,
                    words.money(line.billed()), "", words.money(line.billed())));
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
            // without rollover (or none yet), a column of nothing carried over says nothing
            boolean carries = statement.remoteHours().stream().anyMatch(p -> !p.carriedIn().isZero() || !p.carriedOut().isZero());
            List<List<String>> rows = new ArrayList<>();
            for (RemoteHoursBalance period : statement.remoteHours()) {
                // a period still running at the statement's end has carried nothing over yet, nor lost anything
                boolean ended = !period.until().isAfter(statement.until());
                List<String> row = new ArrayList<>(List.of(words.text(TextKey.PERIOD, words.date(period.from()),
                        words.date(period.until().minusDays(1))), time(words, period.available()), time(words, period.used()),
                        time(words, period.left())));
                if (carries) {
                    row.add(ended ? time(words, period.carriedOut()) : NOT_YET);
                }
                row.add(ended ? time(words, period.lapsed()) : NOT_YET);
                rows.add(row);
            }
            List<String> header = new ArrayList<>(List.of(words.text(TextKey.COLUMN_PERIOD), words.text(TextKey.COLUMN_AVAILABLE),
                    words.text(TextKey.COLUMN_USED), words.text(TextKey.COLUMN_LEFT)));
            if (carries) {
                header.add(words.text(TextKey.COLUMN_CARRIED));
            }
            header.add(words.text(TextKey.COLUMN_LAPSED));
            blocks.add(new Document.Table(header, LINE_COLUMNS.subList(0, header.size()), rows));
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

    /** A time of a balance; none as a dash, to read apart from the times there are. */
    private static String time(Messages words, java.time.Duration time) {
        return time.isZero() ? NOT_YET : words.duration(time);
    }

    private static List<String> prepaid(Messages words, PrepaidBalance balance) {
        if (balance instanceof PrepaidBalance.Bank bank) {
            HoursBank prepayment = bank.prepayment();
            return List.of(words.text(TextKey.PREPAID_BANK, words.duration(prepayment.hours()), words.date(prepayment.lastDay())),
                    time(words, bank.opening()), time(words, bank.drawn()), time(words, bank.lapsed()), time(words, bank.closing()));
        }
        if (balance instanceof PrepaidBalance.Funds money) {
            Retainer prepayment = money.prepayment();
            return List.of(words.text(TextKey.PREPAID_RETAINER, words.money(prepayment.amount()), words.date(prepayment.lastDay())),
                    money(words, money.opening()), money(words, money.drawn()), money(words, money.lapsed()),
                    money(words, money.closing()));
        }
        PrepaidBalance.Tickets tickets = (PrepaidBalance.Tickets) balance;
        TicketPack prepayment = tickets.prepayment();
        return List.of(words.text(TextKey.PREPAID_TICKETS, count(words, prepayment.tickets()), words.date(prepayment.lastDay())),
                count(words, tickets.opening()), count(words, tickets.drawn()), count(words, tickets.lapsed()),
                count(words, tickets.closing()));
    }

    private static String money(Messages words, MonetaryAmount amount) {
        return amount.isZero() ? NOT_YET : words.money(amount);
    }

    private static String count(Messages words, int tickets) {
        return tickets == 0 ? NOT_YET : words.quantity(BigDecimal.valueOf(tickets), Unit.TICKET);
    }
}
