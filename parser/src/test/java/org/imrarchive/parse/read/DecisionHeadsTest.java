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
                + "Further aquatic therapy three times two weeks (6) for the neck\nand both shoulders:\nUpheld\n"
                + "Claims Administrator guideline: Decision based on MTUS.\nDecision rationale: It is not medically necessary.\n"
                + "Menthol cream #2 tubes, DOS:\n03/04/2016\n: Overturned\nClaims Administrator guideline: None.\n");
        assertThat(h).extracting(x -> x.block().item()).containsExactly(
                "Further aquatic therapy three times two weeks (6) for the neck and both shoulders", "Menthol cream #2 tubes, DOS: 03/04/2016");
        assertThat(h).extracting(x -> x.block().label()).containsExactly(Outcome.UPHELD, Outcome.OVERTURNED);
        assertThat(h.get(0).block().end()).isEqualTo(h.get(1).block().first());
    }

    @Test
    void aPartialAuthorisationDecidesTheRemainingPortion() {
        DecisionHeads.Head h = heads("\nPhysical therapy for 10 sessions was the original request. Physical therapy for 2 sessions\n"
                + "was authorized by the Claims Administrator. The remaining IMR eligible portion of the\n"
                + "original request, Physical therapy for 8 sessions is: Upheld\n\nClaims Administrator guideline: None.\n").get(0);
        assertThat(h.block().item()).isEqualTo("Physical therapy for 8 sessions");
        assertThat(h.originalRequest()).isEqualTo("Physical therapy for 10 sessions");
        assertThat(h.authorizedPortion()).isEqualTo("Physical therapy for 2 sessions");
    }

    @Test
    void anOriginalRequestLeftWholeIsDecidedWhole() {
        DecisionHeads.Head h = heads("\nMassage (number not given) was the original request. The Claims\n"
                + "Administrator authorized Massage, 4 sessions, leaving the original request\n"
                + "IMR eligible. The original request, Massage (number not given) is:\nOverturned\n"
                + "Claims Administrator guideline: None.\n").get(0);
        assertThat(h.block().item()).isEqualTo("Massage (number not given)");
        assertThat(h.originalRequest()).isEqualTo("Massage (number not given)");
        assertThat(h.authorizedPortion()).isEqualTo("Massage, 4 sessions");
        assertThat(h.block().label()).isEqualTo(Outcome.OVERTURNED);
    }

    @Test
    void anOutcomeWordNotFollowedByTheGuidelineFieldsIsNoHead() {
        assertThat(heads("The prior decision is:\nUpheld\nThe patient then returned.\n")).isEmpty();
    }
}
