package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}, pinned to the build JDK's CLDR data: on
 * that JDK the text must match exactly; on another, it must match once no-break spaces and
 * apostrophes are normalised (CLDR changes those between releases). Run the build with
 * {@code -Dgolden.update=true} to rewrite them after a deliberate change, then review the diff.
 */
final class Golden {

    /** The JDK feature release the golden files were written with. */
    static final int PINNED_JDK = 17;

    private Golden() {}

    static void assertMatches(String name, String actual) {
        String file = name.replaceFirst("(\\.[a-z]+)$", "-jdk" + PINNED_JDK + "$1");
        if (Boolean.getBoolean("golden.update") && Runtime.version().feature() == PINNED_JDK) {
            write(file, actual);
        }
        String expected = read(file);
        if (Runtime.version().feature() == PINNED_JDK) {
            assertThat(actual).as("golden file %s", file).isEqualTo(expected);
        } else {
            assertThat(normalise(actual)).as("golden file %s, normalised", file).isEqualTo(normalise(expected));
        }
    }

    /** Replaces the spaces and apostrophes CLDR varies with plain ones. */
    static String normalise(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2019', '\'');
    }

    private static String read(String file) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + file)) {
            if (in == null) {
                throw new AssertionError("no golden file " + file + "; run with -Dgolden.update=true on JDK " + PINNED_JDK);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String file, String text) {
        try {
            Path path = Path.of("src/test/resources/golden", file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
