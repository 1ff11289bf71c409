package io.github.servicecontract.pricing.ratesheet;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every problem of a rate sheet, found at once, in the order of the sheet.
 *
 * <p>For example, a report with one {@code NEGATIVE_RATE} error at line 12 and one
 * {@code ZERO_RATE} warning at line 20 is not valid; one with only the warning is valid but not
 * clean.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param problems the problems, possibly none
 */
public record RateReport(List<RateProblem> problems) {

    /** Creates a report. */
    public RateReport {
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }

    /**
     * Checks if the sheet can be used: it has no error (warnings allowed).
     *
     * @return true if no problem is an error
     */
    public boolean isValid() {
        return problems.stream().noneMatch(p -> p.severity() == RateProblem.Severity.ERROR);
    }

    /**
     * Checks if the sheet has no problem at all.
     *
     * @return true if there is no error and no warning
     */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /**
     * Returns the problems of one kind.
     *
     * @param code the kind
     * @return its problems, in order
     */
    public List<RateProblem> problems(RateProblem.Code code) {
        Objects.requireNonNull(code, "code");
        return problems.stream().filter(p -> p.code() == code).toList();
    }

    /** Returns one problem a line, or {@code "no problems"}. */
    @Override
    public String toString() {
        return problems.isEmpty() ? "no problems"
                : problems.size() + (problems.size() == 1 ? " problem:\n" : " problems:\n")
                        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
