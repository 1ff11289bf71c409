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

    @Test
    void everyListKeepsExactlyItsOwnElements_whateverIsAppendedToItsAncestorsAfterwards() {
        // each step appends a number to one of the lists made so far (a branch when that list was extended before)
        qt().forAll(lists().of(integers().between(0, 1_000)).ofSizeBetween(1, 60)).checkAssert(steps -> {
            List<SharedAppendList<Integer>> made = new ArrayList<>(List.of(SharedAppendList.empty()));
            List<List<Integer>> expected = new ArrayList<>(List.of(List.of()));
            for (int step : steps) {
                int base = step % made.size();
                made.add(made.get(base).plus(step));
                List<Integer> longer = new ArrayList<>(expected.get(base));
                longer.add(step);
                expected.add(longer);
            }
            for (int i = 0; i < made.size(); i++) {
                assertThat(made.get(i)).containsExactlyElementsOf(expected.get(i)).hasSize(expected.get(i).size());
                assertThat(made.get(i)).isEqualTo(expected.get(i));
            }
        });
    }

    @Test
    void aListIsImmutable_andRejectsNullsAndIndicesBeyondItsSize() {
        SharedAppendList<String> two = SharedAppendList.<String>empty().plus("a").plus("b");
        SharedAppendList<String> branch = two.plus("c");
        SharedAppendList<String> other = two.plus("d");
        assertThat(two).containsExactly("a", "b");
        assertThat(branch).containsExactly("a", "b", "c");
        assertThat(other).containsExactly("a", "b", "d");
        assertThat(SharedAppendList.empty()).isEmpty();
        assertThatThrownBy(() -> two.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> two.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> two.plus(null)).isInstanceOf(NullPointerException.class).hasMessage("element");
        assertThatThrownBy(() -> two.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> two.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> two.iterator().remove()).isInstanceOf(IllegalStateException.class);
        SharedAppendList<Integer> many = SharedAppendList.empty();
        for (int i = 0; i < 100; i++) {
            many = many.plus(i);
        }
        assertThat(many).hasSize(100).startsWith(0, 1, 2).endsWith(98, 99);
    }

    @Test
    void eightThreadsExtendingOneList_eachSeeOnlyTheirOwnElement() throws Exception {
        for (int round = 0; round < 50; round++) {
            SharedAppendList<Integer> base = SharedAppendList.<Integer>empty().plus(-1);
            ExecutorService threads = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SharedAppendList<Integer>>> extended = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int element = i;
                extended.add(threads.submit(() -> {
                    start.await();
                    return base.plus(element).plus(element * 10);
                }));
            }
            start.countDown();
            for (int i = 0; i < 8; i++) {
                assertThat(extended.get(i).get()).containsExactly(-1, i, i * 10);
            }
            threads.shutdown();
            assertThat(base).containsExactly(-1);
        }
    }
}
