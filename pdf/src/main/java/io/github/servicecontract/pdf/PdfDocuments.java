package io.github.servicecontract.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.github.servicecontract.i18n.Document;
import io.github.servicecontract.i18n.PageStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes a quote, contract or any {@link Document} as a PDF: its HTML page
 * ({@link Document#renderPage(PageStyle)}) laid out on the style's paper, with the page numbers,
 * the running header and the signature boxes of the page's print style, in DejaVu Sans, embedded
 * (subset), so that accents, €, ’ and the narrow no-break spaces of French typography print on
 * any reader.
 *
 * <p>For example, {@code Files.write(Path.of("devis.pdf"), PdfDocuments.write(ContractDocuments.quote(quote,
 * Locale.FRANCE, options)))}.
 *
 * <p>The layout reads nothing from the network or the file system: a logo must be given as a
 * {@code data:} URI (an {@code https:} logo of the page style is left out of the PDF).
 *
 * <p>Like the rest of the library, it logs nothing of its own: openhtmltopdf's messages (its
 * notes on the page style's rules for browsers) and PDFBox's are quieted, unless the application
 * configures them: a {@code com.openhtmltopdf} or {@code org.apache.pdfbox} level in its
 * {@code java.util.logging} configuration, or openhtmltopdf's {@code xr.util-logging.loggingEnabled}
 * property.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PdfDocuments {

    /** The font family the page style names first, embedded here. */
    static final String FONT_FAMILY = "DejaVu Sans";

    /** Held, so that the level set on PDFBox's logger is not lost when the logger is collected. */
    private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        Quiet.unlessConfigured();
    }

    private PdfDocuments() {}

    /**
     * Writes a document on the paper of its country ({@link PageStyle#forLocale}).
     *
     * @param document the document
     * @return the PDF's bytes
     */
    public static byte[] write(Document document) {
        Objects.requireNonNull(document, "document");
        return write(document, PageStyle.forLocale(document.locale()));
    }

    /**
     * Writes a document with a page style: its paper, and the vendor's stylesheet and logo.
     *
     * @param document the document
     * @param style the page style
     * @return the PDF's bytes
     */
    public static byte[] write(Document document, PageStyle style) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(document, style, out);
        return out.toByteArray();
    }

    /**
     * Writes a document with a page style to a stream, which is left open.
     *
     * @param document the document
     * @param style the page style
     * @param out where the PDF goes
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(Document document, PageStyle style, OutputStream out) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(out, "out");
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(document.renderPage(style), null);
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        // nothing is fetched: only data: URIs (a logo given inline) are read
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withProducer("servicecontract");
        builder.toStream(new NonClosingStream(out));
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF cannot be written", e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the PDF cannot be laid out: " + e.getMessage(), e);
        }
    }

    private static InputStream font(String file) {
        InputStream in = PdfDocuments.class.getResourceAsStream("fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("the embedded font " + file + " is missing from the servicecontract-pdf jar");
        }
        return in;
    }

    /** Keeps the caller's stream open when the renderer closes its own. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Quiets the renderer's and PDFBox's logs, unless the application configured them. */
    private static final class Quiet {
        private Quiet() {}

        static void unlessConfigured() {
            java.util.logging.LogManager manager = java.util.logging.LogManager.getLogManager();
            if (System.getProperty("xr.util-logging.loggingEnabled") == null && !configured(manager, "com.openhtmltopdf")) {
                com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
            }
            if (!configured(manager, "org.apache.pdfbox")) {
                PDFBOX.setLevel(java.util.logging.Level.SEVERE);
            }
        }

        private static boolean configured(java.util.logging.LogManager manager, String name) {
            java.util.logging.Logger logger = manager.getLogger(name);
            return manager.getProperty(name + ".level") != null || logger != null && logger.getLevel() != null;
        }
    }
}
