package io.github.servicecontract.pricing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of the first elements of a {@link Storage} that grows by one element
 * without copying, for the lines and rate-card parts of the drafts a quote goes through. A
 * draft holds a storage and its own length, and makes a list only when asked for one.
 *
 * <p>Every draft extended from another shares its storage: the first to extend a given prefix
 * writes the new element in place, and any later attempt to extend the same prefix (a branch,
 * as {@link PricingRules#firstMatch} makes) copies the prefix instead. No list ever sees an
 * element beyond its own size, so each is immutable, whichever draft is extended afterwards.
 *
 * <p>Thread-safe: the right to write in place is claimed with one compare-and-set, and a list
 * publishes the elements it sees through final fields.
 */
final class SharedAppendList<T> extends AbstractList<T> implements RandomAccess {

    private final Storage<T> storage;
    private final int size;

    private SharedAppendList(Storage<T> storage, int size) {
        this.storage = storage;
        this.size = size;
    }

    /**
     * Returns the first {@code size} elements of {@code storage}: a list that a holder of the
     * storage and its size (a quote draft) makes only when asked for one.
     */
    static <T> SharedAppendList<T> of(Storage<T> storage, int size) {
        return new SharedAppendList<>(storage, size);
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
    static final class Storage<T> {
        private static final VarHandle CLAIMED;

        static {
            try {
                CLAIMED = MethodHandles.lookup().findVarHandle(Storage.class, "claimed", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        // after CLAIMED, which its constructor uses
        private static final Storage<Object> EMPTY = new Storage<>(new Object[0], 0);

        private final Object[] items;
        /** How many items have been written; claimed with compare-and-set through {@link #CLAIMED}. */
        private volatile int claimed;

        private Storage(Object[] items, int claimed) {
            this.items = items;
            // a plain write, without a volatile store's fence: the storage reaches other threads through final fields
            CLAIMED.set(this, claimed);
        }

        @SuppressWarnings("unchecked")
        static <T> Storage<T> empty() {
            return (Storage<T>) EMPTY;
        }

        /**
         * Returns storage that holds this storage's first {@code size} items and then
         * {@code element}: this storage when no list has extended those items yet, else a copy.
         *
         * @param size how many items the list being extended holds
         * @param element the element, not null
         * @return the storage of the longer list
         */
        Storage<T> append(int size, T element) {
            Objects.requireNonNull(element, "element");
            if (size < items.length && CLAIMED.compareAndSet(this, size, size + 1)) {
                items[size] = element;
                return this;
            }
            Object[] copy = Arrays.copyOf(items, Math.max(16, size * 2));
            copy[size] = element;
            return new Storage<>(copy, size + 1);
        }
    }
}
