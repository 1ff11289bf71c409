package io.github.servicecontract.jackson.contractfile;

/**
 * A problem with an input: the file (or the option, or the value) refused, the place in it, and what is wrong, on
 * one line.
 *
 * <p>For example: {@code "lyon.yaml, /tiers/0/quotas/onSiteVisitsPerYear: must be a whole
 * number, was \"two\""}. The place is a JSON Pointer (RFC 6901) into the file as read, or a line and column where
 * the text is not well-formed.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String place;
    private final String problem;

    /**
     * A problem.
     *
     * @param file the file, option or value refused: {@code lyon.yaml}, {@code --on}
     * @param place the place in it, empty when the whole is refused
     * @param problem what is wrong
     */
    public InputException(String file, String place, String problem) {
        super(java.util.Objects.requireNonNull(file, "file") + (java.util.Objects.requireNonNull(place, "place").isEmpty() ? "" : ", " + place) + ": " + problem);
        this.file = file;
        this.place = place;
        this.problem = problem;
    }

    /**
     * A problem found through another exception.
     *
     * @param file the file, option or value refused
     * @param place the place in it, empty when the whole is refused
     * @param problem what is wrong
     * @param cause the exception that found it
     */
    public InputException(String file, String place, String problem, Throwable cause) {
        super(java.util.Objects.requireNonNull(file, "file") + (java.util.Objects.requireNonNull(place, "place").isEmpty() ? "" : ", " + place) + ": " + problem, cause);
        this.file = file;
        this.place = place;
        this.problem = problem;
    }

    /** @return the file, option or value refused: {@code lyon.yaml}, {@code --on} */
    public String file() {
        return file;
    }

    /** @return the place in it, a JSON Pointer or a line and column, empty when the whole is refused */
    public String place() {
        return place;
    }

    /** @return what is wrong */
    public String problem() {
        return problem;
    }
}
