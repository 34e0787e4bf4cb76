package org.imrarchive.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * A small archive of letters written the way IMR letters read (until the parser and the development
 * corpus land): lumbar discograms upheld under ACOEM ch. 12, epidural steroid injections, Norco,
 * physical therapy, an MRI, a fusion whose rationale discusses discography, a letter without dates,
 * one DMHC row, and one letter carrying markup.
 */
final class TestCorpus {

    static final Guideline ACOEM_LOW_BACK = new Guideline(GuidelineSource.MTUS_ACOEM, "12", "Low Back Complaints",
            "304-305", "MTUS ACOEM Chapter 12 Low Back Complaints, pages 304-305");
    static final Guideline ACOEM_NECK = new Guideline(GuidelineSource.MTUS_ACOEM, "8", "Neck and Upper Back Complaints",
            "181", "MTUS ACOEM Chapter 8 Neck and Upper Back Complaints, page 181");
    static final Guideline ODG_LOW_BACK = new Guideline(GuidelineSource.ODG, null, "Low Back", null,
            "Official Disability Guidelines (ODG), Low Back Chapter, Discography");
    static final Guideline CHRONIC_PAIN_ESI = new Guideline(GuidelineSource.MTUS_CHRONIC_PAIN, null,
            "Epidural steroid injections (ESIs)", "46", "MTUS Chronic Pain Medical Treatment Guidelines, ESIs, page 46");
    static final Guideline CHRONIC_PAIN_OPIOIDS = new Guideline(GuidelineSource.MTUS_CHRONIC_PAIN, null,
            "Opioids", "74-96", "MTUS Chronic Pain Medical Treatment Guidelines, Opioids, pages 74-96");
    static final Guideline CHRONIC_PAIN_PT = new Guideline(GuidelineSource.MTUS_CHRONIC_PAIN, null,
            "Physical Medicine", "98-99", "MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine, pages 98-99");
    static final Guideline POSTSURGICAL_SHOULDER = new Guideline(GuidelineSource.MTUS_POSTSURGICAL, null,
            "Shoulder", "27", "MTUS Postsurgical Treatment Guidelines, Shoulder, page 27");
    static final Guideline ODG_NECK = new Guideline(GuidelineSource.ODG, null, "Neck and Upper Back", null,
            "ODG Neck and Upper Back, Epidural steroid injections");

    static final Procedure DISCOGRAPHY_LUMBAR = new Procedure("Discography", ProcedureCategory.DIAGNOSTIC_TESTING,
            BodyRegion.LUMBAR_SPINE, List.of("L4-5", "L5-S1"));
    static final Procedure DISCOGRAPHY_CERVICAL = new Procedure("Discography", ProcedureCategory.DIAGNOSTIC_TESTING,
            BodyRegion.CERVICAL_SPINE, List.of("C5-6"));
    static final Procedure ESI_LUMBAR = new Procedure("Epidural steroid injection", ProcedureCategory.INJECTION,
            BodyRegion.LUMBAR_SPINE, List.of("L4-5"));
    static final Procedure ESI_CERVICAL = new Procedure("Epidural steroid injection", ProcedureCategory.INJECTION,
            BodyRegion.CERVICAL_SPINE, List.of("C6-7"));
    static final Procedure NORCO = new Procedure("Hydrocodone/acetaminophen", ProcedureCategory.MEDICATION,
            BodyRegion.NONE, List.of());
    static final Procedure PT_LUMBAR = new Procedure("Physical therapy", ProcedureCategory.PHYSICAL_THERAPY,
            BodyRegion.LUMBAR_SPINE, List.of());
    static final Procedure PT_SHOULDER = new Procedure("Physical therapy", ProcedureCategory.PHYSICAL_THERAPY,
            BodyRegion.SHOULDER, List.of());
    static final Procedure MRI_LUMBAR = new Procedure("MRI", ProcedureCategory.DIAGNOSTIC_IMAGING,
            BodyRegion.LUMBAR_SPINE, List.of());
    static final Procedure FUSION_LUMBAR = new Procedure("Spinal fusion", ProcedureCategory.SURGERY,
            BodyRegion.LUMBAR_SPINE, List.of("L4-5"));
    static final Procedure COMPOUND_CREAM = new Procedure("Topical compounded analgesic", ProcedureCategory.MEDICATION,
            BodyRegion.NONE, List.of());

