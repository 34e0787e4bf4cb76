package org.imrarchive.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.Decision;
import org.imrarchive.letter.DmhcCase;
import org.imrarchive.letter.DmhcCaseType;
import org.imrarchive.letter.Guideline;
import org.imrarchive.letter.GuidelineFlag;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.ImrType;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.LetterDates;
import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.LetterJson;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.Patient;
import org.imrarchive.letter.Procedure;
import org.imrarchive.letter.ProcedureCategory;
import org.imrarchive.letter.Reviewer;
import org.imrarchive.letter.SourceInfo;
import org.junit.jupiter.api.Test;

/**
 * A decision's enums are written by name: the JSON stored in the index, and the JSON the API answers with, are the
 * same bytes as when the document held those names as strings. The golden files ({@code golden/*.ndjson}) are what
 * the String-based document (commit e999b43) wrote for these invented letters.
 */
class DecisionDocumentJsonTest {

    private static final Instant IMPORTED = Instant.parse("2026-01-02T03:04:05Z");

    /** An invented 2016 DWC letter with every enum a decision carries, and a partial authorisation. */
    static Letter dwcLetter() {
        return new Letter(new SourceInfo("CM16-0000001.pdf", "ab".repeat(32), LetterFormat.DWC_IMR_2016), "CM16-0000001",
                new LetterDates(LocalDate.of(2015, 1, 2), LocalDate.of(2016, 2, 3), null, null, null),
                new Patient(46, "Male"),
                new Reviewer("Pain Medicine", "Anesthesiology, Pain Medicine", List.of("Anesthesiology"),
                        List.of("California")),
                List.of("lumbar strain"), "An invented summary.",
                List.of(new Decision("Lumbar discogram L4-5", "Lumbar discogram L3-4, L4-5", "Lumbar discogram L3-4",
                                Outcome.UPHELD,
                                new Procedure("Discography", ProcedureCategory.DIAGNOSTIC_TESTING, BodyRegion.LUMBAR_SPINE,
                                        List.of("L4-5")),
                                List.of(new Guideline(GuidelineSource.MTUS_ACOEM, "12", "Low Back Complaints",
                                                "Special Studies", "304-305", "MTUS ACOEM Ch 12"),
                                        new Guideline(GuidelineSource.ODG, null, "Low Back", null, "ODG Low Back"),
                                        new Guideline(GuidelineSource.MTUS_ACOEM, "12", null, null, "ACOEM again")),
                                List.of(GuidelineFlag.OUTSIDE_MTUS),
                                List.of(new Guideline(GuidelineSource.OTHER, null, null, null, "A textbook")),
                                List.of(GuidelineFlag.NO_MEDICAL_EVIDENCE_CITED), "Not medically necessary."),
                        new Decision("Acupuncture 6 sessions", Outcome.OVERTURNED,
                                new Procedure("Acupuncture", ProcedureCategory.ACUPUNCTURE, BodyRegion.NONE, List.of()),
                                List.of(), List.of(), "Medically necessary."),
                        new Decision("Illegible request", null, null, List.of(), List.of(), null)),
                List.of("the third item's outcome is unreadable"));
    }

    /** An invented DMHC export row. */
    static Letter dmhcLetter() {
        return new Letter(new SourceInfo("dmhc.csv#EI17-1", "cd".repeat(32), LetterFormat.DMHC_IMR_CSV), "EI17-1",
                LetterDates.none(), new Patient(null, "Female"), null, List.of("Cancer", "Breast Cancer"), null,
                List.of(new Decision("Anticancer Agents", Outcome.OVERTURNED,
                        new Procedure("Anticancer Agents", ProcedureCategory.MEDICATION, null, List.of()),
                        List.of(), List.of(), "Invented.")),
                List.of(), new DmhcCase(DmhcCaseType.EXPERIMENTAL_INVESTIGATIONAL, ImrType.EXPEDITED, "51-64", 4, 12,
                "Cancer", "Breast Cancer", "Pharmacy", "Anticancer Agents"));
    }

