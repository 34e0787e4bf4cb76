package org.imrarchive.parse.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Diagnoses told in sentences, as the 2016-17 summaries write them. */
class ProseDiagnosesTest {

    @Test
    void aListInASentenceIsSplitAtItsCommasAndLastAnd() {
        assertThat(Prose.diagnosesInSentences("The invented worker was being treated for the diagnoses of left wrist sprain, "
                + "thumb contusion, forearm strain and hand numbness. She works as a baker."))
                .containsExactly("left wrist sprain", "thumb contusion", "forearm strain", "hand numbness");
    }

    @Test
    void theOtherSentenceShapesAreRead() {
        assertThat(Prose.diagnosesInSentences("The current diagnosis is documented as strain of the left calf."))
                .containsExactly("strain of the left calf");
        assertThat(Prose.diagnosesInSentences("The current diagnoses are documented as elbow pain; wrist pain; finger stiffness."))
                .containsExactly("elbow pain", "wrist pain", "finger stiffness");
        assertThat(Prose.diagnosesInSentences("He was diagnosed as having bruising of muscles and tendons in the calf."))
                .containsExactly("bruising of muscles and tendons in the calf");
    }

    @Test
    void treatmentThatMentionsDiagnosticTestingIsNoDiagnosis() {
        assertThat(Prose.diagnosesInSentences("Treatment rendered included diagnostic testing, activity modification and follow up."))
                .isEmpty();
    }
}
