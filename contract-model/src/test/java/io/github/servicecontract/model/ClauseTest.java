package io.github.servicecontract.model;

import static io.github.servicecontract.model.Fixtures.ON_REQUEST;
import static io.github.servicecontract.model.Fixtures.POWER_SURGE;
import static io.github.servicecontract.model.Fixtures.TWO_VISITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClauseTest {

    private static final Set<ChargeableService> NOTHING = EnumSet.noneOf(ChargeableService.class);

    @Test
    void standardClause_carriesItsCatalogueEntry() {
        assertThat(POWER_SURGE.id()).isEqualTo(ClauseId.of("power-surge"));
        assertThat(POWER_SURGE.kind()).isEqualTo(ClauseKind.EXCLUSION);
        assertThat(POWER_SURGE.category()).isEqualTo(ClauseCategory.EVENT);
        assertThat(POWER_SURGE.messageKey()).isEqualTo(MessageKey.of("clause.power-surge"));
        assertThat(POWER_SURGE.isInclusion()).isFalse();
        assertThat(TWO_VISITS.services()).containsExactly(ChargeableService.ON_SITE_VISIT);
        assertThat(TWO_VISITS.parameter(ClauseParameter.VISITS)).contains(ParameterValue.count(2));
        assertThat(TWO_VISITS.missingParameters()).isEmpty();
        assertThat(StandardClause.MOVES_ADDS_CHANGES.id().value()).isEqualTo("moves-adds-changes");
    }

    @Test
    void catalogue_coversTheCommonExclusionsOfDomainFacts() {
        assertThat(EnumSet.allOf(StandardClause.class).stream().filter(c -> c.kind() == ClauseKind.EXCLUSION))
                .hasSize(13);
    }

    @Test
    void clauseWithoutItsRequiredParameter_reportsIt() {
        Clause visits = Clause.of(StandardClause.ON_SITE_VISITS);
        assertThat(visits.missingParameters()).containsExactly(ClauseParameter.VISITS);
        assertThat(visits.withParameter(ClauseParameter.VISITS, ParameterValue.count(3)).missingParameters()).isEmpty();
    }

    @Test
    void customClause_carriesItsOwnTextAndDefaultKey() {
        Clause pool = Clause.builder().id(ClauseId.of("pool-pump")).kind(ClauseKind.EXCLUSION)
                .category(ClauseCategory.EQUIPMENT).customText("Pool pump and its controller").build();
        assertThat(pool.messageKey()).isEqualTo(MessageKey.of("clause.pool-pump"));
        assertThat(pool.customText()).contains("Pool pump and its controller");
    }

    @Test
    void clause_eachRuleIsEnforcedWithItsMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Clause.of(StandardClause.ON_SITE_VISITS, ClauseParameter.VISITS,
                        ParameterValue.duration(Duration.ofHours(2))))
                .withMessage("parameters[VISITS] must be a COUNT, was Length[value=PT2H]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Clause.builder().id(ClauseId.of("x")).kind(ClauseKind.INCLUSION)
                        .category(ClauseCategory.SERVICE).customText("  ").build())
                .withMessage("customText must not be blank, was \"  \"");
        assertThatIllegalArgumentException().isThrownBy(() -> ParameterValue.count(-1)).withMessage("count must be >= 0, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> ParameterValue.duration(Duration.ofHours(-1)))
                .withMessage("duration must be >= 0, was PT-1H");
    }

    @Test
    void parameterKinds_matchTheirParameters() {
        assertThat(ClauseParameter.RADIUS.accepts(ParameterValue.distance(Distance.ofKilometres(15)))).isTrue();
        assertThat(ClauseParameter.DISCOUNT.accepts(ParameterValue.percentage(Percentage.of(10)))).isTrue();
        assertThat(ClauseParameter.DISCOUNT.accepts(ParameterValue.count(10))).isFalse();
    }

    @Test
    void audit_consistentClauses_haveNoProblem() {
        assertThat(ClauseAudit.audit(Fixtures.GOLD.clauses(), ON_REQUEST, EnumSet.of(ChargeableService.TRAVEL))).isEmpty();
    }

    @Test
    void audit_findsEveryProblemAtOnce() {
        Clause includedSurge = Clause.builder().from(POWER_SURGE).kind(ClauseKind.INCLUSION).build();
        Clause noTravel = Clause.builder().id(ClauseId.of("no-travel")).kind(ClauseKind.EXCLUSION)
                .category(ClauseCategory.COMMERCIAL).addServices(ChargeableService.ON_SITE_VISIT).build();
        List<Clause> clauses = List.of(TWO_VISITS, TWO_VISITS, POWER_SURGE, includedSurge,
                Clause.of(StandardClause.REMOTE_SUPPORT), noTravel);

        List<ClauseProblem> problems = ClauseAudit.audit(clauses, ON_REQUEST, NOTHING);

        assertThat(problems).extracting(ClauseProblem::code, ClauseProblem::subject).containsExactly(
                tuple(ClauseProblem.Code.DUPLICATE_CLAUSE, "on-site-visits"),
                tuple(ClauseProblem.Code.INCLUDED_AND_EXCLUDED, "power-surge"),
                tuple(ClauseProblem.Code.PARAMETER_MISSING, "remote-support"),
                tuple(ClauseProblem.Code.INCLUDED_AND_EXCLUDED, "ON_SITE_VISIT"),
                tuple(ClauseProblem.Code.SERVICE_SILENTLY_FREE, "SYSTEM_UPDATE"),
                tuple(ClauseProblem.Code.SERVICE_SILENTLY_FREE, "TRAVEL"));
        assertThat(problems.get(2).message()).isEqualTo("clause remote-support needs parameter HOURS");
        assertThat(problems.get(4)).hasToString(
                "SERVICE_SILENTLY_FREE SYSTEM_UPDATE: service SYSTEM_UPDATE is neither included, billed on demand nor excluded");
    }

    @Test
    void audit_explicitExclusionOrBilling_isNotSilent() {
        Clause noUpdates = Clause.builder().id(ClauseId.of("no-updates")).kind(ClauseKind.EXCLUSION)
                .category(ClauseCategory.SERVICE).addServices(ChargeableService.SYSTEM_UPDATE).build();
        assertThat(ClauseAudit.audit(List.of(noUpdates), ON_REQUEST,
                EnumSet.of(ChargeableService.REMOTE_SUPPORT, ChargeableService.ON_SITE_VISIT, ChargeableService.TRAVEL)))
                .isEmpty();
    }
}
