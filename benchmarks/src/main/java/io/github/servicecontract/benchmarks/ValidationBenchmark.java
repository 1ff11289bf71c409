package io.github.servicecontract.benchmarks;

import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.RateKey;
import io.github.servicecontract.pricing.Role;
import io.github.servicecontract.pricing.TimeBand;
import io.github.servicecontract.pricing.Unit;
import io.github.servicecontract.pricing.ratesheet.RateReport;
import io.github.servicecontract.pricing.ratesheet.RateRequirements;
import io.github.servicecontract.pricing.ratesheet.RateRow;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating a 100 k-row rate sheet (every problem check): clean; with a problem on every row;
 * and with requirements, each department's rates changing on its own day. Goal: under 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class ValidationBenchmark {

    static final int ROWS = 100_000;

    private RateSheet sheet;
    private RateSheet wrongSheet;
    private RateSheet staggeredSheet;
    private RateRequirements everyDepartment;

    /** Builds the sheet: 95 departments, 2 labour components, 90 roles, 6 bands: 102,600 keys, the first 100 k kept. */
    @Setup
    public void build() {
        List<RateRow> rows = new ArrayList<>(ROWS);
        outer:
        for (int department = 1; department <= 95; department++) {
            RegionCode region = RegionCode.of("FR", String.format("%02d", department));
            for (CostComponent component : List.of(CostComponent.ON_SITE_LABOUR, CostComponent.REMOTE_LABOUR)) {
                for (int role = 1; role <= 90; role++) {
                    RateKey key = RateKey.of(component, region).withRole(Role.of("ROLE_" + role));
                    BigDecimal business = BigDecimal.valueOf(7000 + role, 2);
                    for (TimeBand band : TimeBand.values()) {
                        RateKey banded = band == TimeBand.BUSINESS_HOURS ? key : key.withBand(band);
                        rows.add(RateRow.of(banded, Unit.HOUR, business.add(BigDecimal.valueOf(band.ordinal() * 1000L, 2)),
                                Workloads.EUR, Workloads.START));
                        if (rows.size() == ROWS) {
                            break outer;
                        }
                    }
                }
            }
        }
        sheet = RateSheet.of(rows);
        if (!sheet.validate().isClean()) {
            throw new IllegalStateException("the benchmark sheet must be clean: " + sheet.validate());
        }
        // the same rows, each rate negated: every row is negative, and every premium band below its business-hours rate
        wrongSheet = RateSheet.of(rows.stream().map(row -> new RateRow(row.line(), row.key(), row.upTo(), row.mode(), row.flat(), row.unit(),
                row.amount().negate(), row.currency(), row.effectiveFrom(), row.effectiveUntil())).toList());
        if (wrongSheet.validate().problems().size() < ROWS) {
            throw new IllegalStateException("the wrong sheet must have a problem on every row");
        }
        // the same rows (93 departments), each department's from its own day of January to April, and the
        // country's rates of three roles from the start, that every department falls back on until its own apply
        List<RateRow> staggered = new ArrayList<>(rows.stream().map(row -> new RateRow(row.line(), row.key(), row.upTo(), row.mode(), row.flat(), row.unit(), row.amount(), row.currency(),
                Workloads.START.plusDays(Integer.parseInt(row.key().region().subdivision().orElseThrow())), row.effectiveUntil()))
                .toList());
        List<Role> roles = List.of(Role.of("ROLE_1"), Role.of("ROLE_2"), Role.of("ROLE_3"));
        List<CostComponent> labour = List.of(CostComponent.ON_SITE_LABOUR, CostComponent.REMOTE_LABOUR);
        for (CostComponent component : labour) {
            for (Role role : roles) {
                for (TimeBand band : TimeBand.values()) {
                    RateKey key = RateKey.of(component, RegionCode.ofCountry("FR")).withRole(role);
                    staggered.add(RateRow.of(band == TimeBand.BUSINESS_HOURS ? key : key.withBand(band), Unit.HOUR,
                            BigDecimal.valueOf(9000 + band.ordinal() * 1000L, 2), Workloads.EUR, Workloads.START));
                }
            }
        }
        staggeredSheet = RateSheet.of(staggered);
        List<RegionCode> departments = new ArrayList<>();
        for (int department = 1; department <= 95; department++) {
            departments.add(RegionCode.of("FR", String.format("%02d", department)));
        }
        everyDepartment = RateRequirements.labour(departments, labour, roles, List.of(TimeBand.values()));
        if (staggeredSheet.changeDates().size() != 94 || !staggeredSheet.validate(everyDepartment).isClean()) {
            throw new IllegalStateException("the staggered sheet must change on 94 days and be clean: "
                    + staggeredSheet.validate(everyDepartment));
        }
    }

    /** Every check of the report. */
    @Benchmark
    public RateReport validate() {
        // validate() keeps a sheet's report once found: the benchmark asks for it without requirements each time instead
        return sheet.validate(RateRequirements.none());
    }

    /**
     * Every check of the report, with 3,420 required rates checked on each of the 94 days the
     * rates change (met by the country's rates until each department's own apply).
     */
    @Benchmark
    public RateReport validateWithRequirements() {
        return staggeredSheet.validate(everyDepartment);
    }

    /** Every check of the report, on a sheet with a problem on every row. */
    @Benchmark
    public RateReport validateEveryRowWrong() {
        return wrongSheet.validate(RateRequirements.none());
    }
}
