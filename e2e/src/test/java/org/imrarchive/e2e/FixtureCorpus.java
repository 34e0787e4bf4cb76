package org.imrarchive.e2e;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.DecisionDocument;
import org.imrarchive.storage.DecisionDocuments;

/**
 * A small archive whose contents a person can check on screen: discograms mostly upheld (and one
 * overturned, so a split has two sides), epidural injections, a two-item letter, a DMHC row beside
 * the letters, and a letter whose text carries HTML that must show as text.
 */
final class FixtureCorpus {

    static final String DISCOGRAM_ID = "CM14-0100001";
    static final String TWO_ITEM_LETTER = "CM14-0100004";
    static final String MARKUP_LETTER = "CM14-0100009";
    static final String SCRIPT_TEXT = "<script>alert(1)</script>";
    static final String BOLD_TEXT = "<b>bold</b>";

    /** Decisions in the archive, by outcome. */
    static final int DECISIONS = 11;
    static final int DISCOGRAM_DECISIONS = 4;
    static final int UPHELD_DISCOGRAMS = 3;

    private static final Guideline ACOEM_12 = new Guideline(GuidelineSource.MTUS_ACOEM, "12", "Low Back Complaints",
            "304-305", "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304-305");
    private static final Guideline CHRONIC_PAIN = new Guideline(GuidelineSource.MTUS_CHRONIC_PAIN, null,
            "Chronic Pain Medical Treatment Guidelines", "46", "MTUS Chronic Pain Medical Treatment Guidelines Page(s): 46");
    private static final Guideline ODG_KNEE = new Guideline(GuidelineSource.ODG, null, "Knee & Leg", null,
            "Official Disability Guidelines (ODG) Knee & Leg, MRI's");

    private FixtureCorpus() {
    }

    /** Writes every fixture letter and its decisions, then refreshes so they are searchable at once. */
    static void load(ArchiveGateway gateway) {
        Instant importedAt = Instant.parse("2026-01-01T00:00:00Z");
        for (Letter letter : letters()) {
            String letterId = letter.caseNumber();
            String program = letter.source().format() == LetterFormat.DMHC_IMR_CSV ? "DMHC_IMR" : DecisionDocuments.SOURCE_CA_DWC_IMR;
            gateway.putLetter(letterId, letter);
            for (DecisionDocument d : DecisionDocuments.of(letterId, letter, program, importedAt)) {
                gateway.putDecision(d);
            }
        }
        gateway.refresh();
    }

