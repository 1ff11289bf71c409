package io.github.servicecontract.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and texts are read in UTF-8 exactly, within their limit, or refused with the place and the rule. */
class TextInputTest {

    @TempDir
    Path folder;

    private static TextInput.Unreadable refusal(Runnable read) {
        try {
            read.run();
        } catch (TextInput.Unreadable e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void utf8_isReadAsWritten_withoutItsByteOrderMark() throws Exception {
        Path file = folder.resolve("a.txt");
        Files.writeString(file, "\uFEFFHélène\tTürk 😀\r\nZürich\n");
        assertThat(TextInput.read(file, 100)).isEqualTo("Hélène\tTürk 😀\r\nZürich\n");
        assertThat(TextInput.decode("x".getBytes(StandardCharsets.UTF_8))).isEqualTo("x");
        assertThat(TextInput.decode(new byte[0])).isEmpty();
    }

    @Test
    void aFileAtItsLimit_isRead_oneByteOver_isRefusedBeforeReading() throws Exception {
        Path file = folder.resolve("limit.txt");
        Files.write(file, "12345".getBytes(StandardCharsets.UTF_8));
        assertThat(TextInput.read(file, 5)).isEqualTo("12345");
        TextInput.Unreadable refused = refusal(() -> TextInput.read(file, 4));
        assertThat(refused).hasMessage("is 5 bytes, over the limit of 4 bytes");
        assertThat(refused.line()).isZero();
        assertThat(refused.column()).isZero();
        assertThat(refused.problem()).isEqualTo(refused.getMessage());
    }

    @Test
    void missingFilesAndDirectories_areRefused() {
        assertThatThrownBy(() -> TextInput.read(folder.resolve("none.txt"), 10)).isInstanceOf(TextInput.Unreadable.class)
                .hasMessage("no such file");
        assertThatThrownBy(() -> TextInput.read(folder, 10)).hasMessage("is a directory, not a file");
    }

    @Test
    void bytesThatAreNotUtf8_areRefusedAtTheirLineAndColumn() {
        byte[] bytes = "ab\ncdé".getBytes(StandardCharsets.ISO_8859_1);
        TextInput.Unreadable refused = refusal(() -> TextInput.decode(bytes));
        assertThat(refused).hasMessage("line 2, column 3: byte 0xE9 is not UTF-8; save the file as UTF-8");
        assertThat(refused.line()).isEqualTo(2);
        assertThat(refused.column()).isEqualTo(3);
        assertThat(refused.problem()).isEqualTo("byte 0xE9 is not UTF-8; save the file as UTF-8");
        // a sequence cut short at the end of the text
        assertThat(refusal(() -> TextInput.decode(new byte[] {'a', (byte) 0xC3}))).hasMessage(
                "line 1, column 2: byte 0xC3 is not UTF-8; save the file as UTF-8");
        // an encoded surrogate (CESU-8), which UTF-8 forbids
        assertThat(refusal(() -> TextInput.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))).hasMessage(
                "line 1, column 1: byte 0xED is not UTF-8; save the file as UTF-8");
    }

    @Test
    void utf16_isNamed() {
        assertThat(refusal(() -> TextInput.decode(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}))).hasMessage("is UTF-16; save it as UTF-8");
        assertThat(refusal(() -> TextInput.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}))).hasMessage("is UTF-16; save it as UTF-8");
        assertThat(refusal(() -> TextInput.decode(new byte[] {(byte) 0xFE}))).hasMessage(
                "line 1, column 1: byte 0xFE is not UTF-8; save the file as UTF-8");
    }

    @Test
    void controlCharacters_areRefused_butTabsAndLineEndsAreText() {
        assertThat(refusal(() -> TextInput.decode("a\nb\u0000".getBytes(StandardCharsets.UTF_8))))
                .hasMessage("line 2, column 2: holds the control character U+0000, which a text cannot show");
        assertThat(refusal(() -> TextInput.decode("\u001B[31m".getBytes(StandardCharsets.UTF_8))))
                .hasMessage("line 1, column 1: holds the control character U+001B, which a text cannot show");
        assertThat(refusal(() -> TextInput.decode("a\u007F".getBytes(StandardCharsets.UTF_8))))
                .hasMessage("line 1, column 2: holds the control character U+007F, which a text cannot show");
        assertThat(refusal(() -> TextInput.decode("a\u009B".getBytes(StandardCharsets.UTF_8))))
                .hasMessage("line 1, column 2: holds the control character U+009B, which a text cannot show");
        assertThat(refusal(() -> TextInput.decode("a\u001F".getBytes(StandardCharsets.UTF_8))))
                .hasMessage("line 1, column 2: holds the control character U+001F, which a text cannot show");
        assertThat(TextInput.decode("a\u00A0b ~".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\u00A0b ~");
    }

    @Test
    void byteOrderMarks_pastTheFirst_andReplacementCharacters_areRefused() {
        assertThat(refusal(() -> TextInput.decode("\uFEFF\uFEFFa".getBytes(StandardCharsets.UTF_8))))
                .hasMessage("line 1, column 1: starts with two byte-order marks");
        assertThat(refusal(() -> TextInput.decode("ab\uFEFF".getBytes(StandardCharsets.UTF_8))))
                .hasMessage("line 1, column 3: holds a byte-order mark (U+FEFF) inside the text");
        assertThat(refusal(() -> TextInput.read(new StringReader("a\n\uFFFD"), 100)))
                .hasMessage("line 2, column 1: holds U+FFFD, the mark of bytes that were not read as text; save the file as UTF-8");
    }

    @Test
    void aReader_isReadUpToItsLimit() {
        assertThat(TextInput.read(new StringReader("\uFEFFabc"), 4)).isEqualTo("abc");
        assertThat(refusal(() -> TextInput.read(new StringReader("abcde"), 4))).hasMessage("is longer than the limit of 4 characters");
        assertThat(refusal(() -> TextInput.read(new StringReader("x".repeat(20_000)), 10_000)))
                .hasMessage("is longer than the limit of 10,000 characters");
    }
}
