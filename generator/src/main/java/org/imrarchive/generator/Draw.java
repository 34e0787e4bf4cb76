package org.imrarchive.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The random choices behind one synthetic letter. Each letter gets its own stream, derived from the corpus seed and
 * the letter's index only, so a letter is the same whatever thread writes it and whatever letters come before it.
 */
final class Draw {
    private final SplittableRandom random;

    private Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The stream of letter {@code index} (0-based) of the corpus seeded with {@code seed}; {@code purpose} separates independent streams. */
    static Draw forLetter(long seed, long index, long purpose) {
        return new Draw(mix(mix(seed) ^ mix(index * 0x9E3779B97F4A7C15L + purpose)));
    }

    /** Stafford's variant 13 finaliser: neighbouring seeds give unrelated streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Uniform in [min, max], both inclusive. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** Index drawn with the given relative weights. */
    int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** {@code count} distinct elements of {@code options}, in the options' order. */
    <T> List<T> some(List<T> options, int count) {
        int n = Math.min(count, options.size());
        boolean[] taken = new boolean[options.size()];
        for (int k = 0; k < n; k++) {
            int i;
            do {
                i = random.nextInt(options.size());
            } while (taken[i]);
            taken[i] = true;
        }
        java.util.ArrayList<T> out = new java.util.ArrayList<>(n);
        for (int i = 0; i < options.size(); i++) {
            if (taken[i]) {
                out.add(options.get(i));
            }
        }
        return out;
    }
}
