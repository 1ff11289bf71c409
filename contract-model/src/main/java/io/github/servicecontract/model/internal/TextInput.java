package io.github.servicecontract.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Objects;

/**
 * The one way the library's readers take a text file: a regular file only (never a directory, a
 * device or a pipe, which could hang or never end), no larger than the reader's limit (checked
 * before a byte is read, and again while reading), in UTF-8 exactly (one byte-order mark allowed
 * at the start, as spreadsheets write it; any byte that is not UTF-8 refused with its line and
 * column), and without control characters other than tab and line ends.
 *
 * <p>Not an API: this package is exported only to the library's own modules.
 */
public final class TextInput {

    /** A file, or a text, that cannot be read: what is wrong and where (line and column from 1, or 0 for the whole). */
    public static final class Unreadable extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final long line;
        private final long column;
        private final String problem;

        Unreadable(long line, long column, String problem) {
            super((line == 0 ? "" : "line " + line + ", column " + column + ": ") + problem);
            this.line = line;
            this.column = column;
            this.problem = problem;
        }

        /** The line, from 1, or 0 when the problem is the file as a whole. */
        public long line() {
            return line;
        }

        /** The column (in characters), from 1, or 0 when the problem is the file as a whole. */
        public long column() {
            return column;
        }

        /** What is wrong, without the place. */
        public String problem() {
            return problem;
        }
    }

    private TextInput() {}

    /**
     * Reads a text file.
     *
     * @param file the file
     * @param maxBytes the largest size accepted
     * @return its text, without the byte-order mark
     * @throws Unreadable if it is missing, not a regular file, larger than {@code maxBytes}, not UTF-8, or holds a control character
     */
    public static String read(Path file, long maxBytes) {
        Objects.requireNonNull(file, "file");
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new Unreadable(0, 0, "no such file");
        } catch (IOException e) {
            throw new Unreadable(0, 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (attributes.isDirectory()) {
            throw new Unreadable(0, 0, "is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new Unreadable(0, 0, "is not a regular file (a device, a pipe or a socket): only files are read");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(attributes.size(), maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(bytes.length, maxBytes);
            }
            return decode(bytes);
        } catch (AccessDeniedException e) {
            throw new Unreadable(0, 0, "cannot be read: permission denied");
        } catch (IOException e) {
            throw new Unreadable(0, 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Reads a text, at most {@code maxChars} characters, and checks it as a file's text is checked.
     *
     * @param reader the text
     * @param maxChars the most characters accepted
     * @return the text, without a byte-order mark at its start
     * @throws Unreadable if it is longer, or holds a control character or a character that replaced bytes that were not text
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static String read(Reader reader, long maxChars) {
        Objects.requireNonNull(reader, "reader");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
                if (text.length() > maxChars) {
                    throw new Unreadable(0, 0, "is longer than the limit of " + String.format(Locale.ROOT, "%,d", maxChars)
                            + " characters");
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return checked(stripMark(text.toString()));
    }

    /**
     * Decodes UTF-8 exactly.
     *
     * @param bytes the bytes
     * @return the text, without the byte-order mark at its start
     * @throws Unreadable if the bytes are UTF-16, not UTF-8, or the text holds a control character
     */
    public static String decode(byte[] bytes) {
        if (isPlainAscii(bytes)) {
            return new String(bytes, StandardCharsets.ISO_8859_1); // printable ASCII and line ends: nothing to refuse, nothing to decode
        }
        if (bytes.length >= 2 && !(bytes[0] == (byte) 0xFE || bytes[0] == (byte) 0xFF)) {
            // the JDK's own decoder, much the fastest, marks bytes that are not UTF-8 with U+FFFD: without one, the text is
            // as a strict decoder reads it; with one, the strict decoder below says where and what
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return hasNothingToRefuse(bytes) ? stripMark(text) : checked(stripMark(text));
            }
        }
        return decodeStrictly(bytes);
    }

    /** {@link #decode} without its fast paths, whose results it must give: the reference the tests compare them with. */
    static String decodeStrictly(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new Unreadable(0, 0, "is UTF-16; save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            String before = new String(bytes, 0, at, StandardCharsets.UTF_8);
            throw new Unreadable(lineOf(before), columnOf(before), String.format(Locale.ROOT,
                    "byte 0x%02X is not UTF-8; save the file as UTF-8", bytes[at] & 0xFF));
        }
        decoder.flush(out);
        out.flip();
        return checked(stripMark(out.toString()));
    }

    /**
     * Whether the UTF-8 bytes hold none of what {@link #checked} refuses, read on the bytes, which is faster than on
     * the text: no control character (below U+0020 but tab and line ends, U+007F, U+0080 to U+009F, which are
     * {@code C2 80} to {@code C2 9F}), no byte-order mark after the first character and no U+FFFD ({@code EF BB BF},
     * {@code EF BF BD}).
     */
    private static boolean hasNothingToRefuse(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x20 && b < 0x7F) {
                continue;
            }
            if (b < 0x20 ? b != '\t' && b != '\n' && b != '\r' : b == 0x7F) {
                return false;
            }
            if (b == 0xC2 && i + 1 < bytes.length && (bytes[i + 1] & 0xFF) <= 0x9F) {
                return false;
            }
            if (b == 0xEF && i + 2 < bytes.length && ((bytes[i + 1] & 0xFF) == 0xBB && (bytes[i + 2] & 0xFF) == 0xBF && i > 0
                    || (bytes[i + 1] & 0xFF) == 0xBF && (bytes[i + 2] & 0xFF) == 0xBD)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainAscii(byte[] bytes) {
        for (byte b : bytes) {
            if ((b < 0x20 || b == 0x7F) && b != '\t' && b != '\n' && b != '\r') {
                return false; // a control character, or (negative) a byte of a multi-byte sequence
            }
        }
        return true;
    }

    private static String stripMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Refuses control characters other than tab and line ends, a second byte-order mark, and U+FFFD. */
    private static String checked(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            String problem = null;
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                problem = String.format(Locale.ROOT, "holds the control character U+%04X, which a text cannot show", (int) c);
            } else if (c == '\uFEFF') {
                problem = i == 0 ? "starts with two byte-order marks" : "holds a byte-order mark (U+FEFF) inside the text";
            } else if (c == '\uFFFD') {
                problem = "holds U+FFFD, the mark of bytes that were not read as text; save the file as UTF-8";
            }
            if (problem != null) {
                String before = text.substring(0, i);
                throw new Unreadable(lineOf(before), columnOf(before), problem);
            }
        }
        return text;
    }

    private static Unreadable tooLarge(long size, long maxBytes) {
        return new Unreadable(0, 0, String.format(Locale.ROOT, "is %,d bytes, over the limit of %,d bytes", size, maxBytes));
    }

    private static long lineOf(String before) {
        return before.chars().filter(c -> c == '\n').count() + 1;
    }

    private static long columnOf(String before) {
        String line = before.substring(before.lastIndexOf('\n') + 1);
        return line.codePointCount(0, line.length()) + 1;
    }
}
