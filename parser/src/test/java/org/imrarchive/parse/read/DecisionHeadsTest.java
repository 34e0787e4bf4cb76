package org.imrarchive.parse.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.imrarchive.letter.Outcome;
import org.imrarchive.parse.read.BlockFinder.Line;
import org.junit.jupiter.api.Test;

class DecisionHeadsTest {

    private static List<DecisionHeads.Head> heads(String text) {
        List<Line> lines = BlockFinder.lines(text, 0, text.length());
        return DecisionHeads.find(lines);
    }

    @Test
    void colonsInsideTheItemStayInTheItem() {
        List<DecisionHeads.Head> h = heads("Oxycodone HCL ER 20mg #60 day supply: 30:  Overturned\n\nClaims Administrator guideline: None.\n"
                + "\nPre-op labs: CBC: Upheld\n\nClaims Administrator guideline: None.\n");
        assertThat(h).extracting(x -> x.block().item()).containsExactly("Oxycodone HCL ER 20mg #60 day supply: 30", "Pre-op labs: CBC");
        assertThat(h).extracting(x -> x.block().label()).containsExactly(Outcome.OVERTURNED, Outcome.UPHELD);
    }

    @Test
    void theOutcomeMayStandAloneOnTheNextLineWithOrWithoutTheColon() {
        List<DecisionHeads.Head> h = heads("The Final Determination was based on decisions for the disputed items/services set forth below:\n"
                + "Additional physical therapy two times four visits (8) for the lumbar\nspine and both knees:\nUpheld\n"
                + "Claims Administrator guideline: Decision based on MTUS.\nDecision rationale: It is not medically necessary.\n"
                + "Lidoderm patch #1 box, DOS:\n11/11/2016\n: Overturned\nClaims Administrator guideline: None.\n");
        assertThat(h).extracting(x -> x.block().item()).containsExactly(
                "Additional physical therapy two times four visits (8) for the lumbar spine and both knees", "Lidoderm patch #1 box, DOS: 11/11/2016");
        assertThat(h).extracting(x -> x.block().label()).containsExactly(Outcome.UPHELD, Outcome.OVERTURNED);
        assertThat(h.get(0).block().end()).isEqualTo(h.get(1).block().first());
    }

    @Test
    void aPartialAuthorisationDecidesTheRemainingPortion() {
        DecisionHeads.Head h = heads("\nPhysical therapy for 12 sessions was the original request. Physical therapy for 6 sessions\n"
                + "was authorized by the Claims Administrator. The remaining IMR eligible portion of the\n"
                + "original request, Physical therapy for 6 sessions is: Upheld\n\nClaims Administrator guideline: None.\n").get(0);
        assertThat(h.block().item()).isEqualTo("Physical therapy for 6 sessions");
        assertThat(h.originalRequest()).isEqualTo("Physical therapy for 12 sessions");
        assertThat(h.authorizedPortion()).isEqualTo("Physical therapy for 6 sessions");
    }

    @Test
    void anOriginalRequestLeftWholeIsDecidedWhole() {
        DecisionHeads.Head h = heads("\nAcupuncture (unspecified quantity) was the original request. The Claims\n"
                + "Administrator authorized Acupuncture, 6 sessions, leaving the original request\n"
                + "IMR eligible. The original request, Acupuncture (unspecified quantity) is:\nOverturned\n"
                + "Claims Administrator guideline: None.\n").get(0);
        assertThat(h.block().item()).isEqualTo("Acupuncture (unspecified quantity)");
        assertThat(h.originalRequest()).isEqualTo("Acupuncture (unspecified quantity)");
        assertThat(h.authorizedPortion()).isEqualTo("Acupuncture, 6 sessions");
        assertThat(h.block().label()).isEqualTo(Outcome.OVERTURNED);
    }

    @Test
    void anOutcomeWordNotFollowedByTheGuidelineFieldsIsNoHead() {
        assertThat(heads("The prior decision is:\nUpheld\nThe patient then returned.\n")).isEmpty();
    }
}
