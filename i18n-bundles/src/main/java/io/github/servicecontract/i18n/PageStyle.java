package io.github.servicecontract.i18n;

import io.github.servicecontract.model.internal.Checks;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a document is laid out as a page: its paper, the vendor's stylesheet added after the
 * library's, and the vendor's logo above the letterhead.
 *
 * <p>For example, {@code PageStyle.forLocale(Locale.US).withStylesheet("h1 { color: #0a4d8c; }")
 * .withLogo(URI.create("https://integrator.example/logo.png"))}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param paper the paper the page prints on
 * @param stylesheet CSS added after the library's, so that its rules win, if any
 * @param logo the address of the logo ({@code https:} or a {@code data:image/...} URI), if any
 */
public record PageStyle(Paper paper, Optional<String> stylesheet, Optional<URI> logo) {

    /** The largest stylesheet a page takes, 64 KiB. */
    public static final int MAX_STYLESHEET = 64 * 1024;

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE");

    /**
     * Creates a page style.
     *
     * @throws IllegalArgumentException if the stylesheet could close its element or is larger than
     *     {@value #MAX_STYLESHEET} characters, or the logo is neither {@code https:} nor an image
     *     {@code data:} URI
     */
    public PageStyle {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(stylesheet, "stylesheet");
        Objects.requireNonNull(logo, "logo");
        stylesheet.ifPresent(css -> {
            if (css.length() > MAX_STYLESHEET || css.contains("<") || css.contains("]]>")) {
                throw Checks.invalid("stylesheet", "\"" + Checks.shortened(css) + "\"", "must be CSS of at most " + MAX_STYLESHEET
                        + " characters without a < or ]]> (which could close the style element)");
            }
        });
        logo.ifPresent(uri -> {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean image = scheme.equals("data") && uri.getRawSchemeSpecificPart().matches("(?i)image/(png|jpeg|gif|svg\\+xml)[;,].*");
            if (!(scheme.equals("https") && uri.getHost() != null) && !image) {
                throw Checks.invalid("logo", Checks.shortened(uri.toString()), "must be an https: address or a data:image/png,"
                        + " jpeg, gif or svg+xml URI");
            }
        });
    }

    /**
     * Obtains the style of a country's paper (US Letter in North America and a few countries that
     * use it, A4 elsewhere), without a stylesheet or logo of the vendor's.
     *
     * @param locale the document's locale
     * @return the style
     */
    public static PageStyle forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new PageStyle(LETTER_COUNTRIES.contains(locale.getCountry()) ? Paper.LETTER : Paper.A4, Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns this style on another paper.
     *
     * @param paper A4 or Letter
     * @return the style
     */
    public PageStyle withPaper(Paper paper) {
        return new PageStyle(paper, stylesheet, logo);
    }

    /**
     * Returns this style with the vendor's CSS after the library's.
     *
     * @param stylesheet the CSS
     * @return the style
     */
    public PageStyle withStylesheet(String stylesheet) {
        return new PageStyle(paper, Optional.of(Objects.requireNonNull(stylesheet, "stylesheet")), logo);
    }

    /**
     * Returns this style with the vendor's logo above the letterhead.
     *
     * @param logo an {@code https:} address or a {@code data:image/...} URI
     * @return the style
     */
    public PageStyle withLogo(URI logo) {
        return new PageStyle(paper, stylesheet, Optional.of(Objects.requireNonNull(logo, "logo")));
    }

    /** A paper size. */
    public enum Paper {
        /** ISO A4, 210 × 297 mm. */
        A4("A4"),
        /** US Letter, 8.5 × 11 in. */
        LETTER("letter");

        private final String css;

        Paper(String css) {
            this.css = css;
        }

        /** The CSS {@code size} of this paper. */
        String css() {
            return css;
        }
    }
}
