package io.github.servicecontract.i18n;

import java.util.List;

/** Writes a {@link Document} as text, Markdown or HTML. */
final class DocumentWriters {

    private DocumentWriters() {}

    static String text(Document document) {
        StringBuilder out = new StringBuilder();
        for (Document.Block block : document.blocks()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (block instanceof Document.Heading) {
                Document.Heading heading = (Document.Heading) block;
                out.append(heading.text()).append('\n');
                out.append((heading.level() == 1 ? "=" : "-").repeat(width(heading.text()))).append('\n');
            } else if (block instanceof Document.Paragraph) {
                out.append(((Document.Paragraph) block).text()).append('\n');
            } else if (block instanceof Document.BulletList) {
                ((Document.BulletList) block).items().forEach(item -> out.append("- ").append(item).append('\n'));
            } else {
                textTable(out, (Document.Table) block);
            }
        }
        return out.toString();
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

    static String markdown(Document document) {
        StringBuilder out = new StringBuilder();
        for (Document.Block block : document.blocks()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (block instanceof Document.Heading) {
                Document.Heading heading = (Document.Heading) block;
                out.append("#".repeat(heading.level())).append(' ').append(markdownEscape(heading.text())).append('\n');
            } else if (block instanceof Document.Paragraph) {
                out.append(markdownEscape(((Document.Paragraph) block).text())).append('\n');
            } else if (block instanceof Document.BulletList) {
                ((Document.BulletList) block).items().forEach(item -> out.append("- ").append(markdownEscape(item)).append('\n'));
            } else {
                Document.Table table = (Document.Table) block;
                markdownRow(out, table.header());
                StringBuilder rule = new StringBuilder("|");
                table.alignments().forEach(a -> rule.append(a == Document.Align.RIGHT ? " ---: |" : " --- |"));
                out.append(rule).append('\n');
                table.rows().forEach(row -> markdownRow(out, row));
            }
        }
        return out.toString();
    }

    private static void markdownRow(StringBuilder out, List<String> cells) {
        out.append('|');
        cells.forEach(cell -> out.append(' ').append(markdownEscape(cell)).append(" |"));
        out.append('\n');
    }

    /** Escapes Markdown syntax and HTML, so that a caller's text is shown as written. */
    static String markdownEscape(String text) {
        return escape(text, c -> {
            switch (c) {
                case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '#': case '!':
                    return "\\" + c;
                case '\n': case '\r':
                    return " ";
                default:
                    return htmlEntity(c);
            }
        });
    }

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

    /** Replaces each character for which {@code replacement} answers a text; keeps the others. */
    private static String escape(String text, java.util.function.Function<Character, String> replacement) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replaced = replacement.apply(c);
            if (replaced == null) {
                out.append(c);
            } else {
                out.append(replaced);
            }
        }
        return out.toString();
    }

    static String html(Document document) {
        StringBuilder out = new StringBuilder();
        out.append("<article class=\"servicecontract\" lang=\"").append(htmlEscape(document.locale().toLanguageTag())).append("\">\n");
        for (Document.Block block : document.blocks()) {
            if (block instanceof Document.Heading) {
                Document.Heading heading = (Document.Heading) block;
                out.append("<h").append(heading.level()).append('>').append(htmlEscape(heading.text()))
                        .append("</h").append(heading.level()).append(">\n");
            } else if (block instanceof Document.Paragraph) {
                out.append("<p>").append(htmlEscape(((Document.Paragraph) block).text())).append("</p>\n");
            } else if (block instanceof Document.BulletList) {
                out.append("<ul>\n");
                ((Document.BulletList) block).items().forEach(item -> out.append("<li>").append(htmlEscape(item)).append("</li>\n"));
                out.append("</ul>\n");
            } else {
                Document.Table table = (Document.Table) block;
                out.append("<table>\n<thead>\n<tr>");
                for (int c = 0; c < table.header().size(); c++) {
                    out.append(cell("th", table.header().get(c), table.alignments().get(c)));
                }
                out.append("</tr>\n</thead>\n<tbody>\n");
                for (List<String> row : table.rows()) {
                    out.append("<tr>");
                    for (int c = 0; c < row.size(); c++) {
                        out.append(cell("td", row.get(c), table.alignments().get(c)));
                    }
                    out.append("</tr>\n");
                }
                out.append("</tbody>\n</table>\n");
            }
        }
        return out.append("</article>\n").toString();
    }

    private static String cell(String tag, String text, Document.Align align) {
        String open = align == Document.Align.RIGHT ? "<" + tag + " class=\"number\">" : "<" + tag + ">";
        return open + htmlEscape(text) + "</" + tag + ">";
    }

}