    static List<DecisionDocument> documents() {
        List<DecisionDocument> all = new ArrayList<>(
                DecisionDocuments.of("CM16-0000001", dwcLetter(), DecisionDocuments.SOURCE_CA_DWC_IMR, IMPORTED));
        all.addAll(DecisionDocuments.of("EI17-1", dmhcLetter(), DecisionDocuments.SOURCE_DMHC_IMR, IMPORTED, 2017));
        return all;
    }

    /** One line per document of {@link #documents()}, as the String-based document wrote it. */
    private static List<String> golden(String name) throws IOException {
        try (InputStream in = DecisionDocumentJsonTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void theIndexGetsTheSameJsonAsFromTheStringBasedDocument() throws IOException {
        ObjectMapper json = StorageJson.mapper();
        List<String> golden = golden("decision-documents.stored.ndjson");
        List<DecisionDocument> documents = documents();
        assertThat(documents).hasSameSizeAs(golden);
        for (int i = 0; i < documents.size(); i++) {
            assertThat(json.writeValueAsString(documents.get(i))).as(documents.get(i).id()).isEqualTo(golden.get(i));
            // and reads back as the same document
            assertThat(json.readValue(golden.get(i), DecisionDocument.class)).isEqualTo(documents.get(i));
        }
    }

    /** The API writes a decision with the letter's mapper (nulls kept); its HTML escapes touch no enum name. */
    @Test
    void theApiGetsTheSameJsonAsFromTheStringBasedDocument() throws IOException {
        ObjectMapper json = LetterJson.mapper();
        List<String> golden = golden("decision-documents.api.ndjson");
        List<DecisionDocument> documents = documents();
        assertThat(documents).hasSameSizeAs(golden);
        for (int i = 0; i < documents.size(); i++) {
            assertThat(json.writeValueAsString(documents.get(i))).as(documents.get(i).id()).isEqualTo(golden.get(i));
        }
    }

    @Test
    void aStoredNameNoConstantHasReadsAsAbsentAndTheRestOfTheDocumentStays() throws IOException {
        String old = """
                {"id":"CM13-1-1","letterId":"CM13-1","itemIndex":1,"item":"Dental crown","outcome":"REMANDED",
                 "procedure":{"name":"Crown","category":"DENTAL","bodyRegion":"JAW","levels":[]},
                 "guidelines":[{"source":"ACOEM_2004","label":"ACOEM 2004"},{"source":"ODG","label":"ODG"}],
                 "guidelineSources":["ACOEM_2004","ODG"],"claimsAdministratorGuidelineSources":["ACOEM_2004"],
                 "format":"FAX_1999","guidelineFlags":["NONE_GIVEN","OUTSIDE_MTUS"],
                 "claimsAdministratorGuidelineFlags":["NONE_GIVEN"],
                 "dmhc":{"caseType":"BALANCE_BILLING","imrType":"URGENT","ageRange":"0-10"}}""";

        DecisionDocument d = StorageJson.mapper().readValue(old, DecisionDocument.class);

        assertThat(d.item()).isEqualTo("Dental crown");
        assertThat(d.outcome()).isNull();
        assertThat(d.procedure()).isEqualTo(new DecisionDocument.ProcedureFields("Crown", null, null, List.of()));
        assertThat(d.guidelines()).extracting(DecisionDocument.GuidelineFields::source, DecisionDocument.GuidelineFields::label)
                .containsExactly(tuple(null, "ACOEM 2004"), tuple(GuidelineSource.ODG, "ODG"));
        assertThat(d.guidelineSources()).containsExactly(GuidelineSource.ODG);
        assertThat(d.claimsAdministratorGuidelineSources()).isEmpty();
        assertThat(d.format()).isNull();
        assertThat(d.guidelineFlags()).containsExactly(GuidelineFlag.OUTSIDE_MTUS);
        assertThat(d.claimsAdministratorGuidelineFlags()).isEmpty();
        assertThat(d.dmhc().caseType()).isNull();
        assertThat(d.dmhc().imrType()).isNull();
        assertThat(d.dmhc().ageRange()).isEqualTo("0-10");
    }
}
