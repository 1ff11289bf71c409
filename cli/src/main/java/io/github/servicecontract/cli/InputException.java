package io.github.servicecontract.cli;

/**
 * A problem with an input file: the file, the place in it, and what is wrong, on one line.
 *
 * <p>For example: {@code "lyon.yaml, /tiers/0/quotas/onSiteVisitsPerYear: must be a whole
 * number, was \"two\""}.
 */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputException(String file, String place, String problem) {
        super(file + (place.isEmpty() ? "" : ", " + place) + ": " + problem);
    }

    InputException(String file, String place, String problem, Throwable cause) {
        super(file + (place.isEmpty() ? "" : ", " + place) + ": " + problem, cause);
    }
}
