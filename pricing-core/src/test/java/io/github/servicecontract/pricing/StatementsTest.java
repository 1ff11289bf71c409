package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static io.github.servicecontract.pricing.Examples.LYON;
import static io.github.servicecontract.pricing.Examples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseParameter;
import io.github.servicecontract.model.DateWindow;
import io.github.servicecontract.model.HoursBank;
import io.github.servicecontract.model.IncludedQuotas;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.RemoteHoursAllowance;
import io.github.servicecontract.model.Retainer;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.TicketPack;
import io.github.servicecontract.pricing.statement.Cover;
import io.github.servicecontract.pricing.statement.PrepaidBalance;
import io.github.servicecontract.pricing.statement.Statement;
import io.github.servicecontract.pricing.statement.StatementLine;
import io.github.servicecontract.pricing.statement.Statements;
import io.github.servicecontract.pricing.statement.WorkLog;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Period statements: worked examples of real contract types, with their figures written out. */
class StatementsTest {

    /**
     * On-site labour at 100.00 an hour (150.00 on Saturdays, 200.00 on Sundays and holidays), remote
     * at 80.00 (120.00, 160.00), tickets at 25.00, updates at 45.00.
     */
    static final RateTable RATES = RateTable.builder(EUR)
            .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN), "100.00")
            .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN).withBand(TimeBand.SATURDAY), "150.00")
            .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, LYON).withRole(Role.TECHNICIAN).withBand(TimeBand.SUNDAY_HOLIDAY), "200.00")
            .rate(RateKey.of(CostComponent.REMOTE_LABOUR, LYON).withRole(Role.TECHNICIAN), "80.00")
            .rate(RateKey.of(CostComponent.REMOTE_LABOUR, LYON).withRole(Role.TECHNICIAN).withBand(TimeBand.SATURDAY), "120.00")
            .rate(RateKey.of(CostComponent.REMOTE_LABOUR, LYON).withRole(Role.TECHNICIAN).withBand(TimeBand.SUNDAY_HOLIDAY), "160.00")
            .rate(RateKey.of(CostComponent.REMOTE_TICKET, LYON), "25.00")
            .rate(RateKey.of(CostComponent.SYSTEM_UPDATE, LYON), "45.00")
            .build();

    static final PricingRule LABOUR = PricingRules.sum(PricingRules.onSiteLabour(), PricingRules.remoteLabour(),
            PricingRules.remoteTickets(), PricingRules.systemUpdates());

    private static final DateWindow END_OF_2026 = new DateWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    static PricingContext contract(ServiceTier tier) {
        return PricingContext.builder().from(Examples.LYON_CONTEXT).tier(tier).rates(RATES).usage(Usage.NONE).build();
    }

    static ServiceTier remoteHours(RemoteHoursAllowance allowance) {
        return ServiceTier.builder().from(Examples.LYON_GOLD).quotas(IncludedQuotas.builder().remoteHours(allowance).build())
                .addClauses(Clause.of(StandardClause.REMOTE_SUPPORT, ClauseParameter.HOURS, ParameterValue.duration(allowance.hours())))
                .build();
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    @Test
    void tenHourBank_drawnByThreeInterventions_thenBilledAtTheOverageRate() {
        HoursBank bank = HoursBank.of(Duration.ofHours(10), END_OF_2026).withOverageRate(eur("110.00"));
        Statements statements = Statements.of(contract(Examples.LYON_GOLD), LABOUR, List.of(bank));
        WorkLog log = WorkLog.EMPTY.with(Intervention.onSite(day(3, 10), Duration.ofHours(4)),
                Intervention.remote(day(4, 14), Duration.ofHours(3)), Intervention.onSite(day(5, 12), Duration.ofMinutes(150)),
                Intervention.remote(day(6, 9), Duration.ofHours(2)));

        Statement first = statements.statement(day(1, 1), day(4, 1), log);
        assertThat(first.lines()).extracting(StatementLine::listPrice).containsExactly(eur("400.00"));
        assertThat(first.billed()).isEqualTo(eur("0.00"));
        assertThat(first.prepaid()).containsExactly(new PrepaidBalance.Bank(bank, Duration.ofHours(10), Duration.ofHours(4),
                Duration.ZERO, Duration.ofHours(6), false));

        Statement second = statements.statement(day(4, 1), day(7, 1), log);
        assertThat(second.lines()).extracting(StatementLine::listPrice)
                .containsExactly(eur("240.00"), eur("250.00"), eur("205.00")); // 30 min from the bank, 40.00, and 1 h 30 at 110.00
        assertThat(second.lines()).extracting(StatementLine::billed)
                .containsExactly(eur("0.00"), eur("0.00"), eur("165.00")); // 1 h 30 beyond the bank at 110.00
        StatementLine last = second.lines().get(2);
        assertThat(last.covers()).containsExactly(Cover.byPrepayment(bank, new java.math.BigDecimal("0.5"), Unit.HOUR, eur("40.00")));
        assertThat(last.overage()).contains(new StatementLine.Overage(Duration.ofMinutes(90), eur("110.00")));
        assertThat(last.work().quantity()).isEqualByComparingTo("2");
        assertThat(last.day()).contains(day(6, 9));
        assertThat(second.lines().get(0).overage()).isEmpty();
        assertThat(second.listPrice()).isEqualTo(second.covered().add(second.billed()));
        assertThat(second.covered()).isEqualTo(eur("530.00"));
        assertThat(second.prepaid()).containsExactly(new PrepaidBalance.Bank(bank, Duration.ofHours(6), Duration.ofHours(6),
                Duration.ZERO, Duration.ZERO, false));
    }

    @Test
    void withoutAnOverageRate_timeBeyondTheBankIsBilledAtTheRateCard() {
        HoursBank bank = HoursBank.of(Duration.ofHours(1), END_OF_2026);
        Statement statement = Statements.of(contract(Examples.LYON_GOLD), LABOUR, List.of(bank))
                .statement(day(1, 1), day(2, 1), WorkLog.EMPTY.with(Intervention.remote(day(1, 13), Duration.ofMinutes(90))));
        assertThat(statement.lines().get(0).listPrice()).isEqualTo(eur("120.00"));
        assertThat(statement.covered()).isEqualTo(eur("80.00"));
        assertThat(statement.billed()).isEqualTo(eur("40.00"));
    }

    @Test
    void quarterlyAllowanceOfTwoRemoteHours_rolloverCappedAtTwo() {
        RemoteHoursAllowance allowance = RemoteHoursAllowance.of(Duration.ofHours(2), RemoteHoursAllowance.AllowancePeriod.QUARTER,
                RemoteHoursAllowance.Rollover.CARRY_OVER).withRolloverCap(Duration.ofHours(2));
        Statements statements = Statements.of(contract(remoteHours(allowance)), LABOUR, List.of());
        WorkLog log = WorkLog.EMPTY.with(Intervention.remote(day(2, 3), Duration.ofMinutes(30)),
                Intervention.remote(day(7, 7), Duration.ofHours(5)));

        Statement q1 = statements.statement(day(1, 1), day(4, 1), log);
        assertThat(q1.billed()).isEqualTo(eur("0.00"));
        assertThat(q1.remoteHours()).singleElement().satisfies(period -> {
            assertThat(period.used()).isEqualTo(Duration.ofMinutes(30));
            assertThat(period.carriedOut()).isEqualTo(Duration.ofMinutes(90));
        });
        Statement q2 = statements.statement(day(4, 1), day(7, 1), log);
        assertThat(q2.lines()).isEmpty();
        assertThat(q2.remoteHours()).singleElement().satisfies(period -> {
            assertThat(period.available()).isEqualTo(Duration.ofMinutes(210)); // 2 h and 1 h 30 carried in
            assertThat(period.carriedOut()).isEqualTo(Duration.ofHours(2)); // the cap
            assertThat(period.lapsed()).isEqualTo(Duration.ofMinutes(90));
        });
        Statement q3 = statements.statement(day(7, 1), day(10, 1), log);
        assertThat(q3.remoteHours().get(0).available()).isEqualTo(Duration.ofHours(4));
        StatementLine fiveHours = q3.lines().get(0);
        assertThat(fiveHours.listPrice()).isEqualTo(eur("400.00"));
        assertThat(fiveHours.covers()).containsExactly(Cover.byTier(new java.math.BigDecimal("4"), Unit.HOUR, eur("320.00")));
        assertThat(fiveHours.billed()).isEqualTo(eur("80.00"));

        // the quote of the same usage bills the same hour: one account of included time
        Quote quote = Quote.of(PricingContext.builder().from(contract(remoteHours(allowance))).usage(Usage.builder()
                .addAllInterventions(log.interventions()).build()).build(), LABOUR);
        assertThat(quote.subtotal(QuotePart.ESTIMATE)).isEqualTo(eur("80.00"));
    }

    @Test
    void ticketPack_coversTicketsUntilEmpty_thenTheyAreBilled() {
        TicketPack pack = TicketPack.of(3, END_OF_2026);
        ServiceTier billedTickets = Examples.LYON_GOLD;
        Statement statement = Statements.of(contract(billedTickets), LABOUR, List.of(pack))
                .statement(day(1, 1), day(2, 1), WorkLog.EMPTY.withTickets(day(1, 5), 2).withTickets(day(1, 20), 2));
        assertThat(statement.lines()).extracting(StatementLine::billed).containsExactly(eur("0.00"), eur("25.00"));
        assertThat(statement.prepaid()).containsExactly(new PrepaidBalance.Tickets(pack, 3, 3, 0, 0, false));
    }

    @Test
    void retainer_drawsEveryCharge_andWhatIsLeftLapsesAtItsLastDay() {
        Retainer retainer = Retainer.of(eur("500.00"), new DateWindow(day(1, 1), day(3, 31)));
        Statements statements = Statements.of(contract(Examples.LYON_GOLD), LABOUR, List.of(retainer));
        WorkLog log = WorkLog.EMPTY.with(Intervention.onSite(day(2, 10), Duration.ofHours(3)),
                Intervention.remote(day(4, 7), Duration.ofHours(1)));
        Statement q1 = statements.statement(day(1, 1), day(4, 1), log);
        assertThat(q1.billed()).isEqualTo(eur("0.00"));
        assertThat(q1.prepaid()).containsExactly(new PrepaidBalance.Funds(retainer, eur("500.00"), eur("300.00"), eur("200.00"),
                eur("0.00"), true));
        Statement q2 = statements.statement(day(4, 1), day(7, 1), log);
        assertThat(q2.billed()).isEqualTo(eur("80.00")); // the retainer expired on 31 March
        assertThat(q2.prepaid()).containsExactly(new PrepaidBalance.Funds(retainer, eur("0.00"), eur("0.00"), eur("0.00"),
                eur("0.00"), true));
    }

    @Test
    void systemUpdates_includedUpToTheYearlyQuota_thenBilled() {
        ServiceTier fourUpdates = ServiceTier.builder().from(Examples.LYON_GOLD)
                .quotas(IncludedQuotas.builder().systemUpdatesPerYear(4).build())
                .addClauses(Clause.of(StandardClause.SYSTEM_UPDATES, ClauseParameter.UPDATES, ParameterValue.count(4))).build();
        Statements statements = Statements.of(contract(fourUpdates), LABOUR, List.of());
        WorkLog log = WorkLog.EMPTY.withUpdates(day(2, 2), 3).withUpdates(day(5, 4), 2);
        assertThat(statements.statement(day(1, 1), day(4, 1), log).billed()).isEqualTo(eur("0.00"));
        Statement q2 = statements.statement(day(4, 1), day(7, 1), log);
        assertThat(q2.listPrice()).isEqualTo(eur("90.00"));
        assertThat(q2.covered()).isEqualTo(eur("45.00"));
        assertThat(q2.billed()).isEqualTo(eur("45.00"));
    }

    @Test
    void aPeriodOutsideTheTerm_orALogDayOutsideIt_isRefused() {
        Statements statements = Statements.of(contract(Examples.LYON_GOLD), LABOUR, List.of());
        assertThatIllegalArgumentException().isThrownBy(() -> statements.statement(day(1, 1), day(1, 1), WorkLog.EMPTY))
                .withMessageContaining("until");
        assertThatIllegalArgumentException().isThrownBy(() -> statements.statement(LocalDate.of(2025, 12, 1), day(1, 1),
                WorkLog.EMPTY)).withMessageContaining("from");
        assertThatIllegalArgumentException().isThrownBy(() -> statements.statement(day(1, 1), day(2, 1),
                WorkLog.EMPTY.with(Intervention.remote(LocalDate.of(2027, 1, 4), Duration.ofHours(1)))))
                .withMessageContaining("log.interventions[0].day");
        assertThatIllegalArgumentException().isThrownBy(() -> Statements.of(contract(Examples.LYON_GOLD), LABOUR,
                List.of(Retainer.of(Examples.usd("100.00"), END_OF_2026))));
    }

    @Test
    void theLedgerOfRemoteHours_addsUp_andRefusesADayBeforeTheStart() {
        RemoteHoursAllowance carry = RemoteHoursAllowance.of(Duration.ofHours(1), RemoteHoursAllowance.AllowancePeriod.MONTH,
                RemoteHoursAllowance.Rollover.CARRY_OVER);
        List<Intervention> work = List.of(Intervention.remote(day(1, 13), Duration.ofMinutes(20)),
                Intervention.remote(day(3, 3), Duration.ofMinutes(150)));
        RemoteHoursLedger ledger = RemoteHoursLedger.of(carry, day(1, 1), work, i -> true);
        assertThat(ledger.covered(0)).isEqualTo(Duration.ofMinutes(20));
        assertThat(ledger.covered(1)).isEqualTo(Duration.ofMinutes(150)); // 40 min + 1 h carried, and March's hour
        List<RemoteHoursBalance> periods = ledger.periodsThrough(day(4, 30));
        assertThat(periods).hasSize(4);
        assertThat(periods.get(1).carriedIn()).isEqualTo(Duration.ofMinutes(40));
        assertThat(periods.get(2).available()).isEqualTo(Duration.ofMinutes(160));
        assertThat(periods.get(2).left()).isEqualTo(Duration.ofMinutes(10));
        assertThat(periods.get(3).from()).isEqualTo(day(4, 1));
        assertThat(periods.get(3).until()).isEqualTo(day(5, 1));
        assertThat(RemoteHoursLedger.of(carry, day(1, 1), work, i -> false).covered(1)).isEqualTo(Duration.ZERO);
        assertThatIllegalArgumentException().isThrownBy(() -> ledger.periodsThrough(LocalDate.of(2025, 12, 31)))
                .withMessageContaining("day must not be before the start of the terms 2026-01-01");
        assertThatIllegalArgumentException().isThrownBy(() -> new RemoteHoursBalance(day(1, 1), day(2, 1), Duration.ofHours(1),
                Duration.ZERO, Duration.ZERO, Duration.ofMinutes(30), Duration.ZERO, Duration.ofMinutes(30)))
                .withMessageContaining("must be granted + carriedIn - used");
        assertThatIllegalArgumentException().isThrownBy(() -> new RemoteHoursBalance(day(1, 1), day(2, 1), Duration.ofHours(1),
                Duration.ZERO, Duration.ofHours(2), Duration.ofHours(-1), Duration.ZERO, Duration.ofHours(-1)))
                .withMessageContaining("left");
    }

    @Test
    void aWorkLog_isOnDemandWork_countedPerDay_andCutAtADay() {
        Intervention planned = Intervention.remote(day(2, 3), Duration.ofHours(1));
        WorkLog log = WorkLog.EMPTY.with(planned).withTickets(day(2, 3), 1).withTickets(day(2, 3), 2).withUpdates(day(3, 3), 1);
        assertThat(log.interventions()).extracting(Intervention::commitment).containsExactly(Commitment.ESTIMATED);
        assertThat(log.tickets()).containsEntry(day(2, 3), 3);
        assertThat(log.before(day(3, 3)).updates()).isEmpty();
        assertThat(log.before(day(2, 4)).tickets()).containsEntry(day(2, 3), 3);
        assertThat(log.before(day(2, 3)).interventions()).isEmpty();
        assertThat(log.toString()).isEqualTo("WorkLog[1 interventions, 3 tickets, 1 updates]");
        assertThatIllegalArgumentException().isThrownBy(() -> WorkLog.EMPTY.withTickets(day(2, 3), 0)).withMessageContaining("tickets");
        assertThatIllegalArgumentException().isThrownBy(() -> WorkLog.EMPTY.withUpdates(day(2, 3), -1)).withMessageContaining("updates");
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkLog(List.of(), new java.util.TreeMap<>(java.util.Map.of(day(1, 1),
                0)), new java.util.TreeMap<>())).withMessageContaining("tickets[2026-01-01]");
    }

    @Test
    void covers_andStatements_areValuesWrittenExactly() {
        HoursBank bank = HoursBank.of(Duration.ofHours(1), END_OF_2026);
        Cover cover = Cover.byPrepayment(bank, new java.math.BigDecimal("0.50"), Unit.HOUR, eur("40.00"));
        assertThat(cover).isEqualTo(Cover.byPrepayment(bank, new java.math.BigDecimal("0.5"), Unit.HOUR, eur("40.00")))
                .hasSameHashCodeAs(Cover.byPrepayment(bank, new java.math.BigDecimal("0.5"), Unit.HOUR, eur("40.00")))
                .isNotEqualTo(Cover.byTier(new java.math.BigDecimal("0.5"), Unit.HOUR, eur("40.00")));
        assertThat(cover.prepayment()).contains(bank);
        assertThat(cover.toString()).isEqualTo("Cover[HoursBank[hours=PT1H, validity=2026-01-01..2026-12-31], 0.50 HOUR, EUR 40.00]");
        assertThat(Cover.byTier(java.math.BigDecimal.ONE, Unit.HOUR, eur("-2.00")).value()).isEqualTo(eur("-2.00"));
        assertThatIllegalArgumentException().isThrownBy(() -> Cover.byPrepayment(bank, java.math.BigDecimal.ONE, Unit.HOUR,
                eur("-1.00"))).withMessageContaining("value must be >= 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Cover.byTier(new java.math.BigDecimal("-1"), Unit.HOUR, eur("1.00")))
                .withMessageContaining("quantity");

        Statements statements = Statements.of(contract(Examples.LYON_GOLD), LABOUR, List.of(bank));
        Statement statement = statements.statement(day(1, 1), day(2, 1), WorkLog.EMPTY.with(Intervention.remote(day(1, 13),
                Duration.ofMinutes(90))));
        assertThat(statement.from()).isEqualTo(day(1, 1));
        assertThat(statement.until()).isEqualTo(day(2, 1));
        assertThat(statement.lastDay()).isEqualTo(day(1, 31));
        assertThat(statement.currency()).isEqualTo(EUR);
        assertThat(statement.remoteHours()).isEmpty();
        assertThat(statement.taxed(Taxation.of(TaxRate.FRANCE)).includingTax()).isEqualTo(eur("48.00"));
        assertThat(statement.toString()).isEqualTo("Statement[2026-01-01 to 2026-01-31, 1 lines, list EUR 120.00, covered EUR 80.00,"
                + " billed EUR 40.00]");
        assertThat(statement.lines().get(0).toString()).startsWith("StatementLine[2026-01-13 remote-labour, list EUR 120.00, covers");
        assertThat(statements.toString()).isEqualTo("Statements[tier=gold, prepayments=[HoursBank[hours=PT1H, validity=2026-01-01..2026-12-31]]]");
    }

    @Test
    void severalPrepayments_drawOnlyWhatIsStillBilled_packsAndBanksBeforeMoney_whateverTheirOrder() {
        TicketPack one = TicketPack.of(1, END_OF_2026);
        TicketPack ten = TicketPack.of(10, END_OF_2026);
        Statement tickets = Statements.of(contract(Examples.LYON_GOLD), LABOUR, List.of(one, ten))
                .statement(day(1, 1), day(2, 1), WorkLog.EMPTY.withTickets(day(1, 5), 3));
        assertThat(tickets.prepaid()).containsExactly(new PrepaidBalance.Tickets(one, 1, 1, 0, 0, false),
                new PrepaidBalance.Tickets(ten, 10, 2, 0, 8, false));
        assertThat(tickets.billed()).isEqualTo(eur("0.00"));

        Retainer retainer = Retainer.of(eur("100.00"), END_OF_2026);
        HoursBank bank = HoursBank.of(Duration.ofHours(10), END_OF_2026);
        Statement labour = Statements.of(contract(Examples.LYON_GOLD), LABOUR, List.of(retainer, bank))
                .statement(day(1, 1), day(2, 1), WorkLog.EMPTY.with(Intervention.onSite(day(1, 13), Duration.ofHours(3))));
        assertThat(labour.lines().get(0).covers()).extracting(c -> c.prepayment().orElseThrow()).containsExactly(bank);
        assertThat(labour.prepaid().get(0)).isEqualTo(new PrepaidBalance.Funds(retainer, eur("100.00"), eur("0.00"),
                eur("0.00"), eur("100.00"), false));

        // an empty bank with its own rate, listed before a full one: the full one draws first, at the rate card
        HoursBank empty = HoursBank.of(Duration.ofHours(1), new DateWindow(day(1, 1), day(1, 31))).withOverageRate(eur("50.00"));
        HoursBank full = HoursBank.of(Duration.ofHours(10), END_OF_2026);
        Statement both = Statements.of(contract(Examples.LYON_GOLD), LABOUR, List.of(empty, full)).statement(day(1, 1), day(2, 1),
                WorkLog.EMPTY.with(Intervention.onSite(day(1, 13), Duration.ofHours(3))));
        assertThat(both.billed()).isEqualTo(eur("0.00"));
        assertThat(both.covered()).isEqualTo(eur("300.00"));
        assertThat(both.lines().get(0).overage()).isEmpty();

        // the same pack bought twice is two packs
        Statement twice = Statements.of(contract(Examples.LYON_GOLD), LABOUR, List.of(one, one))
                .statement(day(1, 1), day(2, 1), WorkLog.EMPTY.withTickets(day(1, 5), 3));
        assertThat(twice.billed()).isEqualTo(eur("25.00"));
    }

    @Test
    void aPrepaymentBoughtMidTerm_coversNothingBeforeItsFirstDay() {
        TicketPack april = TicketPack.of(10, new DateWindow(day(4, 1), day(12, 31)));
        Statements statements = Statements.of(contract(Examples.LYON_GOLD), LABOUR, List.of(april));
        WorkLog log = WorkLog.EMPTY.withTickets(day(2, 5), 2).withTickets(day(4, 7), 1);
        assertThat(statements.statement(day(1, 1), day(4, 1), log).billed()).isEqualTo(eur("50.00"));
        Statement q2 = statements.statement(day(4, 1), day(7, 1), log);
        assertThat(q2.billed()).isEqualTo(eur("0.00"));
        assertThat(q2.prepaid()).containsExactly(new PrepaidBalance.Tickets(april, 10, 1, 0, 9, false));
    }

    @Test
    void allowancePeriods_beginWhereTheirDaysDo_evenFromTheEndOfAMonth() {
        RemoteHoursAllowance monthly = RemoteHoursAllowance.of(Duration.ofHours(1), RemoteHoursAllowance.AllowancePeriod.MONTH,
                RemoteHoursAllowance.Rollover.NONE);
        LocalDate start = day(1, 31);
        RemoteHoursLedger ledger = RemoteHoursLedger.of(monthly, start, List.of(Intervention.remote(day(2, 27), Duration.ofHours(1)),
                Intervention.remote(day(2, 28), Duration.ofHours(1))), i -> true);
        assertThat(ledger.covered(1)).isEqualTo(Duration.ofHours(1)); // 28 February begins the second period
        assertThat(ledger.periodsThrough(day(2, 28))).extracting(RemoteHoursBalance::from).containsExactly(start, day(2, 28));
    }
}
