package io.github.servicecontract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.i18n.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF example of README.md, verbatim, so that the README stays true. */
class ReadmePdfTest {

    @Test
    void readmePdf_writesTheDocumentToAFile(@TempDir Path folder) throws IOException {
        Document document = Samples.frenchContract();

        byte[] pdf = PdfDocuments.write(document);                  // or write(document, style, out)
        Files.write(folder.resolve("devis.pdf"), pdf);

        assertThat(Files.readAllBytes(folder.resolve("devis.pdf"))).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
