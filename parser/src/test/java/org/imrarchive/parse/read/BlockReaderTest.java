package org.imrarchive.parse.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.imrarchive.letter.Outcome;
import org.imrarchive.parse.read.BlockFinder.Line;
import org.junit.jupiter.api.Test;

class BlockReaderTest {

    @Test
    void theFieldsOfABlockAreReadByTheirLabels() {
        String text = "Lumbar MRI: Upheld\nClaims Administrator guideline: Decision based on MTUS ACOEM.\n"
                + "MAXIMUS guideline: MTUS ACOEM Chapter 12\nLow Back Complaints\nDecision rationale: The MRI is not\nmedically necessary.";
        List<Line> lines = BlockFinder.lines(text, 0, text.length());
        DecisionBlock d = BlockReader.read(BlockFinder.labelBlocks(lines).get(0), lines);
        assertThat(d.item()).isEqualTo("Lumbar MRI");
        assertThat(d.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(d.claimsAdministratorGuidelines()).isEqualTo("Decision based on MTUS ACOEM.");
        assertThat(d.guidelines()).isEqualTo("MTUS ACOEM Chapter 12 Low Back Complaints");
        assertThat(d.rationale()).isEqualTo("The MRI is not medically necessary.");
        assertThat(d.hasBlock()).isTrue();
    }

    @Test
    void withoutALabelTheRationaleConcludesTheOutcome() {
        String text = "1) Regarding the request for acupuncture:\nThe guidelines allow six visits. Acupuncture is medically necessary.";
        List<Line> lines = BlockFinder.lines(text, 0, text.length());
        DecisionBlock d = BlockReader.read(BlockFinder.regardingBlocks(lines).get(0), lines);
        assertThat(d.outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(d.rationale()).isEqualTo("The guidelines allow six visits. Acupuncture is medically necessary.");
    }

    @Test
    void aSentenceWrappedBeforeTheWordGuidelineIsNoGuidelineField() {
        String text = "Lumbar MRI: Upheld\nMAXIMUS guideline: MTUS ACOEM\nDecision rationale: The ODG lists philosophies not mentioned within each\n"
                + "guideline: (1) active care should increase. The MRI is not medically necessary.";
        List<Line> lines = BlockFinder.lines(text, 0, text.length());
        DecisionBlock d = BlockReader.read(BlockFinder.labelBlocks(lines).get(0), lines);
        assertThat(d.guidelines()).isEqualTo("MTUS ACOEM");
        assertThat(d.rationale()).endsWith("within each guideline: (1) active care should increase. The MRI is not medically necessary.");
    }
}