    static final String SCRIPT = "<script>alert(1)</script>";

    /** Letter id to letter, in a stable order. */
    static Map<String, Letter> letters() {
        Map<String, Letter> letters = new LinkedHashMap<>();
        letters.put("disco-1", letter("CM13-0011111", LocalDate.of(2014, 4, 10), 46, "Physical Medicine and Rehabilitation",
                "This 46 year-old patient sustained an injury on 4/22/07. Low back pain radiating down bilateral lower "
                        + "extremities with numbness of the toes. MRI of the lumbar spine showed multi-level disc protrusions. "
                        + "The QME recommended discogram.",
                List.of("Chronic pain", "lumbar radiculopathy"),
                decision("Lumbar discogram L3-4, L4-5, L5-S1", Outcome.UPHELD, DISCOGRAPHY_LUMBAR, List.of(ACOEM_LOW_BACK),
                        "The MTUS ACOEM guidelines state that recent studies on discography do not support its use as a "
                                + "preoperative indication for either intradiscal electrothermal annuloplasty or fusion. "
                                + "Discography does not identify the symptomatic high-intensity zone. There is no documented "
                                + "surgical plan. The request for lumbar discogram is not medically necessary.")));
        letters.put("disco-2", letter("CM14-0022222", LocalDate.of(2014, 6, 2), 52, "Orthopedic Surgery",
                "The patient is a 52 year-old male with chronic low back pain after lifting a box at work in 2011. "
                        + "Conservative care including physical therapy and medications has failed.",
                List.of("Lumbar degenerative disc disease"),
                decision("Lumbar discography L4-5, L5-S1", Outcome.UPHELD, DISCOGRAPHY_LUMBAR, List.of(ODG_LOW_BACK, ACOEM_LOW_BACK),
                        "ODG does not recommend discography; its findings are not predictive of surgical outcome and the "
                                + "procedure may accelerate disc degeneration. Per ACOEM, discography is not recommended for "
                                + "acute low back problems. Medical necessity is not established.")));
        letters.put("disco-3", letter("CM14-0033333", LocalDate.of(2014, 9, 15), 39, "Anesthesiology",
                "39 year-old female, injured 2012, with axial low back pain and a failed course of conservative care. "
                        + "The surgeon is planning a lumbar fusion and requests provocative discography.",
                List.of("Discogenic low back pain"),
                decision("Provocative lumbar discogram with CT L3-4, L4-5 and L5-S1 control", Outcome.OVERTURNED,
                        DISCOGRAPHY_LUMBAR, List.of(ACOEM_LOW_BACK),
                        "Although ACOEM is critical of discography, the patient is a surgical candidate with a psychosocial "
                                + "screening completed, meeting ODG criteria for discography prior to fusion. The lumbar "
                                + "discogram is medically necessary."),
                decision("Physical therapy 12 sessions for the lumbar spine", Outcome.OVERTURNED, PT_LUMBAR,
                        List.of(CHRONIC_PAIN_PT),
                        "The guidelines allow 9-10 visits over 8 weeks for myalgia; the patient has not had recent therapy. "
                                + "A course of physical therapy is medically necessary.")));
        letters.put("disco-cervical", letter("CM14-0044444", LocalDate.of(2015, 1, 20), 58, "Orthopedic Surgery",
                "58 year-old with neck pain radiating to the right arm after a fall. Cervical MRI shows C5-6 disc bulge.",
                List.of("Cervical radiculopathy"),
                decision("Cervical discogram C5-6", Outcome.UPHELD, DISCOGRAPHY_CERVICAL, List.of(ACOEM_NECK),
                        "ACOEM states that cervical discography is not recommended; it has poor predictive value. "
                                + "The cervical discogram is not medically necessary.")));
        letters.put("esi-1", letter("CM13-0055555", LocalDate.of(2013, 11, 5), 44, "Anesthesiology",
                "44 year-old with low back pain radiating to the left leg, with positive straight leg raise and MRI "
                        + "showing L4-5 disc herniation with nerve root compression. The QME once suggested a discogram.",
                List.of("Lumbar radiculopathy", "L4-5 disc herniation"),
                decision("Lumbar epidural steroid injection L4-5", Outcome.OVERTURNED, ESI_LUMBAR, List.of(CHRONIC_PAIN_ESI),
                        "Radiculopathy is documented by physical examination and corroborated by imaging, and the patient "
                                + "was unresponsive to conservative treatment. The criteria for an epidural steroid injection "
                                + "are met; the request is medically necessary.")));
        letters.put("esi-2", letter("CM14-0066666", LocalDate.of(2014, 3, 18), 61, "Anesthesiology",
                "61 year-old with chronic back pain; a prior epidural injection gave 20% relief for two weeks.",
                List.of("Lumbar spondylosis"),
                decision("Transforaminal epidural steroid injections bilateral L5-S1", Outcome.UPHELD, ESI_LUMBAR,
                        List.of(CHRONIC_PAIN_ESI),
                        "Repeat blocks require at least 50% pain relief with reduced medication use for six to eight weeks. "
                                + "The prior injection did not meet this; the repeat injections are not medically necessary.")));
        letters.put("esi-cervical", letter("CM15-0077777", LocalDate.of(2015, 5, 7), 50, "Pain Medicine",
                "50 year-old with neck pain and no radicular findings on examination.",
                List.of("Cervicalgia"),
                decision("Cervical epidural steroid injection C6-7", Outcome.UPHELD, ESI_CERVICAL, List.of(ODG_NECK),
                        "There is no documented radiculopathy on examination. ESI is not medically necessary.")));
        letters.put("norco-1", letter("CM14-0088888", LocalDate.of(2014, 7, 22), 55, "Pain Medicine",
                "55 year-old on long-term opioids for low back pain without documented functional improvement.",
                List.of("Chronic low back pain"),
                decision("Norco 10/325mg #120", Outcome.UPHELD, NORCO, List.of(CHRONIC_PAIN_OPIOIDS),
                        "There is no documentation of the four A's of opioid monitoring, no urine drug screen, and no "
                                + "functional improvement. Norco is not medically necessary; weaning is recommended.")));
        letters.put("norco-2", letter("CM15-0099999", LocalDate.of(2015, 2, 11), 47, "Family Medicine",
                "47 year-old with knee pain; opioid use is documented with improved function and a pain agreement.",
                List.of("Knee osteoarthritis"),
                decision("Hydrocodone/APAP 10/325mg #90", Outcome.OVERTURNED, NORCO, List.of(CHRONIC_PAIN_OPIOIDS),
                        "Ongoing opioid management is documented: pain relief, improved function, no aberrant behavior, "
                                + "consistent urine drug screens. Continued hydrocodone is medically necessary.")));
        letters.put("pt-shoulder", letter("CM14-0101010", LocalDate.of(2014, 10, 3), 36, "Orthopedic Surgery",
                "36 year-old status post arthroscopic rotator cuff repair with 24 postoperative therapy visits completed.",
                List.of("Rotator cuff tear"),
                decision("Additional physical therapy 12 sessions for the right shoulder", Outcome.UPHELD, PT_SHOULDER,
                        List.of(POSTSURGICAL_SHOULDER),
                        "The postsurgical guidelines allow 24 visits over 14 weeks; these have been completed and a home "
                                + "exercise program is appropriate. Additional therapy is not medically necessary.")));
        letters.put("mri", letter("CM13-0121212", LocalDate.of(2013, 12, 12), 41, "Physical Medicine and Rehabilitation",
                "41 year-old with low back pain and no red flags or neurologic deficit.",
                List.of("Lumbar strain"),
                decision("MRI lumbar spine without contrast", Outcome.UPHELD, MRI_LUMBAR, List.of(ACOEM_LOW_BACK),
                        "Imaging is not recommended for low back pain without red flags or objective neurologic findings. "
                                + "The MRI is not medically necessary.")));
        letters.put("fusion", letter("CM14-0131313", LocalDate.of(2014, 8, 19), 49, "Orthopedic Surgery",
                "49 year-old with degenerative disc disease at L4-5 and no instability.",
                List.of("Degenerative disc disease L4-5"),
                decision("L4-5 anterior lumbar interbody fusion", Outcome.UPHELD, FUSION_LUMBAR, List.of(ACOEM_LOW_BACK),
                        "There is no instability or spondylolisthesis. Provocative discography is not recommended as a "
                                + "preoperative indication for fusion. The fusion is not medically necessary.")));
        letters.put("undated", letter("CM13-0141414", null, null, null,
                "Patient with chronic low back pain; the letter gives no dates.",
                List.of(),
                decision("Physical therapy 8 visits lumbar", Outcome.UPHELD, PT_LUMBAR, List.of(CHRONIC_PAIN_PT),
                        "The patient has completed over 20 visits without objective improvement.")));
        letters.put("markup", letter("CM14-0151515", LocalDate.of(2014, 5, 5), 33, "Internal Medicine",
                "33 year-old; the request form reads " + SCRIPT + " <b>compound cream</b> & more.",
                List.of("Wrist pain"),
                decision("Compound cream " + SCRIPT + " ketoprofen 20%", Outcome.UPHELD, COMPOUND_CREAM, List.of(),
                        "Topical ketoprofen is not FDA approved; any compounded product containing it " + SCRIPT
                                + " is not recommended. The compound cream is not medically necessary.")));
        return letters;
    }

