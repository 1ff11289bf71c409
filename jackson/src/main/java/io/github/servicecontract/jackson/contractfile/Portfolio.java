package io.github.servicecontract.jackson.contractfile;

import io.github.servicecontract.model.internal.TextInput;
import io.github.servicecontract.pricing.reprice.RepricedContract;
import io.github.servicecontract.pricing.reprice.Repricing;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * A portfolio of contracts, read as a stream: a JSON Lines file (each line a contract file in JSON, blank lines
 * skipped) or a folder of contract files ({@code .yaml}, {@code .yml}, {@code .json}, read in name order).
 *
 * <pre>{@code
 * try (Portfolio portfolio = Portfolio.open(Path.of("contracts.jsonl"))) {
 *     ImpactReport report = ImpactReport.csv(writer);
 *     portfolio.reprice(Repricing.between(oldSheet, newSheet), report, Portfolio.Progress.NONE);
 *     report.summary();
 * }
 * }</pre>
 *
 * <p>Each contract is named by its document's number when it gives one, else by its line (or its file's name). A
 * contract that cannot be read is reported as such with the reason ({@code "cannot be read: /terms: is missing"})
 * and the others go on; a line longer than {@link ContractFile#MAX_BYTES} is refused without being kept in memory.
 * Contracts are read and priced in batches on every core and given to the consumer in the portfolio's order, from
 * the calling thread; memory stays bounded whatever the portfolio's size: two batches (one priced while the next is
 * read) of at most {@value #BATCH_LINES} contracts or {@value #BATCH_BYTES} bytes each, beside one contract that
 * passes the bytes, and about {@value #CATALOGUES} tier catalogues, each from a contract of at most 64 KiB, kept to
 * read the next contracts that offer the same tiers. A folder's file names are held in memory to sort them. A
 * portfolio is read once.
 */
public final class Portfolio implements Closeable {

    /** The most contracts read and priced together. */
    public static final int BATCH_LINES = 4096;
    /** The most bytes of contracts read and priced together (beside one contract of at most {@link ContractFile#MAX_BYTES}). */
    public static final int BATCH_BYTES = 8 * 1024 * 1024;
    /** About the most distinct tier catalogues kept while a portfolio is read (threads adding at once may add a few more). */
    public static final int CATALOGUES = 64;

    /** The largest contract, in characters, whose tier catalogue is kept. */
    private static final int CATALOGUE_TEXT = 64 * 1024;

    /** Told how far a reading has gone, after each batch, on the calling thread. */
    @FunctionalInterface
    public interface Progress {
        /** Told nothing. */
        Progress NONE = (contracts, done, total) -> { };

        /**
         * After a batch.
         *
         * @param contracts the contracts given to the consumer so far
         * @param done how much of the portfolio lies up to the last contract given: its bytes, or its files
         * @param total the portfolio's bytes, or files; -1 when its size is not known (a stream)
         */
        void update(long contracts, long done, long total);
    }

    private final String name;
    private final Source source;
    private final Map<Object, Object> catalogues = new ConcurrentHashMap<>();
    private boolean used;

    private Portfolio(String name, Source source) {
        this.name = name;
        this.source = source;
    }

    /**
     * Opens a portfolio: a JSON Lines file, or a folder of contract files.
     *
     * @param path the file or folder
     * @return the portfolio, to close after use
     * @throws InputException naming the path if it cannot be opened
     */
    public static Portfolio open(Path path) {
        Objects.requireNonNull(path, "path");
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try {
            if (Files.isDirectory(path)) {
                List<Path> files = new ArrayList<>();
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(path, entry -> {
                    String lower = entry.getFileName().toString().toLowerCase(Locale.ROOT);
                    return Files.isRegularFile(entry) && (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"));
                })) {
                    entries.forEach(files::add);
                } catch (java.nio.file.DirectoryIteratorException e) {
                    throw e.getCause();
                }
                files.sort(null);
                return new Portfolio(name, new Folder(files));
            }
            if (!Files.isRegularFile(path)) {
                throw new InputException(path.toString(), "", Files.exists(path) ? "is not a regular file or a folder" : "no such file or folder");
            }
            return new Portfolio(name, new Lines(name, Files.size(path), Files.newInputStream(path)));
        } catch (IOException e) {
            throw new InputException(path.toString(), "", "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * A JSON Lines portfolio read from a stream (the standard input, a pipe, a socket), whose size is not known: its
     * progress's total is -1. Closing the portfolio closes the stream.
     *
     * @param in the stream, of UTF-8 lines
     * @param name its name, for messages: {@code "standard input"}
     * @return the portfolio, to close after use
     */
    public static Portfolio of(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        return new Portfolio(name, new Lines(name, -1, in));
    }

    /**
     * Reads every contract and re-prices it, giving each to {@code out} in the portfolio's order.
     *
     * @param repricing the old and new sheets
     * @param out what is told each contract, from the calling thread: an {@link io.github.servicecontract.pricing.reprice.ImpactReport}, say
     * @param progress what is told how far the reading has gone
     * @return the number of contracts
     * @throws InputException if the portfolio cannot be read any further, after the contracts read before were given
     * @throws IllegalStateException if the portfolio was read already
     */
    public long reprice(Repricing repricing, Consumer<? super RepricedContract> out, Progress progress) {
        Objects.requireNonNull(repricing, "repricing");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        if (used) {
            throw new IllegalStateException("a portfolio is read once; open it again to read it again");
        }
        used = true;
        long contracts = 0;
        // a batch is read and priced on every core while the calling thread reads the next one
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Entry> batch = source.next();
            while (!batch.isEmpty()) {
                List<Entry> entries = batch;
                RepricedContract[] results = new RepricedContract[entries.size()];
                ForkJoinTask<?> pricing = pool.submit(() -> IntStream.range(0, results.length).parallel()
                        .forEach(i -> results[i] = reprice(entries.get(i), repricing)));
                RuntimeException unreadable = null;
                try {
                    batch = source.next();
                } catch (RuntimeException e) {
                    unreadable = e; // the contracts read before it are still given
                    batch = List.of();
                }
                pricing.join();
                for (RepricedContract result : results) {
                    out.accept(result);
                }
                contracts += results.length;
                Entry last = entries.get(entries.size() - 1);
                progress.update(contracts, last.done, last.total);
                if (unreadable != null) {
                    throw unreadable;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return contracts;
    }

    private RepricedContract reprice(Entry entry, Repricing repricing) {
        ContractFile contract;
        try {
            String text = entry.text();
            // a catalogue is kept only from a contract of at most 64 KiB, so that what is kept stays small
            contract = ContractFileReader.parse(entry.name, text, entry.syntax, catalogues, text.length() <= CATALOGUE_TEXT ? CATALOGUES : 0);
        } catch (InputException e) {
            String place = e.place();
            if (entry.file == null && place.startsWith("line 1, ")) {
                place = place.substring("line 1, ".length()); // a line of JSON Lines is one line: its column says where
            }
            return RepricedContract.unreadable(entry.id, (place.isEmpty() ? "" : place + ": ") + e.problem());
        } catch (RuntimeException e) {
            // what no reader's rule foresaw still names the contract, and the others go on
            return RepricedContract.unreadable(entry.id, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                    + io.github.servicecontract.model.internal.Checks.shortened(e.getMessage())));
        }
        String id = contract.document().map(document -> document.number()).orElse(entry.id);
        return repricing.reprice(id, contract.site(), contract.offer().tier(), contract.terms(), contract.usage(), contract.offer().rule());
    }

    @Override
    public void close() {
        source.close();
    }

    @Override
    public String toString() {
        return "Portfolio{" + name + "}";
    }

    /** A contract to read: its bytes or its file, its name for messages, its id until it names itself. */
    private static final class Entry {
        final String id;
        final String name;
        final Syntax syntax;
        private final byte[] bytes;
        private final Path file;
        private final String refusal;
        /** How much of the portfolio lies up to this contract's end, of how much: bytes, or files; -1 when unknown. */
        long done;
        long total;

        Entry(String id, String name, Syntax syntax, byte[] bytes, Path file, String refusal) {
            this.id = id;
            this.name = name;
            this.syntax = syntax;
            this.bytes = bytes;
            this.file = file;
            this.refusal = refusal;
        }

        String text() {
            if (refusal != null) {
                throw new InputException(name, "", refusal);
            }
            try {
                return file != null ? TextInput.read(file, ContractFile.MAX_BYTES) : TextInput.decode(bytes);
            } catch (TextInput.Unreadable e) {
                throw ContractFileReader.refusal(name, e);
            }
        }
    }

    private interface Source extends Closeable {
        List<Entry> next();

        @Override
        void close();
    }

    /** A JSON Lines file, read in batches of lines, each line's bytes at most {@link ContractFile#MAX_BYTES}. */
    private static final class Lines implements Source {

        private final String name;
        private final long size;
        private final InputStream in;
        private long read;
        private long line;
        private boolean ended;
        private InputException failure;
        private final byte[] chunk = new byte[1 << 16];
        private int position;
        private int limit;
        private byte[] buffer = new byte[4096];

        Lines(String name, long size, InputStream in) {
            this.name = name;
            this.size = size;
            this.in = in;
        }

        @Override
        public List<Entry> next() {
            List<Entry> batch = new ArrayList<>();
            long bytes = 0;
            if (failure != null) {
                throw failure;
            }
            try {
                while (!ended && batch.size() < BATCH_LINES && bytes < BATCH_BYTES) {
                    Entry entry = line();
                    if (entry != null) {
                        long consumed = read - (limit - position);
                        entry.done = consumed;
                        entry.total = size;
                        batch.add(entry);
                        bytes += entry.bytes == null ? 0 : entry.bytes.length;
                    }
                }
            } catch (IOException e) {
                failure = new InputException(name, "line " + line, "cannot be read any further (" + e.getClass().getSimpleName() + ")", e);
                ended = true;
            }
            if (batch.isEmpty() && failure != null) {
                throw failure; // after the lines read before it were given
            }
            return batch;
        }

        /** The next line as an entry, null if it is blank; a line is scanned a chunk at a time, never a byte at a time. */
        private Entry line() throws IOException {
            line++;
            int length = 0;
            boolean tooLong = false;
            while (true) {
                if (position == limit) {
                    int n = in.read(chunk);
                    if (n < 0) {
                        ended = true;
                        break;
                    }
                    read += n;
                    position = 0;
                    limit = n;
                    continue;
                }
                int end = position;
                while (end < limit && chunk[end] != '\n') {
                    end++;
                }
                int n = end - position;
                if (!tooLong && length + (long) n > ContractFile.MAX_BYTES) {
                    tooLong = true; // read on to the line's end, keeping nothing
                }
                if (!tooLong) {
                    if (length + n > buffer.length) {
                        buffer = Arrays.copyOf(buffer, (int) Math.min(ContractFile.MAX_BYTES, Math.max(length + n, buffer.length * 2L)));
                    }
                    System.arraycopy(chunk, position, buffer, length, n);
                    length += n;
                }
                position = end;
                if (end < limit) {
                    position++; // the line break
                    break;
                }
            }
            String id = "line " + line;
            String where = name + " " + id;
            if (tooLong) {
                return new Entry(id, where, Syntax.JSON, null, null, String.format(Locale.ROOT, "is longer than the limit of %,d bytes",
                        ContractFile.MAX_BYTES));
            }
            if (length > 0 && buffer[length - 1] == '\r') {
                length--;
            }
            boolean blank = true;
            for (int i = 0; i < length && blank; i++) {
                blank = buffer[i] == ' ' || buffer[i] == '\t';
            }
            return blank ? null : new Entry(id, where, Syntax.JSON, Arrays.copyOf(buffer, length), null, null);
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A folder's contract files, in name order, read in batches. */
    private static final class Folder implements Source {

        private final List<Path> files;
        private int next;

        Folder(List<Path> files) {
            this.files = files;
        }

        @Override
        public List<Entry> next() {
            List<Entry> batch = new ArrayList<>();
            long bytes = 0;
            for (; next < files.size() && batch.size() < BATCH_LINES && bytes < BATCH_BYTES; next++) {
                Path file = files.get(next);
                try {
                    bytes += Files.size(file);
                } catch (IOException e) {
                    // the file's own reading says why it cannot be read
                }
                String id = file.getFileName().toString();
                Entry entry = new Entry(id, id, Syntax.of(file), null, file, null);
                entry.done = next + 1;
                entry.total = files.size();
                batch.add(entry);
            }
            return batch;
        }

        @Override
        public void close() {}
    }
}