    static List<Letter> letters() {
        List<Letter> letters = new ArrayList<>();
        letters.add(letter(DISCOGRAM_ID, LocalDate.of(2014, 3, 24), 46, "Physical Medicine and Rehabilitation",
                List.of("Chronic pain", "lumbar radiculopathy"),
                "This 46 year-old patient sustained an injury on 4/22/07. Request under consideration includes a lumbar "
                        + "discogram. MRI of the lumbar spine showed multi-level disc protrusions.",
                decision("Lumbar discogram L3-4, L4-5, L5-S1", Outcome.UPHELD, discography("L3-4", "L4-5", "L5-S1"),
                        ACOEM_12, "Diskography is frequently used prior to spinal fusions. Clear evidence is lacking to support "
                                + "its efficacy. The lumbar discogram is not medically necessary.")));
        letters.add(letter("CM14-0100002", LocalDate.of(2014, 6, 10), 52, "Orthopaedic Surgery",
                List.of("Lumbar disc degeneration"),
                "The patient has chronic low back pain after a lifting injury. A discogram at L4-5 was requested before fusion.",
                decision("Lumbar discogram L4-5", Outcome.UPHELD, discography("L4-5"), ACOEM_12,
                        "Discography is not supported as a preoperative indication for fusion; psychosocial screening was "
                                + "not documented. Not medically necessary.")));
        letters.add(letter("CM13-0100003", LocalDate.of(2013, 11, 2), 39, "Physical Medicine and Rehabilitation",
                List.of("Discogenic back pain"),
                "Fusion is a realistic consideration; conservative care failed and the psychosocial assessment cleared.",
                decision("Provocative discogram L5-S1", Outcome.OVERTURNED, discography("L5-S1"), ACOEM_12,
                        "The criteria for discography are met: failed conservative treatment, fusion candidate, cleared "
                                + "psychosocial assessment. The discogram is medically necessary.")));
        letters.add(letter(TWO_ITEM_LETTER, LocalDate.of(2014, 9, 15), 58, "Anesthesiology",
                List.of("Lumbar radiculopathy"),
                "Radicular pain in the L5 distribution with MRI-confirmed foraminal stenosis; NSAIDs and therapy failed.",
                decision("Lumbar epidural steroid injection L4-5", Outcome.OVERTURNED,
                        new Procedure("Epidural steroid injection", ProcedureCategory.INJECTION, BodyRegion.LUMBAR_SPINE, List.of("L4-5")),
                        CHRONIC_PAIN, "Radiculopathy is documented by examination and imaging, and conservative treatment failed. "
                                + "The epidural steroid injection is medically necessary."),
                decision("Norco 10/325mg #120", Outcome.UPHELD,
                        new Procedure("Hydrocodone/acetaminophen", ProcedureCategory.MEDICATION, BodyRegion.NONE, List.of()),
                        CHRONIC_PAIN, "No documented functional improvement on opioids and no urine drug screens. Not medically necessary.")));
        letters.add(letter("CM15-0100005", LocalDate.of(2015, 2, 3), 61, "Anesthesiology",
                List.of("Cervical radiculitis"),
                "Neck pain radiating to the right arm; no objective radiculopathy on examination.",
                decision("Cervical ESI C5-6", Outcome.UPHELD,
                        new Procedure("Epidural steroid injection", ProcedureCategory.INJECTION, BodyRegion.CERVICAL_SPINE, List.of("C5-6")),
                        CHRONIC_PAIN, "Radiculopathy must be documented by physical examination and corroborated by imaging. "
                                + "Not medically necessary.")));
        letters.add(letter("CM14-0100006", LocalDate.of(2014, 1, 20), 35, "Physical Therapist",
                List.of("Lumbar sprain"),
                "Acute low back strain; twelve sessions of physical therapy were requested after two weeks of rest.",
                decision("Physical therapy 2x6 lumbar spine", Outcome.OVERTURNED,
                        new Procedure("Physical therapy", ProcedureCategory.PHYSICAL_THERAPY, BodyRegion.LUMBAR_SPINE, List.of()),
                        CHRONIC_PAIN, "Active therapy with a home exercise program is recommended. Medically necessary.")));
        letters.add(letter("CM15-0100007", LocalDate.of(2015, 5, 28), 44, "Orthopaedic Surgery",
                List.of("Right knee pain"),
                "Knee pain without mechanical symptoms; radiographs were normal.",
                decision("MRI right knee", Outcome.UPHELD,
                        new Procedure("MRI", ProcedureCategory.DIAGNOSTIC_IMAGING, BodyRegion.KNEE, List.of()),
                        ODG_KNEE, "No red flags and no mechanical symptoms; the MRI is not medically necessary.")));
        letters.add(letter("CM13-0100008", LocalDate.of(2013, 8, 12), 50, "Psychologist",
                List.of("Chronic pain syndrome"),
                "Multidisciplinary evaluation found the patient motivated and a candidate for functional restoration.",
                decision("Functional restoration program 80 hours", Outcome.OVERTURNED,
                        new Procedure("Functional restoration program", ProcedureCategory.PROGRAM, BodyRegion.MULTIPLE, List.of()),
                        CHRONIC_PAIN, "The criteria for a functional restoration program are met. Medically necessary.")));
        letters.add(letter(MARKUP_LETTER, LocalDate.of(2014, 4, 2), 47, "Physical Medicine and Rehabilitation",
                List.of("Lumbar pain " + BOLD_TEXT),
                "The file contains " + SCRIPT_TEXT + " and " + BOLD_TEXT + " copied from a web form; a discogram was requested.",
                decision("Lumbar discogram L2-3 " + BOLD_TEXT, Outcome.UPHELD, discography("L2-3"), ACOEM_12,
                        "The discogram request quoted " + SCRIPT_TEXT + " verbatim. Not medically necessary.")));
        letters.add(new Letter(new SourceInfo("dmhc.csv#MN15-000010", "dmhc-row-10", LetterFormat.DMHC_IMR_CSV),
                "MN15-000010", new LetterDates(null, null, null, null, LocalDate.of(2015, 7, 1)), new Patient(40, "Female"),
                new Reviewer(null, null, List.of()), List.of("Musculoskeletal"),
                "Findings: the health plan denied an MRI of the knee as not medically necessary.",
                List.of(decision("MRI knee", Outcome.OVERTURNED,
                        new Procedure("MRI", ProcedureCategory.DIAGNOSTIC_IMAGING, BodyRegion.KNEE, List.of()), null,
                        "The reviewer found the MRI medically necessary for the patient's persistent symptoms.")),
                List.of()));
        return letters;
    }

    private static Procedure discography(String... levels) {
        return new Procedure("Discography", ProcedureCategory.DIAGNOSTIC_TESTING, BodyRegion.LUMBAR_SPINE, List.of(levels));
    }

    private static Decision decision(String item, Outcome outcome, Procedure procedure, Guideline guideline, String rationale) {
        return new Decision(item, outcome, procedure, guideline == null ? List.of() : List.of(guideline), List.of(), rationale);
    }

    private static Letter letter(String caseNumber, LocalDate urDenial, int age, String specialty, List<String> diagnoses,
                                 String summary, Decision... decisions) {
        return new Letter(new SourceInfo("letters/" + caseNumber + ".pdf", "sha-" + caseNumber, LetterFormat.MAXIMUS_IMR_2014),
                caseNumber, new LetterDates(urDenial.minusYears(5), urDenial, null, null, null), new Patient(age, null),
                new Reviewer(specialty, "Board Certified in " + specialty, List.of("California")),
                diagnoses, summary, List.of(decisions), List.of());
    }
}
