package org.imrarchive.parse.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.imrarchive.letter.Guideline;
import org.imrarchive.letter.GuidelineSource;
import org.junit.jupiter.api.Test;

class MtusCitationTest {

    private static List<Guideline> read(String s) {
        return MtusCitation.read(s, false).orElseThrow();
    }

    @Test
    void aBodyPartChapterIsTheAdoptedAcoemChapter() {
        Guideline g = read("Decision based on MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies.").get(0);
        assertThat(g).isEqualTo(new Guideline(GuidelineSource.MTUS_ACOEM, "8", "Neck and Upper Back Complaints", "Special Studies", null,
                "MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies"));
        assertThat(read("MTUS Forearm, Wrist, and Hand Complaints 2004").get(0).chapter()).isEqualTo("11");
        assertThat(read("MTUS Low Back Complaints 2004, Section(s): Physical Methods").get(0).chapter()).isEqualTo("12");
    }

    @Test
    void theOtherPartsHaveTheirOwnSources() {
        assertThat(read("MTUS Chronic Pain Medical Treatment 2016 Guidelines, Section(s): Opioids").get(0).source())
                .isEqualTo(GuidelineSource.MTUS_CHRONIC_PAIN);
        assertThat(read("MTUS Postsurgical Treatment 2009").get(0).source()).isEqualTo(GuidelineSource.MTUS_POSTSURGICAL);
        assertThat(read("MTUS Acupuncture Treatment 2007.").get(0).source()).isEqualTo(GuidelineSource.MTUS_OTHER);
        assertThat(read("MTUS Opioid Treatment 2016, Section(s): 2.1 Opioids for Chronic Pain and Their Monitoring").get(0))
                .extracting(Guideline::source, Guideline::section)
                .containsExactly(GuidelineSource.MTUS_OTHER, "2.1 Opioids for Chronic Pain and Their Monitoring");
    }

    @Test
    void partsJoinedByAndAreTwoCitations() {
        List<Guideline> g = read("Decision based on MTUS General Approaches 2004, Section(s): Initial Approaches to Treatment, "
                + "and Neck and Upper Back Complaints 2004, Section(s): Summary");
        assertThat(g).extracting(Guideline::source).containsExactly(GuidelineSource.MTUS_ACOEM, GuidelineSource.MTUS_ACOEM);
        assertThat(g).extracting(Guideline::chapter).containsExactly("3", "8");
        assertThat(g).extracting(Guideline::section).containsExactly("Initial Approaches to Treatment", "Summary");
        assertThat(g.get(1).raw()).isEqualTo("Neck and Upper Back Complaints 2004, Section(s): Summary");
    }

    @Test
    void citationsThatNameNoPartByYearAreLeftToTheOlderReading() {
        assertThat(MtusCitation.read("MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304-305", false)).isEmpty();
        assertThat(MtusCitation.read("Non-MTUS Citation Official Disability Guidelines (ODG)", false)).isEmpty();
    }
}
