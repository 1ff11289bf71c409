package io.github.servicecontract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.i18n.Document;
import io.github.servicecontract.i18n.DocumentFormat;
import io.github.servicecontract.model.BillingFrequency;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML page as a browser shows it: in headless Chromium (Debian's package, which {@code .ci/run}
 * installs), no table, signature box or address is cut at a phone's width, and printed on A4 no
 * text runs past the page's printable width.
 */
class BrowserLayoutTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path folder;

    private static void requireChromium() {
        // on a developer's machine without Chromium the test is skipped; in CI (.ci/run sets CI) it must run
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) || System.getenv("CI") != null,
                "headless Chromium (apt-get install chromium) is not installed");
        assertThat(CHROMIUM).as("headless Chromium, which .ci/run installs").isExecutable();
    }

    private String chromium(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + folder.resolve("profile")));
        command.addAll(List.of(arguments));
        // the output goes to a file, so that a Chromium that hangs is stopped rather than read forever
        Path out = Files.createTempFile(folder, "chromium", ".out");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(out.toFile()).start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("Chromium ends within 120 s").isTrue();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** What the page's layout script found at {@code width} CSS pixels: "ok", or each block cut and where. */
    private String layoutAt(Document document, int width) throws IOException, InterruptedException {
        String page = document.render(DocumentFormat.HTML);
        String escaped = page.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
        String wrapper = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>pending</title></head><body style=\"margin:0\">"
                + "<iframe id=\"f\" style=\"width:" + width + "px;height:3000px;border:0\" srcdoc=\"" + escaped + "\"></iframe>"
                + "<script>document.getElementById('f').addEventListener('load', function () {"
                + " var d = this.contentDocument, width = d.documentElement.clientWidth, problems = [];"
                + " if (d.documentElement.scrollWidth > width) problems.push('page ' + d.documentElement.scrollWidth + '>' + width);"
                + " d.querySelectorAll('table, tr, .signatures, address, li, p, h1, h2').forEach(function (e, i) {"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.right > width + 0.5 || r.left < -0.5) problems.push(e.tagName + i + ' ' + Math.round(r.left) + '..' + Math.round(r.right));"
                + " });"
                + " document.title = 'LAYOUT ' + (problems.length ? problems.join('; ') : 'ok');"
                + "});</script></body></html>";
        Path file = Files.writeString(folder.resolve("wrapper-" + width + ".html"), wrapper);
        String dom = chromium("--window-size=" + (width + 100) + ",3000", "--dump-dom", file.toUri().toString());
        int start = dom.indexOf("<title>LAYOUT ");
        assertThat(start).as("the layout script ran").isNotNegative();
        return dom.substring(start + "<title>LAYOUT ".length(), dom.indexOf("</title>", start));
    }

    /** The rightmost edge of any text Chromium prints on A4, and the page's width, in points. */
    private float[] printedRightEdge(Document document) throws IOException, InterruptedException {
        Path html = Files.writeString(folder.resolve("page.html"), document.render(DocumentFormat.HTML));
        Path pdf = folder.resolve("page.pdf");
        chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString());
        try (PDDocument printed = Loader.loadPDF(pdf.toFile())) {
            float[] right = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        right[0] = Math.max(right[0], position.getXDirAdj() + position.getWidthDirAdj());
                    }
                }
            };
            stripper.getText(printed);
            return new float[] {right[0], printed.getPage(0).getMediaBox().getWidth()};
        }
    }

    @Test
    void atAPhonesWidth_noTableOrBoxIsCut() throws IOException, InterruptedException {
        requireChromium();
        assertThat(layoutAt(Samples.frenchContract(BillingFrequency.MONTHLY), 360)).isEqualTo("ok");
        assertThat(layoutAt(Samples.usQuote(), 360)).isEqualTo("ok");
        assertThat(layoutAt(Samples.frenchContract(), 1024)).isEqualTo("ok");
    }

    @Test
    void printedOnA4_noTextRunsPastThePrintableWidth() throws IOException, InterruptedException {
        requireChromium();
        float[] edge = printedRightEdge(Samples.frenchContract(BillingFrequency.MONTHLY));
        assertThat(edge[1]).as("A4 is 595 points wide").isBetween(594f, 596f);
        // 16 mm of right margin is 45 points: text ends before it
        assertThat(edge[0]).isGreaterThan(300f).isLessThanOrEqualTo(edge[1] - 44f);
    }
}
