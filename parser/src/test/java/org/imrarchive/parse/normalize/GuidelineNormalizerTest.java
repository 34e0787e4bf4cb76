package org.imrarchive.parse.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.imrarchive.letter.Guideline;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.parse.normalize.GuidelineNormalizer.RawStyle;
import org.junit.jupiter.api.Test;

class GuidelineNormalizerTest {

    private final GuidelineNormalizer n = new GuidelineNormalizer();

    @Test
    void acoemChapterTitleAndPages() {
        Guideline g = n.normalize("MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304-305");
        assertThat(g).isEqualTo(new Guideline(GuidelineSource.MTUS_ACOEM, "12", "Low Back Complaints", "304-305",
                "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304-305"));
    }

    @Test
    void chronicPainWithPage() {
        Guideline g = n.normalize("CA MTUS Chronic Pain Medical Treatment Guidelines, page 78");
        assertThat(g.source()).isEqualTo(GuidelineSource.MTUS_CHRONIC_PAIN);
        assertThat(g.pages()).isEqualTo("78");
        assertThat(g.chapter()).isNull();
        assertThat(g.title()).isNull();
    }

    @Test
    void odgNamedChapter() {
        Guideline g = n.normalize("Official Disability Guidelines (ODG), Low Back chapter");
        assertThat(g.source()).isEqualTo(GuidelineSource.ODG);
        assertThat(g.chapter()).isEqualTo("Low Back");
        assertThat(g.pages()).isNull();
    }

    @Test
    void acoemSecondEditionIsTheMtus() {
        Guideline g = n.normalize("ACOEM Practice Guidelines 2nd Edition (2004), Chapter 8, pages 178-179");
        assertThat(g.source()).isEqualTo(GuidelineSource.MTUS_ACOEM);
        assertThat(g.chapter()).isEqualTo("8");
        assertThat(g.pages()).isEqualTo("178-179");
        assertThat(g.title()).isNull();
    }

    @Test
    void postsurgical() {
        assertThat(n.normalize("Postsurgical Treatment Guidelines").source()).isEqualTo(GuidelineSource.MTUS_POSTSURGICAL);
        assertThat(n.normalize("MTUS Post-Surgical Treatment Guidelines, Knee, page 24").pages()).isEqualTo("24");
    }

    @Test
    void nonMtusAcoemAndPartOfMtusQualifiers() {
        assertThat(n.normalize("Non-MTUS Citation ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 7, page 127").source())
                .isEqualTo(GuidelineSource.ACOEM_NON_MTUS);
        assertThat(n.normalize("ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 7, pages 137-138, which is part of the MTUS").source())
                .isEqualTo(GuidelineSource.MTUS_ACOEM);
        assertThat(n.normalize("Acupuncture Medical Treatment Guidelines, Section 9792.24.1 of the California Code of Regulations").source())
                .isEqualTo(GuidelineSource.MTUS_OTHER);
        assertThat(n.normalize("American Psychiatric Association Practice Guideline for Major Depressive Disorder (2010)").source())
                .isEqualTo(GuidelineSource.OTHER);
    }

    @Test
    void fieldWithSeveralCitations() {
        List<Guideline> gs = n.parseField("Decision based on MTUS ACOEM.  Decision based on Non-MTUS Citation Official Disability Guidelines.",
                RawStyle.SENTENCE);
        assertThat(gs).extracting(Guideline::source, Guideline::raw).containsExactly(
                tuple(GuidelineSource.MTUS_ACOEM, "Decision based on MTUS ACOEM."),
                tuple(GuidelineSource.ODG, "Decision based on Non-MTUS Citation Official Disability Guidelines."));
        List<Guideline> two = n.parseField("Decision based on MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96 "
                + "and on the Non-MTUS Official Disability Guidelines (ODG), Pain Chapter", RawStyle.CITATION);
        assertThat(two).extracting(Guideline::source, Guideline::title, Guideline::pages).containsExactly(
                tuple(GuidelineSource.MTUS_CHRONIC_PAIN, "Opioids", "74-96"),
                tuple(GuidelineSource.ODG, null, null));
        assertThat(two.get(1).chapter()).isEqualTo("Pain");
    }

    @Test
    void noneCitedIsEmpty() {
        assertThat(n.parseField("None cited.", RawStyle.SENTENCE)).isEmpty();
        assertThat(n.parseField("The Claims Administrator did not cite any evidence-based criteria for its decision.", RawStyle.SENTENCE)).isEmpty();
    }

    @Test
    void proseKeepsOnlyCitations() {
        List<Guideline> gs = n.parseProse("California MTUS Chronic Pain Medical Treatment Guidelines, Manual therapy & manipulation, pages 58-59.  "
                + "This guideline was used because it is the section of the MTUS that addresses chiropractic manipulation.  "
                + "Official Disability Guidelines (ODG), Low Back chapter, Manipulation, was also consulted for its guidance.", RawStyle.CITATION);
        assertThat(gs).extracting(Guideline::source).containsExactly(GuidelineSource.MTUS_CHRONIC_PAIN, GuidelineSource.ODG);
    }
}
