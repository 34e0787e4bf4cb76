package org.imrarchive.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.Decision;
import org.imrarchive.letter.Guideline;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.LetterDates;
import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.Patient;
import org.imrarchive.letter.Procedure;
import org.imrarchive.letter.ProcedureCategory;
import org.imrarchive.letter.Reviewer;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.storage.runtime.ClusterAddress;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What goes into the archive comes back out unchanged. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveGatewayTest {

    private ArchiveGateway gateway;

    /** The node these tests run on; {@link ArchiveGatewayContainerTest} runs them on the official image. */
    ClusterAddress cluster() {
        return TestCluster.address();
    }

    @BeforeAll
    void createArchive() {
        gateway = TestCluster.freshArchive(cluster(), "gateway-test");
    }

    @AfterAll
    void close() {
        gateway.deleteAll();
        gateway.close();
    }

    @Test
    void aLetterAndItsDecisionsRoundTrip() {
        Letter letter = new Letter(
                new SourceInfo("letters/CM14-0001234.pdf", "ab".repeat(32), LetterFormat.DWC_IMR_2013),
                "CM14-0001234",
                new LetterDates(LocalDate.of(2007, 4, 22), LocalDate.of(2014, 3, 24), null, null, null),
                new Patient(46, null),
                new Reviewer("Physical Medicine and Rehabilitation", "Board Certified in Physical Medicine and Rehabilitation",
                        List.of("California")),
                List.of("Chronic pain", "lumbar radiculopathy"),
                "This 46 year-old patient sustained an injury on 4/22/07.",
                List.of(new Decision("Lumbar discogram L3-4, L4-5, L5-S1", Outcome.UPHELD,
                        new Procedure("Discography", ProcedureCategory.DIAGNOSTIC_TESTING, BodyRegion.LUMBAR_SPINE,
                                List.of("L3-4", "L4-5", "L5-S1")),
                        List.of(new Guideline(GuidelineSource.MTUS_ACOEM, "12", "Low Back Complaints", "304-305",
                                "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304-305")),
                        List.of(new Guideline(GuidelineSource.ODG, null, null, null, "Official Disability Guidelines")),
                        "Diskography is frequently used prior to spinal fusions.")),
                List.of());
        Instant importedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<DecisionDocument> documents = DecisionDocuments.of("CM14-0001234", letter,
                DecisionDocuments.SOURCE_CA_DWC_IMR, importedAt);

        gateway.putLetter("CM14-0001234", letter);
        documents.forEach(gateway::putDecision);

        assertThat(gateway.letter("CM14-0001234")).contains(letter);
        DecisionDocument stored = gateway.decision("CM14-0001234-1").orElseThrow();
        assertThat(stored).isEqualTo(documents.get(0));
        assertThat(stored.decisionDate()).isEqualTo(LocalDate.of(2014, 3, 24));
        assertThat(stored.decisionDateBasis()).isEqualTo("urDenial");
        assertThat(stored.guidelines().get(0).label()).isEqualTo("MTUS ACOEM Ch. 12 Low Back Complaints");
        assertThat(gateway.decision("no-such-id")).isEmpty();
    }
}
