package org.imrarchive.eval.precedent;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * A baseline's picks: {@code n} distinct members of a pool drawn at random among those allowed, from a seeded
 * generator so that a run is repeatable. Fewer than {@code n} when fewer are allowed.
 */
public final class SeededDraw<T> {

    private final Random random;

    public SeededDraw(long seed) {
        this.random = new Random(seed);
    }

    public List<T> draw(List<T> pool, int n, Predicate<? super T> allowed) {
        List<T> candidates = new ArrayList<>();
        for (T t : pool) {
            if (allowed.test(t)) {
                candidates.add(t);
            }
        }
        // A partial Fisher-Yates shuffle: the first n places end up a uniform sample without replacement.
        int take = Math.min(n, candidates.size());
        for (int i = 0; i < take; i++) {
            int j = i + random.nextInt(candidates.size() - i);
            T swap = candidates.get(i);
            candidates.set(i, candidates.get(j));
            candidates.set(j, swap);
        }
        return List.copyOf(candidates.subList(0, take));
    }
}
