package org.imrarchive.generator;

import java.util.List;

import org.imrarchive.letter.BodyRegion;

/** A disputed item as the letter words it, with the body region and spinal levels it names (null region: none). */
record Item(String text, BodyRegion region, List<String> levels) {
    Item {
        levels = List.copyOf(levels);
    }

    static Item of(String text) {
        return new Item(text, null, List.of());
    }
}