    /** One CSV-sourced decision under another program, for the source facet. */
    static final String DMHC_LETTER = "dmhc-1";

    static List<DecisionDocument> documents() {
        List<DecisionDocument> documents = new ArrayList<>();
        Instant importedAt = Instant.parse("2026-01-01T00:00:00Z");
        letters().forEach((id, letter) -> documents.addAll(DecisionDocuments.of(id, letter,
                id.equals(DMHC_LETTER) ? "DMHC_IMR" : DecisionDocuments.SOURCE_CA_DWC_IMR, importedAt)));
        Letter dmhc = letter("DMHC-2015-001", LocalDate.of(2015, 8, 1), 29, "Orthopedic Surgery",
                "Enrollee with lumbar disc herniation requested an epidural injection.", List.of(),
                decision("Lumbar epidural steroid injection", Outcome.OVERTURNED, ESI_LUMBAR, List.of(),
                        "The reviewer found the injection medically necessary given documented radiculopathy."));
        documents.addAll(DecisionDocuments.of(DMHC_LETTER, dmhc, "DMHC_IMR", importedAt));
        return documents;
    }

    static void load(ArchiveGateway gateway) {
        letters().forEach(gateway::putLetter);
        documents().forEach(gateway::putDecision);
        gateway.refresh();
    }

    private static Letter letter(String caseNumber, LocalDate assigned, Integer age, String specialty, String summary,
                                 List<String> diagnoses, Decision... decisions) {
        return new Letter(new SourceInfo(caseNumber + ".pdf", "sha-" + caseNumber, LetterFormat.MAXIMUS_IMR_2014),
                caseNumber,
                assigned == null ? LetterDates.none() : new LetterDates(null, assigned.minusDays(30), assigned, null, null),
                new Patient(age, null),
                new Reviewer(specialty, specialty == null ? null : "Board Certified in " + specialty, List.of("California")),
                diagnoses, summary, List.of(decisions), List.of());
    }

    private static Decision decision(String item, Outcome outcome, Procedure procedure, List<Guideline> guidelines,
                                     String rationale) {
        return new Decision(item, outcome, procedure, guidelines, List.of(), rationale);
    }
}
