package org.imrarchive.parse.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.imrarchive.letter.Outcome;
import org.imrarchive.parse.read.BlockFinder.Block;
import org.imrarchive.parse.read.BlockFinder.Line;
import org.junit.jupiter.api.Test;

class BlockFinderTest {

    private static List<Line> lines(String text) {
        return BlockFinder.lines(text, 0, text.length());
    }

    @Test
    void linesKeepTheirOffsetsAndParagraphBreaks() {
        List<Line> lines = lines("one\n\n  two  \nthree");
        assertThat(lines).extracting(Line::text).containsExactly("one", "two", "three");
        assertThat(lines).extracting(Line::paragraph).containsExactly(false, true, false);
        assertThat(lines.get(1).start()).isEqualTo(5);
    }

    @Test
    void itemLinesWithAnOutcomeHeadBlocksEvenWhenTheItemWraps() {
        List<Line> lines = lines("Lumbar discogram L3-4, L4-5,\nL5-S1: Upheld\nClaims Administrator guideline: X\n"
                + "Norco 10/325mg #120: Overturned\nDecision rationale: Y");
        List<Block> blocks = BlockFinder.labelBlocks(lines);
        assertThat(blocks).extracting(Block::item).containsExactly("Lumbar discogram L3-4, L4-5, L5-S1", "Norco 10/325mg #120");
        assertThat(blocks).extracting(Block::label).containsExactly(Outcome.UPHELD, Outcome.OVERTURNED);
        assertThat(blocks.get(0).end()).isEqualTo(blocks.get(1).first());
        assertThat(blocks.get(1).end()).isEqualTo(lines.size());
    }

    @Test
    void numberedNecessitySentencesHeadBlocks() {
        List<Block> blocks = BlockFinder.numberedBlocks(lines(
                "1. Norco 10/325mg #120 is not medically necessary and appropriate.\nRationale here.\n"
                        + "2. Physical therapy x 8 is medically necessary and appropriate.\nMore."), head -> false);
        assertThat(blocks).extracting(Block::item).containsExactly("Norco 10/325mg #120", "Physical therapy x 8");
        assertThat(blocks).extracting(Block::headOutcome).containsExactly(Outcome.UPHELD, Outcome.OVERTURNED);
    }

    @Test
    void regardingHeadsNameTheItemUpToTheColon() {
        List<Block> blocks = BlockFinder.regardingBlocks(lines("1) Regarding the request for lumbar\nMRI: The reviewer found\n"
                + "2) Regarding the request for acupuncture: text"));
        assertThat(blocks).extracting(Block::item).containsExactly("lumbar MRI", "acupuncture");
        assertThat(blocks).extracting(Block::number).containsExactly(1, 2);
        assertThat(blocks.get(0).headRest()).isEqualTo("The reviewer found");
    }

    @Test
    void withoutHeadsEachClaimsAdministratorFieldStartsABlock() {
        List<Block> blocks = BlockFinder.fieldBlocks(lines("Claims Administrator guideline: A\nDecision rationale: B\n"
                + "Claims Administrator guideline: C"));
        assertThat(blocks).hasSize(2);
        assertThat(blocks).extracting(Block::item).containsOnlyNulls();
    }
}
