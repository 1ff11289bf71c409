package io.github.servicecontract.cli;

import io.github.servicecontract.i18n.DocumentFormat;
import java.util.Optional;

/** What a command writes: a document in one of the renderers' formats, or JSON for a vendor's system. */
enum OutputFormat {
    /** Plain text, for a terminal. */
    TEXT(DocumentFormat.TEXT),
    /** Markdown. */
    MARKDOWN(DocumentFormat.MARKDOWN),
    /** A standalone HTML page. */
    HTML(DocumentFormat.HTML),
    /** A PDF of the HTML page, written to the file {@code --output} names. */
    PDF(DocumentFormat.HTML),
    /** JSON, with the module's amounts and values, in an envelope naming its format and version. */
    JSON(null);

    private final DocumentFormat document;

    OutputFormat(DocumentFormat document) {
        this.document = document;
    }

    /** Returns the document format, or empty for JSON. */
    Optional<DocumentFormat> document() {
        return Optional.ofNullable(document);
    }
}
