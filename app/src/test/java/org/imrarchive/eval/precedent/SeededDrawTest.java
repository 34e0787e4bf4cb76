package org.imrarchive.eval.precedent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SeededDrawTest {

    private static final List<Integer> POOL = IntStream.rangeClosed(1, 100).boxed().toList();

    @Test
    void drawsDistinctAllowedMembersOnly() {
        List<Integer> evens = new SeededDraw<Integer>(1).draw(POOL, 10, i -> i % 2 == 0);
        assertThat(evens).hasSize(10).doesNotHaveDuplicates().allMatch(i -> i % 2 == 0);
    }

    @Test
    void theSameSeedDrawsTheSameAndFewerAllowedMeansFewerDrawn() {
        assertThat(new SeededDraw<Integer>(7).draw(POOL, 5, i -> true))
                .isEqualTo(new SeededDraw<Integer>(7).draw(POOL, 5, i -> true));
        assertThat(new SeededDraw<Integer>(7).draw(POOL, 5, i -> i <= 3)).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(new SeededDraw<Integer>(7).draw(POOL, 5, i -> false)).isEmpty();
    }

    @Test
    void everyMemberCanBeDrawn() {
        SeededDraw<Integer> draw = new SeededDraw<>(3);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.addAll(draw.draw(POOL, 3, x -> x <= 10));
        }
        assertThat(seen).hasSize(10);
    }
}
