package org.imrarchive.parse.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.imrarchive.letter.LetterFormat;
import org.imrarchive.parse.normalize.SpecialtyNormalizer;
import org.imrarchive.parse.read.ReviewerReader;
import org.junit.jupiter.api.Test;

class LayoutDetectorTest {

    private final ReviewerReader reviewers = new ReviewerReader(new SpecialtyNormalizer());
    private final LayoutDetector detector = new LayoutDetector(List.of(new DwcLayout(reviewers), new MaximusLayout(reviewers),
            new NoticeLayout(reviewers), new ProfessionalReviewLayout(reviewers)));

    private LetterFormat format(String text) {
        return detector.detect(text).map(LetterLayout::format).orElse(null);
    }

    @Test
    void eachLayoutIsToldByWhatItPrints() {
        assertThat(format("HOW THE IMR FINAL DETERMINATION WAS MADE\nIMR ISSUES, DECISIONS AND RATIONALES\n")).isEqualTo(LetterFormat.DWC_IMR_2013);
        assertThat(format("IMR DECISION(S) AND RATIONALE(S)\n")).isEqualTo(LetterFormat.MAXIMUS_IMR_2014);
        assertThat(format("Notice of Independent Medical Review Determination\nINDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE"))
                .isEqualTo(LetterFormat.IMR_NOTICE_2013);
        assertThat(format("MEDICAL PROFESSIONAL REVIEW\nISSUE AT DISPUTE\n")).isEqualTo(LetterFormat.MEDICAL_PROFESSIONAL_REVIEW);
    }

    @Test
    void tooLittleEvidenceIsNoLayout() {
        assertThat(format("Claims Administrator guideline: something")).isNull();
        assertThat(format("a shopping list")).isNull();
    }
}
