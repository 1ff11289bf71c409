package io.github.servicecontract.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SharedAppendListTest {

    /** A storage and a length, extended as a quote draft extends its lines. */
    private record Prefix<T>(SharedAppendList.Storage<T> storage, int size) {
        static <T> Prefix<T> empty() {
            return new Prefix<>(SharedAppendList.Storage.empty(), 0);
        }

        Prefix<T> plus(T element) {
            return new Prefix<>(storage.append(size, element), size + 1);
        }

        List<T> list() {
            return SharedAppendList.of(storage, size);
        }
    }

    @Test
    void everyListKeepsExactlyItsOwnElements_whateverIsAppendedToItsAncestorsAfterwards() {
        // each step appends a number to one of the lists made so far (a branch when that list was extended before)
        qt().forAll(lists().of(integers().between(0, 1_000)).ofSizeBetween(1, 60)).checkAssert(steps -> {
            List<Prefix<Integer>> made = new ArrayList<>(List.of(Prefix.empty()));
            List<List<Integer>> expected = new ArrayList<>(List.of(List.of()));
            for (int step : steps) {
                int base = step % made.size();
                made.add(made.get(base).plus(step));
                List<Integer> longer = new ArrayList<>(expected.get(base));
                longer.add(step);
                expected.add(longer);
            }
            for (int i = 0; i < made.size(); i++) {
                assertThat(made.get(i).list()).containsExactlyElementsOf(expected.get(i)).hasSize(expected.get(i).size());
                assertThat(made.get(i).list()).isEqualTo(expected.get(i));
            }
        });
    }

    @Test
    void aListIsImmutable_andRejectsNullsAndIndicesBeyondItsSize() {
        Prefix<String> two = Prefix.<String>empty().plus("a").plus("b");
        Prefix<String> branch = two.plus("c");
        Prefix<String> other = two.plus("d");
        assertThat(two.list()).containsExactly("a", "b");
        assertThat(branch.list()).containsExactly("a", "b", "c");
        assertThat(other.list()).containsExactly("a", "b", "d");
        assertThat(Prefix.empty().list()).isEmpty();
        assertThatThrownBy(() -> two.list().get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> two.list().get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> two.plus(null)).isInstanceOf(NullPointerException.class).hasMessage("element");
        assertThatThrownBy(() -> two.list().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> two.list().set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> two.list().iterator().remove()).isInstanceOf(IllegalStateException.class);
        Prefix<Integer> many = Prefix.empty();
        for (int i = 0; i < 100; i++) {
            many = many.plus(i);
        }
        assertThat(many.list()).hasSize(100).startsWith(0, 1, 2).endsWith(98, 99);
    }

    @Test
    void eightThreadsExtendingOneList_eachSeeOnlyTheirOwnElement() throws Exception {
        for (int round = 0; round < 50; round++) {
            Prefix<Integer> base = Prefix.<Integer>empty().plus(-1);
            ExecutorService threads = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Prefix<Integer>>> extended = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int element = i;
                extended.add(threads.submit(() -> {
                    start.await();
                    return base.plus(element).plus(element * 10);
                }));
            }
            start.countDown();
            for (int i = 0; i < 8; i++) {
                assertThat(extended.get(i).get().list()).containsExactly(-1, i, i * 10);
            }
            threads.shutdown();
            assertThat(base.list()).containsExactly(-1);
        }
    }
}
