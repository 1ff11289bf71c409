package io.github.servicecontract.pricing;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An immutable list that can be extended by one element without copying, for the lines and
 * rate-card entries of the drafts a quote goes through.
 *
 * <p>Every list extended from another shares its storage: the first list to extend a given
 * prefix writes the new element in place, and any later attempt to extend the same prefix (a
 * branch, as {@link PricingRules#firstMatch} makes) copies the prefix instead. No list ever sees
 * an element beyond its own size, so each is immutable, whichever list is extended afterwards.
 *
 * <p>Thread-safe: the right to write in place is claimed with one compare-and-set, and a list
 * publishes the elements it sees through final fields.
 */
final class SharedAppendList<T> extends AbstractList<T> implements RandomAccess {

    private static final SharedAppendList<Object> EMPTY = new SharedAppendList<>(new Storage(new Object[0]), 0);

    private final Storage storage;
    private final int size;

    private SharedAppendList(Storage storage, int size) {
        this.storage = storage;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <T> SharedAppendList<T> empty() {
        return (SharedAppendList<T>) EMPTY;
    }

    /**
     * Returns this list with {@code element} added at the end; this list is unchanged.
     *
     * @param element the element, not null
     * @return the longer list
     */
    SharedAppendList<T> plus(T element) {
        Objects.requireNonNull(element, "element");
        Object[] items = storage.items;
        if (size < items.length && storage.claimed.compareAndSet(size, size + 1)) {
            items[size] = element;
            return new SharedAppendList<>(storage, size + 1);
        }
        Object[] copy = Arrays.copyOf(items, Math.max(8, size * 2));
        copy[size] = element;
        Storage grown = new Storage(copy);
        grown.claimed.set(size + 1);
        return new SharedAppendList<>(grown, size + 1);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        return (T) storage.items[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** Shared storage: its items up to {@code claimed} have been written, each once. */
    private static final class Storage {
        private final Object[] items;
        private final AtomicInteger claimed;

        Storage(Object[] items) {
            this.items = items;
            this.claimed = new AtomicInteger(0);
        }
    }
}
