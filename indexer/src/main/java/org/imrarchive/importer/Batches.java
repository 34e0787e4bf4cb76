package org.imrarchive.importer;

import java.util.ArrayList;
import java.util.List;

/** Items gathered from several threads into batches of a size, to be handled together. */
final class Batches<T> {

    private final int size;
    private final List<T> waiting = new ArrayList<>();

    Batches(int size) {
        this.size = size;
    }

    /** Adds an item; returns the batch once it holds {@code size} items (and starts a new one), else nothing. */
    synchronized List<T> add(T item) {
        waiting.add(item);
        return waiting.size() < size ? List.of() : rest();
    }

    /** The items waiting, however few, and starts a new batch. */
    synchronized List<T> rest() {
        List<T> batch = List.copyOf(waiting);
        waiting.clear();
        return batch;
    }
}
