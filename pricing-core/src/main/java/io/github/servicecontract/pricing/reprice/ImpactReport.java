package io.github.servicecontract.pricing.reprice;

import io.github.servicecontract.model.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;
import javax.money.MonetaryAmount;

/**
 * An impact report written as the contracts stream by, one CSV row a contract (fields quoted as RFC 4180 says, rows
 * ending with a line feed), and its summary kept as it goes: memory stays bounded whatever the portfolio's size.
 *
 * <pre>
 * contract,currency,before,after,change,change_percent,problem
 * C-1042,EUR,2061.50,2148.50,87.00,4.22,
 * C-1043,EUR,1653.00,,,,"new sheet: no on-site labour rate for region FR-69, tier gold"
 * </pre>
 *
 * <p>Amounts are exact decimals as the quote rounds them, a point for decimals, no grouping; a field is empty when it
 * has no value; a problem says the contract {@code cannot be read:}, or names the sheet that refused it ({@code old
 * sheet:}, {@code new sheet:}, or {@code both sheets:} when both refused it for the same reason); a contract's identifier or
 * problem that a spreadsheet would take for a formula is written after an apostrophe. Not thread-safe: give it
 * the contracts in the order they are reported, from one thread.
 */
public final class ImpactReport implements Consumer<RepricedContract> {

    /** The header row. */
    public static final String HEADER = "contract,currency,before,after,change,change_percent,problem";

    private final Appendable out;
    private ImpactSummary summary = ImpactSummary.EMPTY;

    private ImpactReport(Appendable out) {
        this.out = out;
    }

    /**
     * A report that writes its header row, then a row for each contract, to {@code out}.
     *
     * @param out where the rows go
     * @return the report
     * @throws UncheckedIOException if {@code out} cannot be written to
     */
    public static ImpactReport csv(Appendable out) {
        ImpactReport report = new ImpactReport(Objects.requireNonNull(out, "out"));
        report.write(HEADER + "\n");
        return report;
    }

    /**
     * Writes a contract's row and counts it in the summary.
     *
     * @param contract the contract
     * @throws UncheckedIOException if the row cannot be written
     * @throws IllegalArgumentException if its prices are in another currency than the report's earlier ones
     */
    @Override
    public void accept(RepricedContract contract) {
        summary = summary.plus(contract);
        StringBuilder row = new StringBuilder(96);
        field(row, contract.id()).append(',');
        row.append(currency(contract)).append(',');
        row.append(amount(contract.before())).append(',');
        row.append(amount(contract.after())).append(',');
        contract.change().ifPresent(change -> row.append(plain(change)));
        row.append(',');
        contract.changePercent().ifPresent(percent -> row.append(percent.toPlainString()));
        row.append(',');
        problem(contract).ifPresent(problem -> field(row, problem));
        write(row.append('\n'));
    }

    /** @return the summary of the contracts reported so far */
    public ImpactSummary summary() {
        return summary;
    }

    private static String currency(RepricedContract contract) {
        for (RepricedContract.Outcome outcome : new RepricedContract.Outcome[] {contract.before(), contract.after()}) {
            if (outcome instanceof RepricedContract.Priced) {
                return ((RepricedContract.Priced) outcome).firmPrice().getCurrency().getCurrencyCode();
            }
        }
        return "";
    }

    private static String amount(RepricedContract.Outcome outcome) {
        return outcome instanceof RepricedContract.Priced ? plain(((RepricedContract.Priced) outcome).firmPrice()) : "";
    }

    /** An amount as an exact decimal with at least its currency's decimals: {@code 2061.50}, never {@code 2061.5}. */
    private static String plain(MonetaryAmount amount) {
        return Checks.exactDecimal(amount);
    }

    private static java.util.Optional<String> problem(RepricedContract contract) {
        if (contract.isUnreadable()) {
            return contract.problem();
        }
        boolean before = contract.before() instanceof RepricedContract.Refused;
        boolean after = contract.after() instanceof RepricedContract.Refused;
        if (before && after && contract.before().equals(contract.after())) {
            return java.util.Optional.of("both sheets: " + ((RepricedContract.Refused) contract.before()).reason());
        }
        if (before) {
            return java.util.Optional.of("old sheet: " + ((RepricedContract.Refused) contract.before()).reason()
                    + (after ? "; new sheet: " + ((RepricedContract.Refused) contract.after()).reason() : ""));
        }
        return after ? java.util.Optional.of("new sheet: " + ((RepricedContract.Refused) contract.after()).reason())
                : java.util.Optional.empty();
    }

    /**
     * A text field, quoted when it holds a comma, a quote or a line break, its quotes doubled (RFC 4180); one that
     * starts as a spreadsheet formula ({@code = + - @}, a tab or a carriage return) is written after an apostrophe, so that
     * opening the report runs nothing (OWASP's advice on CSV injection).
     */
    private static StringBuilder field(StringBuilder row, String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? row.append('"').append(text.replace("\"", "\"\"")).append('"') : row.append(text);
    }

    private void write(CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException("the impact report cannot be written", e);
        }
    }
}
