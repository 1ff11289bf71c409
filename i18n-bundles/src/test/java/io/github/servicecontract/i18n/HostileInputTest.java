package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseCategory;
import io.github.servicecontract.model.ClauseId;
import io.github.servicecontract.model.ClauseKind;
import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.Contract;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.Quote;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Texts that came from a caller never become markup. */
class HostileInputTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    private static final String MARKDOWN = "[click](javascript:alert(1)) | **bold** # heading";

    private static Document hostileContract() {
        Site site = Site.builder().from(Samples.VILLA_MARTIN).name("Villa " + IMAGE).build();
        Clause clause = Clause.builder().id(ClauseId.of("pool")).kind(ClauseKind.EXCLUSION).category(ClauseCategory.EQUIPMENT)
                .customText("Pool pump </li><li>" + MARKDOWN).build();
        ServiceTier tier = ServiceTier.builder().from(Samples.GOLD).addClauses(clause).build();
        Quote quote = Quote.of(PricingContext.builder().from(Samples.LYON_CONTEXT).site(site).tier(tier).build(), Samples.GOLD_RULE);
        Contract contract = Contract.builder().from(Samples.LYON_CONTRACT).client(Client.of(SCRIPT, Locale.FRANCE)).site(site)
                .tier(tier).build();
        return ContractDocuments.contract(contract, quote, RenderOptions.SUMMARY);
    }

    @Test
    void html_escapesNamesAddressesAndCustomClauses() {
        String html = hostileContract().render(DocumentFormat.HTML);
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("</li><li>Pool")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("Villa &quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains("Pool pump &lt;/li&gt;&lt;li&gt;");
        assertThat(html.split("<li>", -1).length - 1).isEqualTo(html.split("</li>", -1).length - 1);
    }

    @Test
    void markdown_escapesMarkupAndHtml() {
        String markdown = hostileContract().render(DocumentFormat.MARKDOWN);
        assertThat(markdown).doesNotContain("<script").doesNotContain("<img")
                .contains("\\[click\\](javascript:alert(1)) \\| \\*\\*bold\\*\\* \\# heading")
                .contains("&lt;script&gt;");
    }

    @Test
    void aRenewalNotice_escapesTheClientAndTheSite() {
        Site site = Site.builder().from(Samples.VILLA_MARTIN).name("Villa " + IMAGE).build();
        Contract contract = Contract.builder().from(Samples.LYON_CONTRACT).client(Client.of(SCRIPT, Locale.FRANCE)).site(site).build();
        Document notice = ContractDocuments.renewalNotice(contract, java.time.LocalDate.of(2026, 10, 1));
        assertThat(notice.render(DocumentFormat.HTML)).doesNotContain("<script").doesNotContain("<img")
                .contains("<span class=\"role\">Client</span><br /><strong>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</strong>");
        assertThat(notice.render(DocumentFormat.MARKDOWN)).doesNotContain("<script").doesNotContain("<img");
    }

    @Test
    void text_keepsTheWordsAsWritten() {
        assertThat(hostileContract().render(DocumentFormat.TEXT)).contains("Client\n  " + SCRIPT + "\n").contains(MARKDOWN);
    }

    @Test
    void namesWithAFrenchColon_areWrittenAsGivenInEveryLanguage() {
        Site site = Site.builder().from(Samples.VILLA_MARTIN).name("Villa Martin : aile est").build();
        Contract contract = Contract.builder().from(Samples.LYON_CONTRACT).client(Client.of("Martin : SCI", Locale.UK)).site(site)
                .build();
        Quote quote = Quote.of(PricingContext.builder().from(Samples.LYON_CONTEXT).site(site).build(), Samples.GOLD_RULE);
        assertThat(ContractDocuments.contract(contract, quote, RenderOptions.SUMMARY).render(DocumentFormat.TEXT))
                .contains("Client\n  Martin : SCI\n").contains("Site: Villa Martin : aile est (");
        assertThat(ContractDocuments.renewalNotice(contract, java.time.LocalDate.of(2026, 10, 1)).render(DocumentFormat.TEXT))
                .contains("Client\n  Martin : SCI\n").contains("Site: Villa Martin : aile est");
    }

    @Test
    void contract_andQuoteMustMatch() {
        Quote milan = Samples.MILAN_QUOTE;
        assertThatIllegalArgumentException().isThrownBy(() -> ContractDocuments.contract(Samples.LYON_CONTRACT, milan,
                RenderOptions.SUMMARY)).withMessage("quote must price the contract's site and tier gold, was essenziale");
    }

    @Test
    void tables_needOneCellPerColumn() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Document.Table(List.of("a", "b"),
                List.of(Document.Align.LEFT, Document.Align.LEFT), List.of(List.of("only one"))))
                .withMessage("rows must have 2 cells, was 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Document.Table(List.of("a", "b"),
                List.of(Document.Align.LEFT), List.of())).withMessage("alignments must have 2 entries, was 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Document.Heading(4, "x"))
                .withMessage("level must be between 1 and 3, was 4");
    }

    @Test
    void escaping_replacesEverySpecialCharacterWhereverItStands_andLeavesPlainTextAsItIs() {
        String plain = "Villa Martin, Lyon: 1 740,00 €";
        assertThat(DocumentWriters.htmlEscape(plain)).isSameAs(plain);
        assertThat(DocumentWriters.htmlEscape("<b>Tom & \"Jerry's\"</b>"))
                .isEqualTo("&lt;b&gt;Tom &amp; &quot;Jerry&#39;s&quot;&lt;/b&gt;");
        assertThat(DocumentWriters.htmlEscape("&")).isEqualTo("&amp;");
        assertThat(DocumentWriters.markdownEscape("*bold* | [link](x)\nnext <i>"))
                .isEqualTo("\\*bold\\* \\| \\[link\\](x) next &lt;i&gt;");
        assertThat(DocumentWriters.markdownEscape(plain)).isSameAs(plain);
    }

    @Test
    void namesThatWouldForgeALineOrReorderFigures_areRefusedWhereTheyAreGiven() {
        assertThatIllegalArgumentException().isThrownBy(() -> Client.of("Claire\nTotal TTC 0,00 €", Locale.FRANCE))
                .withMessageStartingWith("clientName must hold no control, invisible or direction-overriding character, found U+000A");
        assertThatIllegalArgumentException().isThrownBy(() -> Site.builder().from(Samples.VILLA_MARTIN).name("Villa \u001B[2J").build())
                .withMessageStartingWith("name must hold no control, invisible or direction-overriding character, found U+001B");
        assertThatIllegalArgumentException().isThrownBy(() -> Clause.builder().id(ClauseId.of("pool")).kind(ClauseKind.EXCLUSION)
                .category(ClauseCategory.EQUIPMENT).customText("Pool \u202Eexcluded").build())
                .withMessageStartingWith("customText must hold no control, invisible or direction-overriding character, found U+202E");
    }

    @Test
    void documentBlocks_refuseHiddenCharacters_soTheTextFormShowsWhatItSays() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Document.Paragraph("a\u0000b"))
                .withMessageStartingWith("text must hold no control");
        assertThatIllegalArgumentException().isThrownBy(() -> new Document.Heading(1, "\u2066x"))
                .withMessageStartingWith("text must hold no control");
        assertThatIllegalArgumentException().isThrownBy(() -> new Document.BulletList(List.of("ok", "\u200Bx")))
                .withMessageStartingWith("item must hold no control");
        assertThatIllegalArgumentException().isThrownBy(() -> new Document.Table(List.of("\u2028"), List.of(Document.Align.LEFT),
                List.of())).withMessageStartingWith("header must hold no control");
        assertThatIllegalArgumentException().isThrownBy(() -> new Document.Table(List.of("a"), List.of(Document.Align.LEFT),
                List.of(List.of("\r")))).withMessageStartingWith("cell must hold no control");
    }

    @Test
    void markdown_neutralisesStrikeThroughAndTheLinksGitHubMakesOfBareAddresses() {
        Site site = Site.builder().from(Samples.VILLA_MARTIN).name("~~Villa~~ see https://evil.example www.evil.example"
                + " WWW.Evil.example admin@evil.example").build();
        Contract contract = Contract.builder().from(Samples.LYON_CONTRACT).site(site).build();
        String markdown = ContractDocuments.renewalNotice(contract, java.time.LocalDate.of(2026, 10, 1)).render(DocumentFormat.MARKDOWN);
        assertThat(markdown).contains("\\~\\~Villa\\~\\~ see https:\\/\\/evil.example www\\.evil.example WWW\\.Evil.example"
                + " admin\\@evil.example").doesNotContain("~~").doesNotContain("://").doesNotContain(" www.");
        assertThat(DocumentWriters.markdownEscape("plain 1.5 text: ok")).isEqualTo("plain 1.5 text: ok");
        assertThat(DocumentWriters.markdownEscape("1. num")).isEqualTo("1\\. num");
        assertThat(DocumentWriters.markdownEscape("12) num")).isEqualTo("12\\) num");
        assertThat(DocumentWriters.markdownEscape("+ plus")).isEqualTo("\\+ plus");
        assertThat(DocumentWriters.markdownEscape("- minus")).isEqualTo("\\- minus");
        assertThat(DocumentWriters.markdownEscape("---")).isEqualTo("\\---");
        assertThat(DocumentWriters.markdownEscape("-108,50 €")).isEqualTo("-108,50 €");
        assertThat(DocumentWriters.markdownEscape("2026. year")).isEqualTo("2026\\. year");
        assertThat(DocumentWriters.markdownEscape("1.5 hours")).isEqualTo("1.5 hours");
    }

    @Test
    void anAddressLineOfEqualSigns_cannotMakeAHeadingOfTheLineAboveIt() {
        io.github.servicecontract.model.Client client = io.github.servicecontract.model.Client.of("Claire Martin", Locale.FRANCE)
                .withAddress(io.github.servicecontract.model.PostalAddress.of("12 chemin des Tilleuls", "===", " = 69003 Lyon"));
        String markdown = ContractDocuments.quote(Samples.LYON_QUOTE, Locale.FRANCE, RenderOptions.builder().client(client).build())
                .render(DocumentFormat.MARKDOWN);
        assertThat(markdown).contains("12 chemin des Tilleuls  \n\\===  \n\\= 69003 Lyon\n");
        assertThat(DocumentWriters.markdownEscape("=== x")).isEqualTo("\\=== x");
    }
}
