package org.imrarchive.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.imrarchive.letter.Decision;
import org.imrarchive.letter.Guideline;
import org.imrarchive.letter.GuidelineFlag;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.LetterDates;
import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.Patient;
import org.imrarchive.letter.Reviewer;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.storage.runtime.ClusterAddress;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The fields the 2016-17 letters brought (certifications, partial authorisations, guideline sections and flags)
 * are kept with the letter and come back out unchanged, as {@code GET /api/letters/{id}} returns them, and the
 * decisions index carries them beside each decision.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParserFieldsStorageTest {

    private ArchiveGateway gateway;

    /** The node these tests run on; {@link ParserFieldsStorageContainerTest} runs them on the official image. */
    ClusterAddress cluster() {
        return TestCluster.address();
    }

    @BeforeAll
    void createArchive() {
        gateway = TestCluster.freshArchive(cluster(), "parser-fields-test");
    }

    @AfterAll
    void close() {
        gateway.deleteAll();
        gateway.close();
    }

    @Test
    void aRealLetterShapedLetterKeepsItsNewFields() {
        Letter letter = new Letter(
                new SourceInfo("letters/CM16-0999001.pdf", "cd".repeat(32), LetterFormat.DWC_IMR_2016),
                "CM16-0999001",
                new LetterDates(LocalDate.of(2016, 10, 3), LocalDate.of(2016, 12, 1), LocalDate.of(2016, 12, 20),
                        LocalDate.of(2016, 12, 9), LocalDate.of(2017, 1, 18)),
                new Patient(41, "female"),
                new Reviewer("Occupational Medicine", "Preventive Medicine, Occupational Medicine",
                        List.of("Preventive Medicine", "Occupational Medicine"), List.of("California")),
                List.of("lumbar strain"),
                "An invented case.",
                List.of(new Decision("Physical therapy for 6 sessions", "Physical therapy for 12 sessions",
                        "Physical therapy for 6 sessions", Outcome.UPHELD, null,
                        List.of(new Guideline(GuidelineSource.MTUS_ACOEM, "12", "Low Back Complaints", "Physical Methods", null,
                                "MTUS Low Back Complaints 2004, Section(s): Physical Methods")),
                        List.of(GuidelineFlag.OUTSIDE_MTUS), List.of(), List.of(GuidelineFlag.NO_MEDICAL_EVIDENCE_CITED),
                        "Not medically necessary.")),
                List.of());
        gateway.putLetter("CM16-0999001", letter);

        Letter back = gateway.letter("CM16-0999001").orElseThrow();
        assertThat(back).isEqualTo(letter);
        assertThat(back.reviewer().certifications()).containsExactly("Preventive Medicine", "Occupational Medicine");
        assertThat(back.decisions().get(0).authorizedPortion()).isEqualTo("Physical therapy for 6 sessions");

        // the decisions index carries them too, for search and facets
        DecisionDocument doc = DecisionDocuments.of("CM16-0999001", letter, DecisionDocuments.SOURCE_CA_DWC_IMR, Instant.now()).get(0);
        gateway.putDecision(doc);
        DecisionDocument stored = gateway.decision(doc.id()).orElseThrow();
        assertThat(stored.certifications()).containsExactly("Preventive Medicine", "Occupational Medicine");
        assertThat(stored.originalRequest()).isEqualTo("Physical therapy for 12 sessions");
        assertThat(stored.authorizedPortion()).isEqualTo("Physical therapy for 6 sessions");
        assertThat(stored.guidelineFlags()).containsExactly(GuidelineFlag.OUTSIDE_MTUS);
        assertThat(stored.claimsAdministratorGuidelineFlags()).containsExactly(GuidelineFlag.NO_MEDICAL_EVIDENCE_CITED);
        assertThat(stored.guidelines()).extracting(DecisionDocument.GuidelineFields::section, DecisionDocument.GuidelineFields::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Physical Methods", "MTUS ACOEM Ch. 12 Low Back Complaints"));
    }
}
