package io.github.servicecontract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden outputs under {@code src/test/resources/golden}, exact on the JDK they were written
 * with, compared with plain spaces and apostrophes on others; {@code -Dgolden.update=true}
 * rewrites them for review.
 */
final class Golden {

    private static final int PINNED_JDK = 17;

    private Golden() {}

    static void assertMatches(String file, String actual) {
        if (Boolean.getBoolean("golden.update") && Runtime.version().feature() == PINNED_JDK) {
            try {
                Path path = Path.of("src/test/resources/golden", file);
                Files.createDirectories(path.getParent());
                Files.writeString(path, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String expected;
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + file)) {
            if (in == null) {
                throw new AssertionError("no golden file " + file + "; run with -Dgolden.update=true on JDK " + PINNED_JDK);
            }
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Runtime.version().feature() == PINNED_JDK) {
            assertThat(actual).as("golden %s", file).isEqualTo(expected);
        } else {
            assertThat(plain(actual)).as("golden %s", file).isEqualTo(plain(expected));
        }
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2019', '\'');
    }
}
