package io.github.servicecontract.i18n;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a {@link Document} as text, Markdown or HTML. The walk over the blocks is written once,
 * in {@link #write}; each {@link Format} only says how it writes each kind of block.
 */
final class DocumentWriters {

    private DocumentWriters() {}

    static String text(Document document) {
        return write(document, Format.TEXT);
    }

    static String markdown(Document document) {
        return write(document, Format.MARKDOWN);
    }

    static String html(Document document) {
        return write(document, Format.HTML);
    }

    /** The library's page style, with placeholders for the paper, the running header and the page counter. */
    private static final String PAGE_CSS = pageCss();

    private static String pageCss() {
        try (java.io.InputStream in = DocumentWriters.class.getResourceAsStream("page.css")) {
            if (in == null) {
                throw new IllegalStateException("the page style page.css is missing from the servicecontract-i18n-bundles jar");
            }
            String css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return css.startsWith("/*") ? css.substring(css.indexOf("*/") + 2).stripLeading() : css; // the file's own comment stays there
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the page style page.css cannot be read", e);
        }
    }

    static String page(Document document, PageStyle style) {
        Messages words = Messages.of(document.locale());
        String title = document.blocks().stream().filter(b -> b instanceof Document.Heading && ((Document.Heading) b).level() == 1)
                .map(b -> ((Document.Heading) b).text()).findFirst().orElse("");
        String issuer = document.blocks().stream().filter(b -> b instanceof Document.Party && ((Document.Party) b).role().isEmpty())
                .map(b -> ((Document.Party) b).lines().get(0)).findFirst().orElse("");
        String header = issuer.isEmpty() ? title : title.isEmpty() ? issuer : issuer + " · " + title;
        String counter = words.text(TextKey.PAGE_OF, "\u0000P\u0000", "\u0000N\u0000");
        StringBuilder content = new StringBuilder();
        for (String part : counter.split("\u0000")) {
            if (part.isEmpty()) {
                continue;
            }
            content.append(content.length() == 0 ? "" : " ").append(part.equals("P") ? "counter(page)" : part.equals("N")
                    ? "counter(pages)" : cssString(part));
        }
        String css = PAGE_CSS.replace("__PAPER__", style.paper().css()).replace("\"__RUNNING_HEADER__\"", cssString(header))
                .replace("__PAGE_COUNTER__", content.toString());
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(htmlEscape(document.locale().toLanguageTag())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(htmlEscape(title)).append("</title>\n")
                .append("<style>\n").append(css).append("</style>\n");
        // inside a CSS comment a browser ignores, a CDATA section makes an XML reader (the PDF's) take & and > as text
        style.stylesheet().ifPresent(vendor -> out.append("<style>/*<![CDATA[*/\n").append(vendor).append("\n/*]]>*/</style>\n"));
        out.append("</head>\n<body>\n");
        style.logo().ifPresent(logo -> out.append("<img class=\"logo\" src=\"").append(htmlEscape(logo.toString()))
                .append("\" alt=\"").append(htmlEscape(issuer)).append("\" />\n"));
        out.append(html(document));
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /**
     * A CSS string of {@code text}: quoted, its quotes, backslashes, angle brackets and ampersands
     * escaped, so that it can neither end its string nor its style element, and reads as XML too.
     */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String write(Document document, Format format) {
        StringBuilder out = new StringBuilder();
        format.begin(out, document);
        boolean first = true;
        for (Document.Block block : document.blocks()) {
            if (!first) {
                format.between(out);
            }
            first = false;
            if (block instanceof Document.Heading) {
                format.heading(out, (Document.Heading) block);
            } else if (block instanceof Document.Paragraph) {
                format.paragraph(out, ((Document.Paragraph) block).text());
            } else if (block instanceof Document.BulletList) {
                format.bullets(out, ((Document.BulletList) block).items());
            } else if (block instanceof Document.Party) {
                format.party(out, (Document.Party) block);
            } else if (block instanceof Document.Signatures) {
                format.signatures(out, (Document.Signatures) block);
            } else if (block instanceof Document.Callout) {
                format.callout(out, ((Document.Callout) block).text());
            } else {
                format.table(out, (Document.Table) block);
            }
        }
        format.end(out);
        return out.toString();
    }

    /** How one format writes each kind of block. */
    private enum Format {
        TEXT {
            @Override
            void heading(StringBuilder out, Document.Heading heading) {
                out.append(heading.text()).append('\n');
                out.append((heading.level() == 1 ? "=" : "-").repeat(width(heading.text()))).append('\n');
            }

            @Override
            void paragraph(StringBuilder out, String text) {
                out.append(text).append('\n');
            }

            @Override
            void bullets(StringBuilder out, List<String> items) {
                items.forEach(item -> out.append("- ").append(item).append('\n'));
            }

            @Override
            void table(StringBuilder out, Document.Table table) {
                textTable(out, table);
            }

            @Override
            void callout(StringBuilder out, String text) {
                String rule = "+" + "-".repeat(width(text) + 2) + "+\n";
                out.append(rule).append("| ").append(text).append(" |\n").append(rule);
            }

            @Override
            void party(StringBuilder out, Document.Party party) {
                if (!party.role().isEmpty()) {
                    out.append(party.role()).append('\n');
                }
                party.lines().forEach(line -> out.append(party.role().isEmpty() ? "" : "  ").append(line).append('\n'));
            }

            @Override
            void signatures(StringBuilder out, Document.Signatures signatures) {
                titled(out, signatures);
                List<List<String>> columns = new java.util.ArrayList<>();
                for (String signatory : signatures.signatories()) {
                    List<String> column = new java.util.ArrayList<>();
                    column.add(signatory);
                    signatures.fields().forEach(field -> column.add(field + " " + "_".repeat(24)));
                    columns.add(column);
                }
                int width = columns.stream().flatMap(List::stream).mapToInt(DocumentWriters::width).max().orElse(0) + 6;
                for (int row = 0; row < columns.get(0).size(); row++) {
                    StringBuilder line = new StringBuilder();
                    for (List<String> column : columns) {
                        String cell = column.get(row);
                        line.append(cell).append(" ".repeat(width - width(cell)));
                    }
                    out.append(line.toString().stripTrailing()).append("\n\n");
                }
                out.setLength(out.length() - 1);
            }
        },
        MARKDOWN {
            @Override
            void heading(StringBuilder out, Document.Heading heading) {
                out.append("#".repeat(heading.level())).append(' ').append(markdownEscape(heading.text())).append('\n');
            }

            @Override
            void paragraph(StringBuilder out, String text) {
                out.append(markdownEscape(text)).append('\n');
            }

            @Override
            void bullets(StringBuilder out, List<String> items) {
                items.forEach(item -> out.append("- ").append(markdownEscape(item)).append('\n'));
            }

            @Override
            void table(StringBuilder out, Document.Table table) {
                markdownRow(out, table.header());
                StringBuilder rule = new StringBuilder("|");
                table.alignments().forEach(a -> rule.append(a == Document.Align.RIGHT ? " ---: |" : " --- |"));
                out.append(rule).append('\n');
                table.rows().forEach(row -> markdownRow(out, row));
            }

            @Override
            void callout(StringBuilder out, String text) {
                out.append("> **").append(markdownEscape(text)).append("**\n");
            }

            @Override
            void party(StringBuilder out, Document.Party party) {
                if (!party.role().isEmpty()) {
                    out.append("**").append(markdownEscape(party.role())).append("**  \n");
                }
                for (int i = 0; i < party.lines().size(); i++) {
                    out.append(markdownEscape(party.lines().get(i))).append(i + 1 < party.lines().size() ? "  \n" : "\n");
                }
            }

            @Override
            void signatures(StringBuilder out, Document.Signatures signatures) {
                titled(out, signatures);
                markdownRow(out, signatures.signatories());
                out.append("|").append(" --- |".repeat(signatures.signatories().size())).append('\n');
                for (String field : signatures.fields()) {
                    markdownRow(out, java.util.Collections.nCopies(signatures.signatories().size(), field + " " + "_".repeat(20)));
                }
            }
        },
        HTML {
            @Override
            void begin(StringBuilder out, Document document) {
                out.append("<article class=\"servicecontract\" lang=\"").append(htmlEscape(document.locale().toLanguageTag()))
                        .append("\">\n");
            }

            @Override
            void between(StringBuilder out) {
                // HTML blocks separate themselves.
            }

            @Override
            void heading(StringBuilder out, Document.Heading heading) {
                out.append("<h").append(heading.level()).append('>').append(htmlEscape(heading.text()))
                        .append("</h").append(heading.level()).append(">\n");
            }

            @Override
            void paragraph(StringBuilder out, String text) {
                out.append("<p>").append(htmlEscape(text)).append("</p>\n");
            }

            @Override
            void bullets(StringBuilder out, List<String> items) {
                out.append("<ul>\n");
                items.forEach(item -> out.append("<li>").append(htmlEscape(item)).append("</li>\n"));
                out.append("</ul>\n");
            }

            @Override
            void table(StringBuilder out, Document.Table table) {
                // a table whose first column has no name lists labelled amounts: the totals
                out.append(table.header().get(0).isEmpty() ? "<table class=\"totals\">\n<thead>\n<tr>" : "<table>\n<thead>\n<tr>");
                for (int c = 0; c < table.header().size(); c++) {
                    out.append(cell("th", table.header().get(c), table.alignments().get(c)));
                }
                out.append("</tr>\n</thead>\n<tbody>\n");
                for (List<String> row : table.rows()) {
                    out.append("<tr>");
                    for (int c = 0; c < row.size(); c++) {
                        out.append(dataCell(row.get(c), table.header().get(c), table.alignments().get(c)));
                    }
                    out.append("</tr>\n");
                }
                out.append("</tbody>\n</table>\n");
            }

            @Override
            void callout(StringBuilder out, String text) {
                out.append("<p class=\"callout\"><strong>").append(htmlEscape(text)).append("</strong></p>\n");
            }

            @Override
            void party(StringBuilder out, Document.Party party) {
                out.append(party.role().isEmpty() ? "<address class=\"issuer\">" : "<address class=\"party\">");
                if (!party.role().isEmpty()) {
                    out.append("<span class=\"role\">").append(htmlEscape(party.role())).append("</span><br />");
                }
                for (int i = 0; i < party.lines().size(); i++) {
                    String line = htmlEscape(party.lines().get(i));
                    out.append(i == 0 ? "<strong>" + line + "</strong>" : line).append(i + 1 < party.lines().size() ? "<br />" : "");
                }
                out.append("</address>\n");
            }

            @Override
            void signatures(StringBuilder out, Document.Signatures signatures) {
                out.append("<section class=\"acceptance\">\n");
                heading(out, new Document.Heading(2, signatures.title()));
                paragraph(out, signatures.note());
                out.append("<div class=\"signatures\">\n");
                for (String signatory : signatures.signatories()) {
                    out.append("<div class=\"signature\"><p class=\"signatory\">").append(htmlEscape(signatory)).append("</p>");
                    signatures.fields().forEach(field -> out.append("<p class=\"blank\">").append(htmlEscape(field)).append("</p>"));
                    out.append("</div>\n");
                }
                out.append("</div>\n</section>\n");
            }

            @Override
            void end(StringBuilder out) {
                out.append("</article>\n");
            }
        };

        /** Writes what comes before the first block. */
        void begin(StringBuilder out, Document document) {
            // Text and Markdown have no preamble.
        }

        /** Writes what separates two blocks: a blank line in text and Markdown. */
        void between(StringBuilder out) {
            out.append('\n');
        }

        abstract void heading(StringBuilder out, Document.Heading heading);

        abstract void paragraph(StringBuilder out, String text);

        abstract void bullets(StringBuilder out, List<String> items);

        abstract void table(StringBuilder out, Document.Table table);

        abstract void party(StringBuilder out, Document.Party party);

        abstract void signatures(StringBuilder out, Document.Signatures signatures);

        abstract void callout(StringBuilder out, String text);

        /** Writes a signature block's title and note, each a block of its own, as text and Markdown do. */
        void titled(StringBuilder out, Document.Signatures signatures) {
            heading(out, new Document.Heading(2, signatures.title()));
            between(out);
            paragraph(out, signatures.note());
            between(out);
        }

        /** Writes what comes after the last block. */
        void end(StringBuilder out) {
            // Text and Markdown have no closing.
        }
    }

    private static void textTable(StringBuilder out, Document.Table table) {
        int columns = table.header().size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = width(table.header().get(c));
            for (List<String> row : table.rows()) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        textRow(out, table.header(), widths, table.alignments());
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        out.append(rule).append('\n');
        table.rows().forEach(row -> textRow(out, row, widths, table.alignments()));
    }

    private static void textRow(StringBuilder out, List<String> cells, int[] widths, List<Document.Align> alignments) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String padding = " ".repeat(widths[c] - width(cell));
            line.append(c == 0 ? "" : "  ");
            line.append(alignments.get(c) == Document.Align.RIGHT ? padding + cell : cell + padding);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    private static void markdownRow(StringBuilder out, List<String> cells) {
        out.append('|');
        cells.forEach(cell -> out.append(' ').append(markdownEscape(cell)).append(" |"));
        out.append('\n');
    }

    /** A bare {@code www.} address, which GitHub makes a link of. */
    private static final Pattern BARE_WWW = Pattern.compile("(?i)(www)\\.");

    /**
     * Escapes Markdown syntax and HTML, so that a caller's text is shown as written: emphasis,
     * strike-through ({@code ~~}), links, images, tables, headings, and the links GitHub makes of
     * bare addresses ({@code https://}, {@code www.}, {@code name@host}).
     */
    static String markdownEscape(String text) {
        String escaped = escape(text, c -> {
            switch (c) {
                case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '#': case '!': case '~': case '@':
                    return "\\" + c;
                case '\n': case '\r':
                    return " ";
                default:
                    return htmlEntity(c);
            }
        });
        if (escaped.indexOf('.') >= 0 || escaped.indexOf(':') >= 0) {
            escaped = BARE_WWW.matcher(escaped.replace("://", ":\\/\\/")).replaceAll("$1\\\\.");
        }
        escaped = LIST_MARKER.matcher(escaped).replaceFirst("$1\\\\$2");
        // a line of = under a paragraph's line would make a heading of it (a setext heading)
        return SETEXT.matcher(escaped).replaceFirst("$1\\\\=");
    }

    /** A start that Markdown would read as a setext heading's underline when it follows another line: {@code =}. */
    private static final Pattern SETEXT = Pattern.compile("^(\\s*)=");

    /** A start that Markdown would read as a list item or a rule: {@code - }, {@code + }, {@code ---}, {@code 1. }, {@code 1) }. */
    private static final Pattern LIST_MARKER = Pattern.compile("^(\\s*(?:[0-9]{1,9})?)([-+.)])(?=\\s|$|-)");

    /** Escapes the five characters that matter in HTML text and attributes. */
    static String htmlEscape(String text) {
        return escape(text, DocumentWriters::htmlEntity);
    }

    private static String htmlEntity(char c) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '"':
                return "&quot;";
            case '\'':
                return "&#39;";
            default:
                return null;
        }
    }

    /** What a character is written as, or null to write it as it is. */
    private interface Replacement {
        String of(char c);
    }

    /**
     * Replaces each character for which {@code replacement} answers a text and keeps the others;
     * returns {@code text} itself when nothing in it needs replacing, as with most texts.
     */
    private static String escape(String text, Replacement replacement) {
        int first = 0;
        while (first < text.length() && replacement.of(text.charAt(first)) == null) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            String replaced = replacement.of(c);
            if (replaced == null) {
                out.append(c);
            } else {
                out.append(replaced);
            }
        }
        return out.toString();
    }

    /** A data cell, labelled with its column's name for a phone, where the table reads as lines. */
    private static String dataCell(String text, String label, Document.Align align) {
        return "<td data-label=\"" + htmlEscape(label) + "\"" + (align == Document.Align.RIGHT ? " class=\"number\">" : ">")
                + htmlEscape(text) + "</td>";
    }

    /**
     * A table cell; a header cell heads its column, as assistive technology reads it, and an
     * empty one (above a column of labels) is a plain cell, as there is no name to read.
     */
    private static String cell(String tag, String text, Document.Align align) {
        if (tag.equals("th") && text.isEmpty()) {
            return "<td></td>";
        }
        String scope = tag.equals("th") ? " scope=\"col\"" : "";
        String open = "<" + tag + scope + (align == Document.Align.RIGHT ? " class=\"number\">" : ">");
        return open + htmlEscape(text) + "</" + tag + ">";
    }

}
