package io.github.servicecontract.cli;

/**
 * A problem with an input file: the file, the place in it, and what is wrong, on one line.
 *
 * <p>For example: {@code "lyon.yaml, /tiers/0/quotas/onSiteVisitsPerYear: must be a whole
 * number, was \"two\""}.
 */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String place;
    private final String problem;

    InputException(String file, String place, String problem) {
        super(file + (place.isEmpty() ? "" : ", " + place) + ": " + problem);
        this.file = file;
        this.place = place;
        this.problem = problem;
    }

    InputException(String file, String place, String problem, Throwable cause) {
        super(file + (place.isEmpty() ? "" : ", " + place) + ": " + problem, cause);
        this.file = file;
        this.place = place;
        this.problem = problem;
    }

    /** The file, option or value refused: {@code lyon.yaml}, {@code --on}. */
    String file() {
        return file;
    }

    /** The place in it, a JSON Pointer or a line and column, empty when the whole is refused. */
    String place() {
        return place;
    }

    /** What is wrong. */
    String problem() {
        return problem;
    }
}
