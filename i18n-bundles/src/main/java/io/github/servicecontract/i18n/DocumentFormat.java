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
    /** An HTML fragment ({@code <article>}); every text is escaped. */
    HTML
}
