package io.github.servicecontract.ratesheet;

import io.github.servicecontract.model.Decimals;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.model.internal.Suggestions;
import io.github.servicecontract.model.internal.TextInput;
import io.github.servicecontract.pricing.Brackets;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.RateKey;
import io.github.servicecontract.pricing.Role;
import io.github.servicecontract.pricing.TimeBand;
import io.github.servicecontract.pricing.ratesheet.RateRow;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads and writes rate sheets as CSV files, the form integrators keep their rates in.
 *
 * <p>The format: UTF-8, with or without a byte-order mark; a header row naming the columns
 * {@code region, component, role, brand, band, tier, up_to, mode, flat, unit, amount, currency,
 * effective_from, effective_until} in any order (names are case-insensitive; {@code role},
 * {@code brand}, {@code band}, {@code tier}, {@code up_to}, {@code mode}, {@code flat} and
 * {@code effective_until} may be left empty or left out); one rate per row. A bracket's
 * {@code flat} is the amount it adds once reached (see {@link Brackets}). Fields are separated
 * by commas, or by semicolons as French and Italian spreadsheets write them, in which case
 * decimals may use a comma ({@code 85,00}). Dates are ISO ({@code 2026-01-01}). For example:
 *
 * <pre>
 * region,component,role,band,tier,unit,amount,currency,effective_from
 * FR,on-site-labour,TECHNICIAN,,,HOUR,85.00,EUR,2026-01-01
 * FR-69,flat-fee,,,gold,SITE,60.00,EUR,2026-01-01
 * </pre>
 *
 * <p>A file that cannot be read (a missing column, a value of the wrong form, a broken quote)
 * throws a {@link RateSheetFormatException} naming the line and column, and no sheet is
 * returned. A file that reads may still be wrong: {@link RateSheet#validate} reports that.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RateSheetCsv {

    static final List<String> COLUMNS = List.of("region", "component", "role", "brand", "band", "tier", "up_to", "mode", "flat", "unit",
            "amount", "currency", "effective_from", "effective_until");
    private static final List<String> REQUIRED = List.of("region", "component", "unit", "amount", "currency", "effective_from");

    private RateSheetCsv() {}

    /**
     * The largest rate-sheet file read, 8 MiB (about 100,000 rates); a larger file is refused before
     * it is read.
     */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    /**
     * Reads a sheet from a file: a regular file of at most {@link #MAX_BYTES}, in UTF-8.
     *
     * @param file the CSV file
     * @return the sheet, rows numbered by their line
     * @throws RateSheetFormatException if the file is missing, not a regular file, too large, not UTF-8
     *     (with the line and column of the first byte that is not), or cannot be read as a rate sheet
     */
    public static RateSheet read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return parse(() -> TextInput.read(file, MAX_BYTES), source);
    }

    /**
     * Reads a sheet, at most {@link #MAX_BYTES} characters.
     *
     * @param reader the CSV text
     * @param source a name for where the text came from, used in messages
     * @return the sheet, rows numbered by their line
     * @throws RateSheetFormatException if the text is too long, holds a control character or U+FFFD
     *     (the mark of bytes decoded as something they were not), or cannot be read as a rate sheet
     * @throws UncheckedIOException if the reader fails
     */
    public static RateSheet read(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        return parse(() -> TextInput.read(reader, MAX_BYTES), source);
    }

    /** Parses the text {@code reading} gives, a text it cannot read refused at its line and character. */
    private static RateSheet parse(Supplier<String> reading, String source) {
        String text;
        try {
            text = reading.get();
        } catch (TextInput.Unreadable e) {
            throw unreadable(source, e);
        }
        return parse(text, source);
    }

    private static RateSheet parse(String text, String source) {
        String header = text.lines().findFirst().orElseThrow(() -> new RateSheetFormatException(source, 1, "", "must have a header row"));
        CsvDialect dialect = header.indexOf(';') >= 0 ? CsvDialect.SEMICOLON : CsvDialect.COMMA;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(dialect.delimiter()).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).setIgnoreHeaderCase(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).setAllowMissingColumnNames(true).get();
        List<RateRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> written = parser.getHeaderNames();
            List<String> names = written.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (name.isBlank()) {
                    throw new RateSheetFormatException(source, 1, "", "column " + (i + 1) + " has no name; the header names every column");
                }
                if (names.indexOf(name) != i) {
                    throw new RateSheetFormatException(source, 1, Checks.shortened(written.get(i)),
                            "appears twice in the header; a column is named once");
                }
                if (!COLUMNS.contains(name)) {
                    throw new RateSheetFormatException(source, 1, Checks.shortened(written.get(i)), "must be one of " + COLUMNS
                            + Suggestions.didYouMean(name, COLUMNS));
                }
            }
            for (String required : REQUIRED) {
                if (!names.contains(required)) {
                    throw new RateSheetFormatException(source, 1, required, "column is missing from the header");
                }
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                // the line the record starts on, read before the parser reads it: a quoted field may span lines
                long line = parser.getCurrentLineNumber() + 1;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new RateSheetFormatException(source, lineOf(e, parser.getCurrentLineNumber() + 1), "", quoting(e));
                }
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (!record.isConsistent()) {
                    throw new RateSheetFormatException(source, line, "", "must have " + names.size() + " fields, has " + record.size());
                }
                rows.add(new RowReader(source, line, record, dialect).row());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new RateSheetFormatException(source, 1, "", quoting(e));
        }
        if (rows.isEmpty()) {
            throw new RateSheetFormatException(source, 2, "", "must have at least one rate after the header");
        }
        return RateSheet.of(rows);
    }

    /** The first characters with which a spreadsheet starts a formula (OWASP, CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /**
     * A text cell as written: a text that a spreadsheet would take for a formula ({@code =},
     * {@code +}, {@code -}, {@code @}, tab or carriage return first) is written after an
     * apostrophe, as OWASP advises, and so is a text that starts with an apostrophe followed by
     * one of those, so that {@link #unguarded} gives back every text exactly.
     */
    static String guarded(String text) {
        boolean formula = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
        boolean guardLike = text.length() > 1 && text.charAt(0) == '\'' && (FORMULA_STARTS.indexOf(text.charAt(1)) >= 0
                || text.charAt(1) == '\'');
        return formula || guardLike ? "'" + text : text;
    }

    /** A text cell as read: the apostrophe {@link #guarded} wrote before a formula's first character taken away. */
    static String unguarded(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && (FORMULA_STARTS.indexOf(text.charAt(1)) >= 0 || text.charAt(1) == '\'')
                ? text.substring(1) : text;
    }

    /** A text that cannot be read, at its line and, within the line, its character. */
    private static RateSheetFormatException unreadable(String source, TextInput.Unreadable e) {
        return new RateSheetFormatException(source, e.line(), "", (e.line() == 0 ? "" : "at character " + e.column() + ", ") + e.problem());
    }

    private static final Pattern PARSER_LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)|at line: (\\d+)");

    /** The line a CSV parser's failure names (where the quoted field starts), or {@code otherwise}. */
    private static long lineOf(Exception e, long otherwise) {
        Matcher line = PARSER_LINE.matcher(String.valueOf(e.getMessage()));
        return line.find() ? Long.parseLong(line.group(1) != null ? line.group(1) : line.group(2)) : otherwise;
    }

    /** What a CSV parser's failure means to whoever wrote the file, in place of the parser's own words. */
    private static String quoting(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quote (\") opens a field that is never closed";
        }
        if (message.toLowerCase(Locale.ROOT).contains("invalid char")) {
            return "a quoted field must end at a separator, but other characters follow its closing quote";
        }
        return "cannot be read as CSV: check the quotes (\") on this line";
    }

    /**
     * Writes a sheet.
     *
     * @param sheet the sheet
     * @param out where to write
     * @param dialect commas, or semicolons with decimal commas
     * @throws UncheckedIOException if writing fails
     */
    public static void write(RateSheet sheet, Appendable out, CsvDialect dialect) {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(dialect, "dialect");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(dialect.delimiter()).setRecordSeparator("\n")
                .setHeader(COLUMNS.toArray(String[]::new)).get();
        try {
            CSVPrinter printer = new CSVPrinter(out, format);
            for (RateRow row : sheet.rows()) {
                RateKey key = row.key();
                printer.printRecord(key.region(), key.component().id(), key.role().map(Role::id).orElse(""),
                        key.brand().map(RateSheetCsv::guarded).orElse(""), key.band().map(Enum::name).orElse(""), key.tier().map(TierId::value).orElse(""),
                        row.upTo().map(v -> decimal(v, dialect)).orElse(""), row.mode().map(Enum::name).orElse(""),
                        row.flat().map(v -> decimal(v, dialect)).orElse(""), row.unit(),
                        decimal(row.amount(), dialect), row.currency().getCurrencyCode(), row.effectiveFrom(),
                        row.effectiveUntil().map(LocalDate::toString).orElse(""));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a sheet to a string.
     *
     * @param sheet the sheet
     * @param dialect commas, or semicolons with decimal commas
     * @return the CSV text
     */
    public static String write(RateSheet sheet, CsvDialect dialect) {
        StringBuilder out = new StringBuilder();
        write(sheet, out, dialect);
        return out.toString();
    }

    private static String decimal(BigDecimal value, CsvDialect dialect) {
        return value.toPlainString().replace('.', dialect.decimalMark());
    }

    /** Reads the fields of one record, naming the column of any bad value. */
    private static final class RowReader {
        private final String source;
        private final long line;
        private final CSVRecord record;
        private final CsvDialect dialect;

        RowReader(String source, long line, CSVRecord record, CsvDialect dialect) {
            this.source = source;
            this.line = line;
            this.record = record;
            this.dialect = dialect;
        }

        RateRow row() {
            RateKey key = RateKey.of(required("component", CostComponent::of), required("region", RegionCode::parse));
            Optional<Role> role = optional("role", Role::of);
            if (role.isPresent()) {
                key = key.withRole(role.get());
            }
            Optional<String> brand = optional("brand", text -> Checks.requireText("brand", unguarded(text)));
            if (brand.isPresent()) {
                key = key.withBrand(brand.get());
            }
            Optional<TimeBand> band = optional("band", text -> constant(TimeBand.class, text));
            if (band.isPresent()) {
                key = key.withBand(band.get());
            }
            Optional<TierId> tier = optional("tier", TierId::of);
            if (tier.isPresent()) {
                key = key.withTier(tier.get());
            }
            Optional<BigDecimal> upTo = optional("up_to", this::decimal);
            Optional<Brackets.Mode> mode = optional("mode", text -> constant(Brackets.Mode.class, text));
            if (upTo.isPresent() && mode.isEmpty()) {
                throw new RateSheetFormatException(source, line, "mode", "must be GRADUATED or VOLUME when up_to is given");
            }
            Optional<BigDecimal> flat = optional("flat", this::decimal);
            String unit = required("unit", text -> text.toUpperCase(Locale.ROOT));
            BigDecimal amount = required("amount", this::decimal);
            CurrencyUnit currency = required("currency", Checks::currency);
            LocalDate from = required("effective_from", LocalDate::parse);
            Optional<LocalDate> until = optional("effective_until", LocalDate::parse);
            return new RateRow((int) line, key, upTo, mode, flat, unit, amount, currency, from, until);
        }

        private static <E extends Enum<E>> E constant(Class<E> type, String text) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", was \"" + Checks.shortened(text) + "\"");
        }

        /**
         * A decimal as the dialect writes it, exactly or not at all ({@link Decimals}' grammar and
         * bounds). The semicolon dialect writes a decimal comma and may group thousands with dots,
         * spaces or apostrophes in threes ({@code 1 060,00}, {@code 1.060,00}); a dot alone is a
         * decimal point ({@code 45.00}) unless it could as well group thousands ({@code 1.060}),
         * and a comma before a dot ({@code 1,060.00}) is another dialect's: both are refused.
         */
        private BigDecimal decimal(String text) {
            if (dialect == CsvDialect.COMMA) {
                return Decimals.parse(text);
            }
            String value = fromDecimalComma(text.strip(), text);
            try {
                return Decimals.parse(value);
            } catch (IllegalArgumentException e) {
                throw semicolonRefusal(text);
            }
        }

        private String fromDecimalComma(String value, String text) {
            int comma = value.indexOf(',');
            String whole = comma < 0 ? value : value.substring(0, comma);
            String decimals = comma < 0 ? null : value.substring(comma + 1);
            if (decimals != null && (decimals.indexOf(',') >= 0 || decimals.indexOf('.') >= 0)) {
                throw semicolonRefusal(text);
            }
            String sign = whole.startsWith("-") ? "-" : "";
            String digits = whole.substring(sign.length());
            char grouping = 0;
            for (char c : new char[] {'.', ' ', '\u00A0', '\u202F', '\'', '\u2019'}) {
                if (digits.indexOf(c) >= 0) {
                    if (grouping != 0) {
                        throw semicolonRefusal(text);
                    }
                    grouping = c;
                }
            }
            if (grouping == 0) {
                return decimals == null ? value : sign + digits + "." + decimals;
            }
            boolean groupedInThrees = digits.matches("[0-9]{1,3}(" + java.util.regex.Pattern.quote(String.valueOf(grouping))
                    + "[0-9]{3})+");
            if (grouping == '.' && decimals == null) {
                // a dot alone: a decimal point, unless it could as well group thousands
                if (groupedInThrees) {
                    throw semicolonRefusal(text);
                }
                return value;
            }
            if (!groupedInThrees) {
                throw semicolonRefusal(text);
            }
            String ungrouped = digits.replace(String.valueOf(grouping), "");
            return sign + ungrouped + (decimals == null ? "" : "." + decimals);
        }

        private IllegalArgumentException semicolonRefusal(String text) {
            return new IllegalArgumentException("must be a decimal number as the semicolon dialect writes it: a decimal comma, "
                    + "thousands grouped in threes by dots or spaces (1 060,00 or 1.060,00), a dot alone only where it cannot "
                    + "group thousands (45.00, not 1.060), at most " + Decimals.MAX_INTEGER_DIGITS + " digits before the comma and "
                    + Decimals.MAX_DECIMALS + " after it, was \"" + Checks.shortened(text) + "\"");
        }

        private <T> T required(String column, Function<String, T> parse) {
            return optional(column, parse).orElseThrow(() -> new RateSheetFormatException(source, line, column, "must not be empty"));
        }

        private <T> Optional<T> optional(String column, Function<String, T> parse) {
            if (!record.isMapped(column) || record.get(column).isBlank()) {
                return Optional.empty();
            }
            String text = record.get(column);
            try {
                return Optional.of(parse.apply(text));
            } catch (DateTimeParseException e) {
                throw new RateSheetFormatException(source, line, column, "must be an ISO date such as 2026-01-01, was \""
                        + Checks.shortened(text) + "\"");
            } catch (IllegalArgumentException e) {
                throw new RateSheetFormatException(source, line, column, e.getMessage());
            }
        }
    }
}
