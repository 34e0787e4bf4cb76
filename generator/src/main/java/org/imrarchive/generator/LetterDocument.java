package org.imrarchive.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * A letter as a sequence of blocks, before it is laid out on pages: the text and PDF renderings wrap and paginate
 * the same blocks their own way (characters or font metrics), so a PDF reads like its text twin.
 */
record LetterDocument(List<Block> blocks, String runningHeader) {

    LetterDocument {
        blocks = List.copyOf(blocks);
    }

    sealed interface Block permits Para, Line, Gap {
    }

    /** Flowing text, wrapped to the page width, followed by a blank line. */
    record Para(String text) implements Block {
    }

    /** One line as written (a header field, a heading); wrapped only if wider than the page. */
    record Line(String text) implements Block {
    }

    /** A blank line. */
    record Gap() implements Block {
    }

    /** Builds a document block by block. */
    static final class Builder {
        private final List<Block> blocks = new ArrayList<>();
        private static final Gap GAP = new Gap();

        Builder para(String text) {
            blocks.add(new Para(text));
            return this;
        }

        Builder line(String text) {
            blocks.add(new Line(text));
            return this;
        }

        Builder gap() {
            blocks.add(GAP);
            return this;
        }

        /** A heading line followed by a blank line. */
        Builder heading(String text) {
            return line(text).gap();
        }

        LetterDocument build(String runningHeader) {
            return new LetterDocument(blocks, runningHeader);
        }
    }
}
