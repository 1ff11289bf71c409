package io.github.servicecontract.ratesheet;

/**
 * How a spreadsheet writes its CSV files.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CsvDialect {
    /** Fields separated by commas, decimals with a point, as English spreadsheets write them. */
    COMMA(',', '.'),
    /**
     * Fields separated by semicolons, decimals with a comma, as French, Italian and German
     * spreadsheets write them.
     */
    SEMICOLON(';', ',');

    private final char delimiter;
    private final char decimalMark;

    CsvDialect(char delimiter, char decimalMark) {
        this.delimiter = delimiter;
        this.decimalMark = decimalMark;
    }

    /**
     * Returns the field separator.
     *
     * @return {@code ','} or {@code ';'}
     */
    public char delimiter() {
        return delimiter;
    }

    /**
     * Returns the decimal mark written.
     *
     * @return {@code '.'} or {@code ','}
     */
    public char decimalMark() {
        return decimalMark;
    }
}
