package org.imrarchive.parse.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.imrarchive.letter.GuidelineFlag;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.Guideline;
import org.imrarchive.parse.normalize.GuidelineNormalizer.Citations;
import org.imrarchive.parse.normalize.GuidelineNormalizer.RawStyle;
import org.junit.jupiter.api.Test;

/** What a guideline field says instead of citing: a flag on the decision, not a guideline. */
class GuidelineFlagsTest {

    private final GuidelineNormalizer normalizer = new GuidelineNormalizer();

    @Test
    void noMedicalEvidenceCitedIsAFlagAndNoGuideline() {
        Citations c = normalizer.read("The Claims Administrator did not cite any medical evidence for its decision.", RawStyle.SENTENCE);
        assertThat(c.guidelines()).isEmpty();
        assertThat(c.flags()).containsExactly(GuidelineFlag.NO_MEDICAL_EVIDENCE_CITED);
    }

    @Test
    void outsideTheMtusIsAFlagBesideTheGuidelineActuallyCited() {
        Citations c = normalizer.read("The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. "
                + "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Knee and Leg, Massage; Ankle and Foot, "
                + "Massage.", RawStyle.CITATION);
        assertThat(c.flags()).containsExactly(GuidelineFlag.OUTSIDE_MTUS);
        assertThat(c.guidelines()).extracting(Guideline::source).containsExactly(GuidelineSource.ODG);
    }

    @Test
    void aWebAddressCitedOutsideTheMtusIsAnOtherCitation() {
        Citations c = normalizer.read("Decision based on Non-MTUS Citation http://www.example.org/inpatient-rehabilitation.", RawStyle.CITATION);
        assertThat(c.guidelines()).extracting(Guideline::source).containsExactly(GuidelineSource.OTHER);
    }

    @Test
    void olderFieldsGetNoFlags() {
        Citations c = normalizer.read("Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304-305.", RawStyle.SENTENCE);
        assertThat(c.flags()).isEmpty();
        assertThat(c.guidelines()).extracting(Guideline::source, Guideline::chapter).containsExactly(
                org.assertj.core.groups.Tuple.tuple(GuidelineSource.MTUS_ACOEM, "12"));
    }
}
