package org.imrarchive.api.precedent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemWordsTest {

    @Test
    void repeatedWordsAreMatchedOnceAndTheirNumberIsCapped() {
        assertThat(ItemWords.distinct("rfa cbt rfa RFA cbt pt uds ncv")).isEqualTo("rfa cbt pt uds ncv");
        String many = "pt tens ct ncv rfa cbt uds emg mri esi ".repeat(3)
                + java.util.stream.IntStream.range(0, 100).mapToObj(i -> "w" + i).reduce("", (a, b) -> a + " " + b);
        assertThat(ItemWords.distinct(many).split(" ")).hasSize(ItemWords.MAX_DISTINCT);
    }

    @Test
    void aPhraseKeepsTheLeadingWordsInOrder() {
        assertThat(ItemWords.leading("Lumbar discogram L4-5, L5-S1")).isEqualTo("Lumbar discogram L4 5 L5 S1");
        assertThat(ItemWords.leading("ncv uds tens ct ncv uds tens ct ncv uds tens ct ncv")
                .split(" ")).hasSize(ItemWords.MAX_PHRASE);
    }

    @Test
    void punctuationCannotHideWords() {
        // One "word" to a whitespace split, 500 tokens to Elasticsearch's tokenizer.
        String glued = "pt-".repeat(500);
        assertThat(ItemWords.distinct(glued)).isEqualTo("pt");
        assertThat(ItemWords.leading(glued).split(" ")).hasSize(ItemWords.MAX_PHRASE);
        assertThat(ItemWords.distinct("!!! ...")).isEmpty();
    }
}
