package org.imrarchive.parse.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Diagnoses told in sentences, as the 2016-17 summaries write them. */
class ProseDiagnosesTest {

    @Test
    void aListInASentenceIsSplitAtItsCommasAndLastAnd() {
        assertThat(Prose.diagnosesInSentences("The injured worker was being treated for the diagnoses of right shoulder contusion, "
                + "neck strain, right shoulder injury, scapulothoracic syndrome and right arm paresthesias. She works as a cook."))
                .containsExactly("right shoulder contusion", "neck strain", "right shoulder injury", "scapulothoracic syndrome",
                        "right arm paresthesias");
    }

    @Test
    void theOtherSentenceShapesAreRead() {
        assertThat(Prose.diagnosesInSentences("The current diagnosis is documented as sprain of ligaments of lumbar spine."))
                .containsExactly("sprain of ligaments of lumbar spine");
        assertThat(Prose.diagnosesInSentences("The current diagnoses are documented as cervicalgia; pain in thoracic spine; low back pain."))
                .containsExactly("cervicalgia", "pain in thoracic spine", "low back pain");
        assertThat(Prose.diagnosesInSentences("He was diagnosed as having sprain of joints and ligaments in the neck."))
                .containsExactly("sprain of joints and ligaments in the neck");
    }

    @Test
    void treatmentThatMentionsDiagnosticTestingIsNoDiagnosis() {
        assertThat(Prose.diagnosesInSentences("Treatment rendered included diagnostic testing, activity modification and follow up."))
                .isEmpty();
    }
}
