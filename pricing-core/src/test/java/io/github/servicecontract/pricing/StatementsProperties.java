package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseParameter;
import io.github.servicecontract.model.DateWindow;
import io.github.servicecontract.model.HoursBank;
import io.github.servicecontract.model.IncludedQuotas;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.Prepayment;
import io.github.servicecontract.model.RemoteHoursAllowance;
import io.github.servicecontract.model.Retainer;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.TicketPack;
import io.github.servicecontract.pricing.statement.Cover;
import io.github.servicecontract.pricing.statement.Statement;
import io.github.servicecontract.pricing.statement.StatementLine;
import io.github.servicecontract.pricing.statement.Statements;
import io.github.servicecontract.pricing.statement.WorkLog;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Statements bill what quotes bill, never lose or invent a cent, and keep their balances in bounds. */
class StatementsProperties {

    private static final LocalDate START = Examples.START;

    /** On-site or remote work on days of 2026, of 5 minutes to 5 hours, sometimes by two technicians. */
    private static final Gen<List<Intervention>> WORK = lists().of(integers().between(0, 364)
            .zip(integers().between(1, 60), integers().between(0, 3), (day, fives, kind) -> {
                Intervention work = kind % 2 == 0 ? Intervention.onSite(START.plusDays(day), Duration.ofMinutes(5L * fives))
                        : Intervention.remote(START.plusDays(day), Duration.ofMinutes(5L * fives));
                return kind == 3 ? work.withTechnicians(2) : work;
            })).ofSizeBetween(0, 12);

    /** Tickets and updates on a few days of 2026: day, tickets (0 = none), updates (0 = none). */
    private static final Gen<List<int[]>> COUNTED = lists().of(integers().between(0, 364)
            .zip(integers().between(0, 3), integers().between(0, 3), (day, tickets, updates) -> new int[] {day, tickets, updates}))
            .ofSizeBetween(0, 6);

    /** The rule: labour, tickets, updates, and a fixed discount on usage that no line has a day for. */
    private static final PricingRule RULE = PricingRules.sum(StatementsTest.LABOUR,
            PricingRules.discount(eur("25.00"), PricingRules.linesIn(QuoteLine.Category.USAGE)));

    private static WorkLog log(List<Intervention> work, List<int[]> counted) {
        WorkLog log = WorkLog.EMPTY.with(work.toArray(Intervention[]::new));
        for (int[] entry : counted) {
            if (entry[1] > 0) {
                log = log.withTickets(START.plusDays(entry[0]), entry[1]);
            }
            if (entry[2] > 0) {
                log = log.withUpdates(START.plusDays(entry[0]), entry[2]);
            }
        }
        return log;
    }

    /** The term cut into periods of {@code months}. */
    private static List<Statement> statements(Statements statements, int months, WorkLog log) {
        List<Statement> all = new ArrayList<>();
        for (LocalDate from = START; from.isBefore(START.plusYears(1)); from = from.plusMonths(months)) {
            all.add(statements.statement(from, from.plusMonths(months), log));
        }
        return all;
    }

    private static ServiceTier withQuotas(int visits, int remoteQuarterHours, int period, int rollover, int updates) {
        RemoteHoursAllowance.AllowancePeriod allowancePeriod = RemoteHoursAllowance.AllowancePeriod.values()[period];
        RemoteHoursAllowance remote = RemoteHoursAllowance.of(Duration.ofMinutes(15L * remoteQuarterHours), allowancePeriod,
                rollover == 0 ? RemoteHoursAllowance.Rollover.NONE : RemoteHoursAllowance.Rollover.CARRY_OVER);
        if (rollover == 2) {
            remote = remote.withRolloverCap(Duration.ofMinutes(45));
        }
        return ServiceTier.builder().from(Examples.LYON_GOLD)
                .quotas(IncludedQuotas.builder().onSiteVisitsPerYear(visits).remoteHours(remote).systemUpdatesPerYear(updates).build())
                .addClauses(Clause.of(StandardClause.REMOTE_SUPPORT, ClauseParameter.HOURS, ParameterValue.duration(remote.hours())),
                        Clause.of(StandardClause.ON_SITE_VISITS, ClauseParameter.VISITS, ParameterValue.count(visits)),
                        Clause.of(StandardClause.SYSTEM_UPDATES, ClauseParameter.UPDATES, ParameterValue.count(updates)))
                .build();
    }

