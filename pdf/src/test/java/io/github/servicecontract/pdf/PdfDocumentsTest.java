package io.github.servicecontract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.i18n.ContractDocuments;
import io.github.servicecontract.i18n.Document;
import io.github.servicecontract.i18n.DocumentFormat;
import io.github.servicecontract.i18n.PageStyle;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF says what the document says: its text, extracted with PDFBox, holds the totals, the parties and the signatures. */
class PdfDocumentsTest {

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Spaces of every kind as one, so that the text compares whatever space the typography chose. */
    private static String plain(String text) {
        return text.replaceAll("[\\u00A0\\u202F\\u2009]", " ").replaceAll("[ \\t]+", " ");
    }

    @Test
    void aFrenchContract_holdsItsPartiesTotalsInvoicesAndAcceptance_onA4() throws IOException {
        Document contract = Samples.frenchContract();
        byte[] pdf = PdfDocuments.write(contract);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = plain(text(pdf));
        assertThat(text).contains("Domotique Rhône SARL").contains("SIRET 842 597 130 00017")
                .contains("Contrat de maintenance").contains("Claire Martin").contains("12 chemin des Tilleuls")
                .contains("Prix ferme annuel HT").contains("2 061,50 €").contains("Total TTC").contains("2 473,80 €")
                .contains("Main-d’œuvre sur site, 10 mars 2026").contains("Bon pour accord").contains("Le client : Claire Martin")
                .contains("Pour Domotique Rhône SARL").contains("Page 1 sur");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            for (org.apache.pdfbox.pdmodel.PDPage each : document.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : each.getResources().getFontNames()) {
                    PDFont font = each.getResources().getFont(name);
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", "") + (font.isEmbedded() ? "" : " (not embedded)"));
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(font -> font.startsWith("DejaVuSans"));
        }
    }

    @Test
    void aUsQuote_printsOnLetter() throws IOException {
        byte[] pdf = PdfDocuments.write(Samples.usQuote());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.LETTER.getWidth(),
                    org.assertj.core.data.Offset.offset(1f));
        }
        assertThat(plain(text(pdf))).contains("Service contract quote").contains("Page 1 of").contains("(19 miles from our office)")
                .contains("Mileage").contains("$0.70 per mile");
    }

    @Test
    void aLogoOrStylesheetFromTheNetwork_isNeverFetched_andTheVendorsStylesheetApplies() throws IOException, InterruptedException {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (java.net.Socket socket = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            listener.setDaemon(true);
            listener.start();
            String local = "https://127.0.0.1:" + server.getLocalPort();
            PageStyle style = PageStyle.forLocale(java.util.Locale.FRANCE).withLogo(java.net.URI.create(local + "/logo.png"))
                    .withStylesheet("h1 { color: #0a4d8c; background: url(" + local + "/back.png); } .a > .b { margin: 0 }");
            byte[] pdf = PdfDocuments.write(Samples.frenchContract(), style);
            assertThat(plain(text(pdf))).contains("Contrat de maintenance");
            Thread.sleep(200);
            assertThat(connections.get()).as("connections to the logo's and the stylesheet's server").isZero();
            assertThat(Samples.frenchContract().renderPage(style)).contains("h1 { color: #0a4d8c;")
                    .contains("<img class=\"logo\" src=\"" + local + "/logo.png\"");
        }
        assertThat(Samples.frenchContract().render(DocumentFormat.HTML)).startsWith("<!DOCTYPE html>\n<html lang=\"fr-FR\">");
    }

    @Test
    void anAmpersandInANameOrTheVendorsStylesheet_printsAsWritten() throws IOException {
        Document contract = Samples.frenchContract("Martin & Fils <SARL>");
        String text = plain(text(PdfDocuments.write(contract, PageStyle.forLocale(java.util.Locale.FRANCE)
                .withStylesheet("body { font-size: 10pt } h1 { color: #333 } /* R&D */"))));
        assertThat(text).contains("Martin & Fils <SARL>").contains("2 473,80 €");
    }

    @Test
    void aRenewalNotice_printsItsDeadlineBox_andCitesTheLaw() throws IOException {
        String text = plain(text(PdfDocuments.write(Samples.frenchRenewalNotice(java.time.LocalDate.of(2026, 10, 1)))));
        assertThat(text).contains("Reconduction de votre contrat de maintenance").contains("Le 1er octobre 2026")
                .contains("Date limite pour vous opposer à la reconduction : 1er décembre 2026")
                .contains("article L. 215-1 du code de la").contains("Page 1 sur 1");
    }

    /** The rightmost edge of any text on any page, and the first page's width, in points. */
    private static float[] rightEdge(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float[] right = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (org.apache.pdfbox.text.TextPosition position : positions) {
                        right[0] = Math.max(right[0], position.getXDirAdj() + position.getWidthDirAdj());
                    }
                }
            };
            stripper.getText(document);
            return new float[] {right[0], document.getPage(0).getMediaBox().getWidth()};
        }
    }

    @Test
    void noTextRunsPastTheRightMargin_onA4OrLetter_evenInTheWidestSchedule() throws IOException {
        for (Document document : java.util.List.of(Samples.frenchContract(io.github.servicecontract.model.BillingFrequency.MONTHLY),
                Samples.usQuote())) {
            float[] edge = rightEdge(PdfDocuments.write(document));
            // 16 mm of right margin is 45 points
            assertThat(edge[0]).as("right edge of the text in %s", document.locale()).isGreaterThan(300f)
                    .isLessThanOrEqualTo(edge[1] - 44f);
        }
    }
}
