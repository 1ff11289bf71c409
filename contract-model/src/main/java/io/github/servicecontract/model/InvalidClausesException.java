package io.github.servicecontract.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a tier or contract is built with inconsistent clauses; it carries every problem
 * found, not only the first.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidClausesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems; a List.copyOf result, which is serializable. */
    private final List<ClauseProblem> problems;

    /**
     * Creates the exception.
     *
     * @param field the field whose clauses are inconsistent, for example {@code "clauses"}
     * @param problems the problems, at least one
     */
    public InvalidClausesException(String field, List<ClauseProblem> problems) {
        super(Objects.requireNonNull(field, "field") + " must be consistent, found " + Objects.requireNonNull(problems, "problems").size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + problems.stream().map(ClauseProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns every problem found.
     *
     * @return the problems, at least one
     */
    public List<ClauseProblem> problems() {
        return problems;
    }
}
