package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.servicecontract.model.Integrator;
import io.github.servicecontract.model.PostalAddress;
import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The HTML page: complete, on the country's paper, with the vendor's style and logo, and no way for a text to break out of it. */
class HtmlPageTest {

    private static Document quote(Locale locale, Integrator issuer) {
        return ContractDocuments.quote(Samples.LYON_QUOTE, locale, RenderOptions.builder().issuer(issuer).build());
    }

    @Test
    void aPage_isComplete_onItsCountrysPaper_withLocalisedPageNumbers() {
        String french = quote(Locale.FRANCE, Samples.DOMOTIQUE_RHONE).render(DocumentFormat.HTML);
        assertThat(french).startsWith("<!DOCTYPE html>\n<html lang=\"fr-FR\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .contains("<title>Devis de contrat de maintenance</title>").contains("size: A4;")
                .contains("@top-left { content: \"Domotique Rhône SARL · Devis de contrat de maintenance\";")
                .contains("content: \"Page \" counter(page) \" sur \" counter(pages);").endsWith("</article>\n</body>\n</html>\n");
        assertThat(quote(Locale.US, Samples.DOMOTIQUE_RHONE).render(DocumentFormat.HTML)).contains("size: letter;")
                .contains("content: \"Page \" counter(page) \" of \" counter(pages);");
        assertThat(quote(Locale.GERMANY, Samples.DOMOTIQUE_RHONE).render(DocumentFormat.HTML))
                .contains("content: \"Seite \" counter(page) \" von \" counter(pages);");
        String fragment = quote(Locale.FRANCE, Samples.DOMOTIQUE_RHONE).render(DocumentFormat.HTML_FRAGMENT);
        assertThat(fragment).startsWith("<article class=\"servicecontract\" lang=\"fr-FR\">\n<address class=\"issuer\">").doesNotContain("<style>").doesNotContain("<html");
        assertThat(french).contains(fragment);
        assertThat(fragment).contains("<td data-label=\"Montant\" class=\"number\">720,00");
    }

    @Test
    void theVendorsStylesheetAndLogo_comeAfterTheLibrarys_andCannotBreakOut() {
        PageStyle style = PageStyle.forLocale(Locale.FRANCE).withPaper(PageStyle.Paper.LETTER).withStylesheet("h1 { color: #0a4d8c; }")
                .withLogo(URI.create("data:image/png;base64,iVBORw0KGgo="));
        String page = quote(Locale.FRANCE, Samples.DOMOTIQUE_RHONE).renderPage(style);
        assertThat(page).contains("size: letter;").contains("<style>/*<![CDATA[*/\nh1 { color: #0a4d8c; }\n/*]]>*/</style>\n</head>")
                .contains("<img class=\"logo\" src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"Domotique Rhône SARL\" />");
        assertThatIllegalArgumentException().isThrownBy(() -> style.withStylesheet("</style><script>alert(1)</script>"))
                .withMessageStartingWith("stylesheet must be CSS of at most 65536 characters without a < or ]]>");
        assertThatIllegalArgumentException().isThrownBy(() -> style.withStylesheet("h1 {} ]]> <b>"))
                .withMessageStartingWith("stylesheet must be CSS");
        for (String logo : new String[] {"javascript:alert(1)", "http://integrator.example/logo.png", "data:text/html,x",
                "file:///etc/passwd"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> style.withLogo(URI.create(logo)))
                    .withMessageStartingWith("logo must be an https: address or a data:image/png, jpeg, gif or svg+xml URI");
        }
        assertThat(PageStyle.forLocale(Locale.CANADA_FRENCH).paper()).isEqualTo(PageStyle.Paper.LETTER);
        assertThat(PageStyle.forLocale(Locale.forLanguageTag("de-CH")).paper()).isEqualTo(PageStyle.Paper.A4);
    }

    @Test
    void anIssuersNameInTheRunningHeader_isACssString_thatCannotCloseTheStyle() {
        Integrator hostile = Integrator.builder().name("A\" } body { display: none } </style><script>x()</script>")
                .address(PostalAddress.of("1 rue de la Paix", "75002 Paris")).build();
        String page = quote(Locale.FRANCE, hostile).render(DocumentFormat.HTML);
        String style = page.substring(page.indexOf("<style>"), page.indexOf("</style>") + "</style>".length());
        assertThat(style).contains("content: \"A\\22  } body { display: none } \\3c /style\\3e \\3c script\\3e x()\\3c /script\\3e  · Devis")
                .doesNotContain("<script>");
        assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(DocumentWriters.cssString("a\\b\nc")).isEqualTo("\"a\\5c b\\a c\"");
    }
}
