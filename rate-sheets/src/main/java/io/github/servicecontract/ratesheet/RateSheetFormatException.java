package io.github.servicecontract.ratesheet;

import java.util.Objects;

/**
 * Thrown when a rate-sheet file cannot be read: it names the line, the column and the problem.
 * No sheet is returned from a file with such a problem.
 *
 * <p>For example: {@code "rates.csv, line 7, column amount: must be a decimal number, was
 * \"8O.00\""}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RateSheetFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String column;

    /**
     * Creates the exception.
     *
     * @param source the file's name, or another name for where the text came from
     * @param line the line, from 1, or 0 when the problem is the file as a whole (its size, its kind)
     * @param column the column's name, or empty for the whole line
     * @param problem what is wrong
     */
    public RateSheetFormatException(String source, long line, String column, String problem) {
        super(Objects.requireNonNull(source, "source") + (line == 0 ? "" : ", line " + line)
                + (Objects.requireNonNull(column, "column").isEmpty() ? "" : ", column " + column) + ": "
                + Objects.requireNonNull(problem, "problem"));
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** Returns where the text came from. */
    public String source() {
        return source;
    }

    /** Returns the line, from 1, or 0 when the problem is the file as a whole. */
    public long line() {
        return line;
    }

    /** Returns the column's name, or empty for the whole line. */
    public String column() {
        return column;
    }
}
