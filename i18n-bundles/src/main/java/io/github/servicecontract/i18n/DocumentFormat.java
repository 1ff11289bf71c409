package io.github.servicecontract.i18n;

/**
 * The forms a {@link Document} is written in.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DocumentFormat {
    /** Plain text with aligned columns, for e-mails and terminals. */
    TEXT,
    /** Markdown (GitHub-flavoured tables); characters that would be markup or HTML are escaped. */
    MARKDOWN,
    /**
     * A complete HTML page, with its style for the screen, a phone and print (the paper of the
     * document's country, page numbers), as {@link Document#renderPage(PageStyle)} writes it with
     * {@link PageStyle#forLocale}; every text is escaped.
     */
    HTML,
    /**
     * The document alone as an HTML fragment ({@code <article class="servicecontract">}), for a
     * vendor's own page and stylesheet; every text is escaped.
     */
    HTML_FRAGMENT
}
