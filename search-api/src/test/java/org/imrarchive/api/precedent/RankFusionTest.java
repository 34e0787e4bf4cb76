package org.imrarchive.api.precedent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankFusionTest {

    @Test
    void aDocumentNearTheTopOfBothRankingsBeatsOneAtTheTopOfOne() {
        // a: 1st by words, absent by meaning; b: 2nd and 1st; c: 3rd and 2nd; d: by meaning only, 3rd.
        List<RankFusion.Fused> fused = RankFusion.fuse(List.of(List.of("a", "b", "c"), List.of("b", "c", "d")));

        assertThat(fused).extracting(RankFusion.Fused::id).containsExactly("b", "c", "a", "d");
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 62 + 1.0 / 61, within(1e-12));
        assertThat(fused.get(1).score()).isCloseTo(1.0 / 63 + 1.0 / 62, within(1e-12));
        assertThat(fused.get(2).score()).isCloseTo(1.0 / 61, within(1e-12));
        assertThat(fused.get(3).score()).isCloseTo(1.0 / 63, within(1e-12));
    }

    @Test
    void withOneRankingTheOrderIsThatRanking() {
        List<String> words = List.of("x", "y", "z");
        assertThat(RankFusion.fuse(List.of(words, List.of()))).extracting(RankFusion.Fused::id).isEqualTo(words);
    }

    @Test
    void equalScoresKeepTheOrderOfTheFirstRanking() {
        // p is 1st by words, q 1st by meaning: the same score, words first.
        assertThat(RankFusion.fuse(List.of(List.of("p"), List.of("q")))).extracting(RankFusion.Fused::id)
                .containsExactly("p", "q");
    }
}
