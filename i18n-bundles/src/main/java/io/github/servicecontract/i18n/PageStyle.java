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
 */
public final class PageStyle {

    /** The largest stylesheet a page takes, 64 KiB. */
    public static final int MAX_STYLESHEET = 64 * 1024;

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE");

    private final Paper paper;
    private final String stylesheet; // null when the vendor adds none
    private final URI logo; // null when the vendor shows none

    private PageStyle(Paper paper, String stylesheet, URI logo) {
        this.paper = Objects.requireNonNull(paper, "paper");
        if (stylesheet != null && (stylesheet.length() > MAX_STYLESHEET || stylesheet.contains("<") || stylesheet.contains("]]>"))) {
            throw Checks.invalid("stylesheet", "\"" + Checks.shortened(stylesheet) + "\"", "must be CSS of at most " + MAX_STYLESHEET
                    + " characters without a < or ]]> (which could close the style element)");
        }
        if (logo != null) {
            String scheme = logo.getScheme() == null ? "" : logo.getScheme().toLowerCase(Locale.ROOT);
            boolean image = scheme.equals("data") && logo.getRawSchemeSpecificPart().matches("(?i)image/(png|jpeg|gif|svg\\+xml)[;,].*");
            if (!(scheme.equals("https") && logo.getHost() != null) && !image) {
                throw Checks.invalid("logo", Checks.shortened(logo.toString()), "must be an https: address or a data:image/png,"
                        + " jpeg, gif or svg+xml URI");
            }
        }
        this.stylesheet = stylesheet;
        this.logo = logo;
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
        return new PageStyle(LETTER_COUNTRIES.contains(locale.getCountry()) ? Paper.LETTER : Paper.A4, null, null);
    }

    /** Returns the paper the page prints on. */
    public Paper paper() {
        return paper;
    }

    /** Returns the vendor's CSS, added after the library's so that its rules win, if any. */
    public Optional<String> stylesheet() {
        return Optional.ofNullable(stylesheet);
    }

    /** Returns the address of the vendor's logo ({@code https:} or a {@code data:image/...} URI), if any. */
    public Optional<URI> logo() {
        return Optional.ofNullable(logo);
    }

    /**
     * Returns a copy of this style on another paper.
     *
     * @param paper A4 or Letter
     * @return the style
     */
    public PageStyle withPaper(Paper paper) {
        return new PageStyle(paper, stylesheet, logo);
    }

    /**
     * Returns a copy of this style with the vendor's CSS after the library's.
     *
     * @param stylesheet the CSS
     * @return the style
     * @throws IllegalArgumentException if the CSS holds a {@code <} or {@code ]]>}, or is longer than {@value #MAX_STYLESHEET}
     */
    public PageStyle withStylesheet(String stylesheet) {
        return new PageStyle(paper, Objects.requireNonNull(stylesheet, "stylesheet"), logo);
    }

    /**
     * Returns a copy of this style with the vendor's logo above the letterhead.
     *
     * @param logo an {@code https:} address or a {@code data:image/...} URI
     * @return the style
     * @throws IllegalArgumentException if the logo is neither
     */
    public PageStyle withLogo(URI logo) {
        return new PageStyle(paper, stylesheet, Objects.requireNonNull(logo, "logo"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageStyle && paper == ((PageStyle) other).paper
                && Objects.equals(stylesheet, ((PageStyle) other).stylesheet) && Objects.equals(logo, ((PageStyle) other).logo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(paper, stylesheet, logo);
    }

    /** Returns the style's parts, for example {@code PageStyle[A4, no stylesheet, no logo]}. */
    @Override
    public String toString() {
        return "PageStyle[" + paper + ", " + (stylesheet == null ? "no stylesheet" : stylesheet.length() + " characters of CSS")
                + ", " + (logo == null ? "no logo" : "logo " + Checks.shortened(logo.toString())) + "]";
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
