package io.github.servicecontract.i18n;

import io.github.servicecontract.model.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A rendered contract, quote or comparison: headings, paragraphs, lists, tables, parties and
 * signature blanks of words already in the client's language, written out as text, Markdown or
 * HTML.
 *
 * <p>The content is built once and only its form changes, so the three forms always say the
 * same. Texts that came from a caller (names, addresses, custom clauses) are escaped by the
 * Markdown and HTML forms: they can never inject markup, a link or a strike-through. No text of
 * a document holds a control, invisible or direction-overriding character (each block refuses
 * one), so that the text form shows what it says: a name cannot start a line of its own ("Total
 * TTC 0,00 €") or reorder the figures after it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Document {

    private final Locale locale;
    private final List<Block> blocks;

    private Document(Locale locale, List<Block> blocks) {
        this.locale = locale;
        this.blocks = List.copyOf(blocks);
    }

    /**
     * Obtains a document.
     *
     * @param locale the language it is written in
     * @param blocks its content, in order
     * @return the document
     */
    public static Document of(Locale locale, List<Block> blocks) {
        Objects.requireNonNull(blocks, "blocks");
        return new Document(Objects.requireNonNull(locale, "locale"), blocks);
    }

    /** Returns the locale the document is written in. */
    public Locale locale() {
        return locale;
    }

    /** Returns the content, in order. */
    public List<Block> blocks() {
        return blocks;
    }

    /**
     * Returns the tables of the document, in order.
     *
     * @return the tables
     */
    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        blocks.forEach(block -> {
            if (block instanceof Table) {
                tables.add((Table) block);
            }
        });
        return tables;
    }

    /**
     * Writes the document.
     *
     * @param format text, Markdown or HTML
     * @return the written document, ending with a line break
     */
    public String render(DocumentFormat format) {
        Objects.requireNonNull(format, "format");
        switch (format) {
            case MARKDOWN:
                return DocumentWriters.markdown(this);
            case HTML:
                return DocumentWriters.page(this, PageStyle.forLocale(locale));
            case HTML_FRAGMENT:
                return DocumentWriters.html(this);
            default:
                return DocumentWriters.text(this);
        }
    }

    /**
     * Writes the document as a complete HTML page: doctype, language, character set, the
     * library's style for the screen, a phone (tables read as labelled lines) and print (the
     * style's paper, a running header with the issuer and the title from the second page, page
     * numbers), then the vendor's stylesheet and logo.
     *
     * @param style the paper, and the vendor's stylesheet and logo
     * @return the page, ending with a line break
     */
    public String renderPage(PageStyle style) {
        return DocumentWriters.page(this, Objects.requireNonNull(style, "style"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Document && locale.equals(((Document) other).locale) && blocks.equals(((Document) other).blocks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(locale, blocks);
    }

    @Override
    public String toString() {
        return render(DocumentFormat.TEXT);
    }

    /** A part of a document. */
    public sealed interface Block permits Heading, Paragraph, BulletList, Table, Party, Signatures, Callout {}

    /**
     * A party's name and address, as a letter sets them apart: the integrator above the title, the
     * client it is addressed to.
     *
     * @param role what the party is ("Client"), or empty for the issuer's letterhead
     * @param lines the name first, then the address and other details, one per line
     */
    public record Party(String role, List<String> lines) implements Block {
        /** Creates a party. */
        public Party {
            Checks.requireShowable("role", Objects.requireNonNull(role, "role"));
            lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("lines must name the party, was empty");
            }
            lines.forEach(line -> Checks.requireShowable("line", line));
        }
    }

    /**
     * Where the parties sign, kept together on one page: a section's title, a note (how many
     * copies, what to write by hand), and for each party who signs, a blank for each field (the
     * place, the date, the signature).
     *
     * @param title the section's title, such as "Bon pour accord"
     * @param note what the parties are asked, shown above the blanks
     * @param signatories who signs, one per party, in order
     * @param fields the blanks each signatory fills in
     */
    public record Signatures(String title, String note, List<String> signatories, List<String> fields) implements Block {
        /** Creates the signature block. */
        public Signatures {
            Checks.requireShowable("title", Objects.requireNonNull(title, "title"));
            Checks.requireShowable("note", Objects.requireNonNull(note, "note"));
            signatories = List.copyOf(Objects.requireNonNull(signatories, "signatories"));
            fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
            if (signatories.isEmpty()) {
                throw new IllegalArgumentException("signatories must name who signs, was empty");
            }
            signatories.forEach(name -> Checks.requireShowable("signatory", name));
            fields.forEach(field -> Checks.requireShowable("field", field));
        }
    }

    /**
     * A text set apart in a box, for what the reader must not miss, such as the last day to object
     * to a renewal.
     *
     * @param text the text
     */
    public record Callout(String text) implements Block {
        /** Creates a callout. */
        public Callout {
            Checks.requireShowable("text", Objects.requireNonNull(text, "text"));
        }
    }

    /**
     * A heading.
     *
     * @param level 1 for the title, 2 for a section
     * @param text the heading
     */
    public record Heading(int level, String text) implements Block {
        /** Creates a heading. */
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("level must be between 1 and 3, was " + level);
            }
            Checks.requireShowable("text", Objects.requireNonNull(text, "text"));
        }
    }

    /**
     * A paragraph.
     *
     * @param text the paragraph
     */
    public record Paragraph(String text) implements Block {
        /** Creates a paragraph. */
        public Paragraph {
            Checks.requireShowable("text", Objects.requireNonNull(text, "text"));
        }
    }

    /**
     * A bulleted list.
     *
     * @param items the items, in order
     */
    public record BulletList(List<String> items) implements Block {
        /** Creates a list. */
        public BulletList {
            items = List.copyOf(Objects.requireNonNull(items, "items"));
            items.forEach(item -> Checks.requireShowable("item", item));
        }
    }

    /**
     * A table with a header row.
     *
     * @param header the column names
     * @param alignments the alignment of each column
     * @param rows the rows, each with one cell per column
     */
    public record Table(List<String> header, List<Align> alignments, List<List<String>> rows) implements Block {
        /**
         * Creates a table.
         *
         * @throws IllegalArgumentException if a row or the alignments do not have one entry per column
         */
        public Table {
            header = List.copyOf(Objects.requireNonNull(header, "header"));
            Objects.requireNonNull(alignments, "alignments");
            Objects.requireNonNull(rows, "rows");
            header.forEach(name -> Checks.requireShowable("header", name));
            alignments = List.copyOf(alignments);
            if (alignments.size() != header.size()) {
                throw new IllegalArgumentException("alignments must have " + header.size() + " entries, was " + alignments.size());
            }
            List<List<String>> copy = new ArrayList<>();
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("rows must have " + header.size() + " cells, was " + row.size());
                }
                List<String> cells = List.copyOf(row);
                cells.forEach(cell -> Checks.requireShowable("cell", cell));
                copy.add(cells);
            }
            rows = List.copyOf(copy);
        }

        /**
         * Returns the cells of one column, in row order.
         *
         * @param column the column's index
         * @return its cells
         */
        public List<String> column(int column) {
            return rows.stream().map(row -> row.get(column)).toList();
        }
    }

    /** How a table column is aligned. */
    public enum Align {
        /** To the left, for words. */
        LEFT,
        /** To the right, for amounts and numbers. */
        RIGHT
    }
}
