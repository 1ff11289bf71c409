package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static io.github.servicecontract.pricing.Examples.LYON;
import static io.github.servicecontract.pricing.Examples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseParameter;
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

    private static final LocalDate END_OF_2026 = LocalDate.of(2026, 12, 31);

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
                .containsExactly(eur("240.00"), eur("250.00"), eur("160.00"));
        assertThat(second.lines()).extracting(StatementLine::billed)
                .containsExactly(eur("0.00"), eur("0.00"), eur("165.00")); // 1 h 30 beyond the bank at 110.00
        StatementLine last = second.lines().get(2);
        assertThat(last.covers()).containsExactly(Cover.byPrepayment(bank, new java.math.BigDecimal("0.5"), Unit.HOUR, eur("40.00")));
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
        Retainer retainer = Retainer.of(eur("500.00"), day(3, 31));
        Statements statements = Statements.of(contract(Examples.LYON_GOLD), LABOUR, List.of(retainer));
        WorkLog log = WorkLog.EMPTY.with(Intervention.onSite(day(2, 10), Duration.ofHours(3)),
                Intervention.remote(day(4, 7), Duration.ofHours(1)));
        Statement q1 = statements.statement(day(1, 1), day(4, 1), log);
        assertThat(q1.billed()).isEqualTo(eur("0.00"));
        assertThat(q1.prepaid()).containsExactly(new PrepaidBalance.Money(retainer, eur("500.00"), eur("300.00"), eur("200.00"),
                eur("0.00"), true));
        Statement q2 = statements.statement(day(4, 1), day(7, 1), log);
        assertThat(q2.billed()).isEqualTo(eur("80.00")); // the retainer expired on 31 March
        assertThat(q2.prepaid()).containsExactly(new PrepaidBalance.Money(retainer, eur("0.00"), eur("0.00"), eur("0.00"),
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
}