    @Test
    void withoutAllowances_theStatementsOfATermBillWhatAQuoteOfTheSameUsageBills() {
        qt().forAll(WORK, COUNTED, integers().between(0, 2)).checkAssert((work, counted, length) -> {
            int months = new int[] {1, 3, 12}[length];
            WorkLog log = log(work, counted);
            List<Statement> statements = statements(Statements.of(StatementsTest.contract(Examples.LYON_GOLD), RULE, List.of()),
                    months, log);
            Usage usage = Usage.builder().addAllInterventions(log.interventions())
                    .remoteTickets(log.tickets().values().stream().mapToInt(Integer::intValue).sum())
                    .systemUpdates(log.updates().values().stream().mapToInt(Integer::intValue).sum()).build();
            Quote quote = Quote.of(PricingContext.builder().from(StatementsTest.contract(Examples.LYON_GOLD)).usage(usage).build(), RULE);
            assertThat(statements.stream().map(Statement::billed).reduce(eur("0.00"), (a, b) -> a.add(b)))
                    .isEqualTo(quote.subtotal(QuotePart.ESTIMATE));
        });
    }

    @Test
    void withAllowances_billedPlusCoveredIsWhatTheSameUsageBillsWithoutThem_periodByPeriod() {
        qt().forAll(WORK, COUNTED, integers().between(0, 2).zip(integers().between(0, 8), integers().between(0, 2),
                integers().between(0, 2), (visits, remote, period, rollover) -> withQuotas(visits, remote, period, rollover,
                        remote % 3)), integers().between(0, 7))
                .checkAssert((work, counted, tier, prepaid) -> {
                    WorkLog log = log(work, counted);
                    List<Prepayment> prepayments = new ArrayList<>();
                    if ((prepaid & 1) != 0) {
                        prepayments.add(HoursBank.of(Duration.ofHours(3), new DateWindow(START, LocalDate.of(2026, 9, 30))));
                    }
                    if ((prepaid & 2) != 0) {
                        prepayments.add(TicketPack.of(2, new DateWindow(START.plusMonths(2), LocalDate.of(2026, 12, 31))));
                    }
                    if ((prepaid & 4) != 0) {
                        prepayments.add(Retainer.of(eur("150.00"), new DateWindow(START, LocalDate.of(2026, 6, 30))));
                    }
                    List<Statement> covered = statements(Statements.of(StatementsTest.contract(tier), RULE, prepayments), 1, log);
                    ServiceTier withoutQuotas = withQuotas(0, 0, 0, 0, 0); // the same clauses, nothing included by quota
                    List<Statement> plain = statements(Statements.of(StatementsTest.contract(withoutQuotas), RULE, List.of()), 1, log);
                    for (int i = 0; i < covered.size(); i++) {
                        Statement statement = covered.get(i);
                        assertThat(statement.billed().add(statement.covered())).as(statement.toString())
                                .isEqualTo(plain.get(i).billed());
                        assertThat(statement.listPrice()).isEqualTo(plain.get(i).billed());
                    }
                });
    }

    @Test
    void balancesNeverGoNegativeNorBeyondTheirCaps_andABankCoversNothingOutsideItsValidity() {
        qt().forAll(WORK, integers().between(1, 8), integers().between(0, 2)).checkAssert((work, quarterHours, period) -> {
            ServiceTier tier = withQuotas(0, quarterHours, period, 2, 0);
            HoursBank bank = HoursBank.of(Duration.ofHours(2), new DateWindow(START.plusMonths(1), LocalDate.of(2026, 6, 30)));
            List<Statement> statements = statements(Statements.of(StatementsTest.contract(tier), RULE, List.of(bank)), 1,
                    WorkLog.EMPTY.with(work.toArray(Intervention[]::new)));
            Duration hours = Duration.ofMinutes(15L * quarterHours);
            for (Statement statement : statements) {
                statement.remoteHours().forEach(p -> {
                    assertThat(p.carriedOut()).isLessThanOrEqualTo(Duration.ofMinutes(45));
                    assertThat(p.available()).isLessThanOrEqualTo(hours.plusMinutes(45));
                    assertThat(p.left().isNegative()).isFalse();
                });
                for (StatementLine line : statement.lines()) {
                    if (line.day().isPresent() && !bank.coversDay(line.day().get())) {
                        assertThat(line.covers()).extracting(Cover::prepayment).noneMatch(java.util.Optional::isPresent);
                    }
                    assertThat(line.billed().isNegative() && !line.line().category().equals(QuoteLine.Category.DISCOUNT)).isFalse();
                }
            }
        });
    }
}
