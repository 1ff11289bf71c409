package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.DateWindow;
import io.github.servicecontract.model.HoursBank;
import io.github.servicecontract.model.TicketPack;
import io.github.servicecontract.pricing.Intervention;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.Usage;
import io.github.servicecontract.pricing.statement.Statement;
import io.github.servicecontract.pricing.statement.Statements;
import io.github.servicecontract.pricing.statement.WorkLog;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A period statement as the client reads it, in each language. */
class StatementDocumentTest {

    static final DateWindow YEAR = new DateWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    /** Milan's Essenziale tier (2 remote hours a quarter), a bank of 4 hours at 80.00 beyond it, a pack of 2 tickets. */
    static final HoursBank BANK = HoursBank.of(Duration.ofHours(4), YEAR).withOverageRate(Samples.eur("80.00"));

    static final Statements MILAN = Statements.of(PricingContext.builder().from(Samples.MILAN_CONTEXT).usage(Usage.NONE).build(),
            Samples.MILAN_RULE, List.of(BANK, TicketPack.of(2, YEAR)));

    static final WorkLog LOG = WorkLog.EMPTY.with(Intervention.remote(LocalDate.of(2026, 2, 3), Duration.ofHours(3)),
            Intervention.onSite(LocalDate.of(2026, 3, 10), Duration.ofHours(2)),
            Intervention.remote(LocalDate.of(2026, 3, 24), Duration.ofMinutes(90)));

    static final Statement FIRST_QUARTER = MILAN.statement(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1), LOG);

    private static final RenderOptions OPTIONS = RenderOptions.builder().taxation(Taxation.of(TaxRate.ITALY))
            .reference(DocumentReference.of("REN-2026-0007", LocalDate.of(2026, 4, 2))).build();

    @Test
    void theFigures_areThoseOfTheWorkedExample() {
        // 3 h remote: 2 h in the tier, 1 h from the bank; 2 h on site from the bank; 1 h 30 remote: 1 h from the bank, 30 min at 80.00
        // 210.00 + 130.00 + 40.00 trip + 1 h 30: 70.00 from the bank and 30 min at the bank's 80.00 an hour
        assertThat(FIRST_QUARTER.listPrice()).isEqualTo(Samples.eur("490.00"));
        assertThat(FIRST_QUARTER.covered()).isEqualTo(Samples.eur("410.00"));  // 140.00 tier + 70.00 + 130.00 + 70.00 bank
        assertThat(FIRST_QUARTER.billed()).isEqualTo(Samples.eur("80.00"));    // the trip, 40.00, and 30 min at 80.00
    }

    @Test
    void inItalian_text() {
        Golden.assertMatches("statement-it-IT.txt", StatementDocuments.statement(FIRST_QUARTER, Locale.ITALY, OPTIONS)
                .render(DocumentFormat.TEXT));
    }

    @Test
    void inFrench_markdown() {
        Golden.assertMatches("statement-fr-FR.md", StatementDocuments.statement(FIRST_QUARTER, Locale.FRANCE, OPTIONS)
                .render(DocumentFormat.MARKDOWN));
    }

    @Test
    void inGermanAndEnglish_text() {
        Golden.assertMatches("statement-de-DE.txt", StatementDocuments.statement(FIRST_QUARTER, Locale.GERMANY, OPTIONS)
                .render(DocumentFormat.TEXT));
        Golden.assertMatches("statement-en-GB.txt", StatementDocuments.statement(FIRST_QUARTER, Locale.UK, OPTIONS)
                .render(DocumentFormat.TEXT));
    }

    @Test
    void aPeriodWithoutWork_saysSo_andStillGivesTheBalances() {
        Statement empty = MILAN.statement(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1), LOG);
        String text = Golden.normalise(StatementDocuments.statement(empty, Locale.UK, RenderOptions.SUMMARY)
                .render(DocumentFormat.TEXT));
        assertThat(text).contains("No work billed on demand in this period.").contains("Your balances").contains("Bank of 4 h")
                // October is not the end of the quarter: nothing lapsed yet
                .containsPattern("1 October 2026 to 31 December 2026 +2 h +— +2 h +—");
    }

    @Test
    void asAPage_everyCallerTextIsEscaped() {
        String page = StatementDocuments.statement(FIRST_QUARTER, Locale.ITALY, OPTIONS).render(DocumentFormat.HTML);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"it-IT\"").contains("Rendiconto degli interventi");
    }
}
