package io.github.servicecontract.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The fast paths of {@link TextInput#decode} give what the strict decoder gives: the same text, or the same refusal. */
class TextInputProperties {

    /** Characters that matter: printable ASCII, line ends, controls, C1 controls, accents, the byte-order mark, U+FFFD, emoji. */
    private static Gen<String> pieces() {
        String[] interesting = {"a", " ", "\t", "\n", "\r", "\u0001", "\u007F", "\u0085", "\u009F", "\u00A0", "é", "ô", "\u00FF", "\u0100",
            "\uFEFF", "\uFFFD", "\u20AC", "😀", "Ж", "中"};
        return integers().between(0, interesting.length - 1).map(i -> interesting[i]);
    }

    /** A text's UTF-8 bytes, sometimes with one byte changed to one that may not be UTF-8 where it stands. */
    private static Gen<byte[]> bytes() {
        return lists().of(pieces()).ofSizeBetween(0, 40).zip(integers().between(-1, 400), integers().between(0, 255),
                (pieces, at, value) -> {
                    byte[] bytes = String.join("", pieces).getBytes(StandardCharsets.UTF_8);
                    if (at >= 0 && at < bytes.length) {
                        bytes[at] = (byte) value.intValue();
                    }
                    return bytes;
                });
    }

    private static String outcome(java.util.function.Supplier<String> decode) {
        try {
            return "text: " + decode.get();
        } catch (TextInput.Unreadable e) {
            return "refused at " + e.line() + ":" + e.column() + ": " + e.problem();
        }
    }

    @Test
    void decodingWithTheFastPaths_givesTheStrictDecodersTextOrRefusal() {
        qt().withExamples(2_000).forAll(bytes()).checkAssert(bytes -> assertThat(outcome(() -> TextInput.decode(bytes)))
                .isEqualTo(outcome(() -> TextInput.decodeStrictly(bytes))));
    }

    @Test
    void theFastPaths_areTakenForPlainTexts_andForAccentedOnes() {
        for (String text : List.of("currency: EUR\n", "Domotique Rhône SARL, Zürich, 中文 😀\r\n")) {
            assertThat(TextInput.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        }
    }
}
