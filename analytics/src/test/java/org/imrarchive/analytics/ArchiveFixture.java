package org.imrarchive.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.LetterDates;
import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.ProcedureCategory;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.DecisionDocument;
import org.imrarchive.storage.DecisionDocument.GuidelineFields;
import org.imrarchive.storage.DecisionDocument.ProcedureFields;
import org.imrarchive.storage.DecisionDocuments;

/**
 * A small archive whose every figure is known by construction. Each cohort below becomes
 * {@code upheld + overturned + undetermined} one-item letters with the same attributes; the last
 * letter decides three items with three different outcomes. The expected numbers in the tests
 * are sums over these rows:
 *
 * <pre>
 * cohort  procedure          category            region        guidelines             specialty              source      date        age   U   O   ?
 * A       Lumbar MRI         DIAGNOSTIC_IMAGING  LUMBAR_SPINE  MTUS_ACOEM             Orthopaedic Surgery    CA_DWC_IMR  2014-01-15  45   20   4   0
 * B       Lumbar MRI         DIAGNOSTIC_IMAGING  LUMBAR_SPINE  MTUS_ACOEM             Orthopaedic Surgery    CA_DWC_IMR  2014-03-10  45   11   5   0
 * C       Tramadol           MEDICATION          NONE          MTUS_CHRONIC_PAIN,ODG  Pain Medicine          CA_DWC_IMR  2014-05-20  60    4   4   2
 * D       Acupuncture        ACUPUNCTURE         LUMBAR_SPINE  MTUS_OTHER             Acupuncturist          CA_DWC_IMR  2015-02-01  30    1   0   0
 * E       Knee arthroscopy,  SURGERY             KNEE          ODG                    Orthopaedic Surgery    DMHC_IMR    2015-11-30  52    0   1   0
 *         "partial" menisc.
 * F       -                  -                   -             -                      -                      CA_DWC_IMR  -           -     1   0   1
 * G       Psychotherapy      PSYCHOLOGICAL       -             -                      -                      DMHC_IMR    (year 2015) -     0   1   0
 * letter M, 2014-05-02, Physical Medicine and Rehabilitation, CA_DWC_IMR, age 38, three items:
 *   M1    Tramadol           MEDICATION          NONE          MTUS_CHRONIC_PAIN,ODG  UPHELD
 *   M2    Physical therapy   PHYSICAL_THERAPY    LUMBAR_SPINE  MTUS_CHRONIC_PAIN      OVERTURNED
 *   M3    Home health aide   HOME_HEALTH         -             -                      (no outcome)
 * </pre>
 * 58 decisions: 38 upheld, 16 overturned, 4 undetermined. F has no date at all; G is a DMHC CSV
 * row, which states a report year but no date: year 2015, no decision date.
 */
final class ArchiveFixture {

    static final String KNEE = "Knee arthroscopy, \"partial\" meniscectomy";
    static final String PM_R = "Physical Medicine and Rehabilitation";
    private static final Instant IMPORTED = Instant.parse("2026-01-01T00:00:00Z");

    private record Item(String procedure, ProcedureCategory category, BodyRegion region,
                        List<GuidelineSource> guidelines, String text, String rationale) {
    }

    private static final Item LUMBAR_MRI = new Item("Lumbar MRI", ProcedureCategory.DIAGNOSTIC_IMAGING,
            BodyRegion.LUMBAR_SPINE, List.of(GuidelineSource.MTUS_ACOEM), "MRI of the lumbar spine without contrast",
            "No red flags or progressive neurologic deficit are documented.");
    private static final Item TRAMADOL = new Item("Tramadol", ProcedureCategory.MEDICATION, BodyRegion.NONE,
            List.of(GuidelineSource.MTUS_CHRONIC_PAIN, GuidelineSource.ODG), "Tramadol ER 150mg #60",
            "Ongoing opioid use without documented functional improvement.");
    private static final Item ACUPUNCTURE = new Item("Acupuncture", ProcedureCategory.ACUPUNCTURE,
            BodyRegion.LUMBAR_SPINE, List.of(GuidelineSource.MTUS_OTHER), "Acupuncture 6 sessions",
            "Initial trial of sessions is supported.");
    private static final Item KNEE_SCOPE = new Item(KNEE, ProcedureCategory.SURGERY, BodyRegion.KNEE,
            List.of(GuidelineSource.ODG), "Right knee arthroscopy", "Mechanical symptoms and a tear on imaging.");
    private static final Item UNKNOWN = new Item(null, null, null, List.of(), "Unspecified request",
            "The request could not be identified.");
    private static final Item PHYSICAL_THERAPY = new Item("Physical therapy", ProcedureCategory.PHYSICAL_THERAPY,
            BodyRegion.LUMBAR_SPINE, List.of(GuidelineSource.MTUS_CHRONIC_PAIN), "Physical therapy 12 visits",
            "Prior therapy gave lasting gains.");
    private static final Item HOME_HEALTH = new Item("Home health aide", ProcedureCategory.HOME_HEALTH, null, List.of(),
            "Home health aide 4 hours a day", "Decision text unreadable.");

    private static final Item PSYCHOTHERAPY = new Item("Psychotherapy", ProcedureCategory.PSYCHOLOGICAL, null,
            List.of(), "Cognitive behavioral therapy", "Sessions are medically necessary.");

    /** {@code year} is the report year of a source without dates; otherwise the year of {@code date}. */
    private record Cohort(String name, Item item, String specialty, String source, LocalDate date, Integer year,
                          Integer age, int upheld, int overturned, int undetermined) {
        Cohort(String name, Item item, String specialty, String source, LocalDate date, Integer age,
               int upheld, int overturned, int undetermined) {
            this(name, item, specialty, source, date, date == null ? null : date.getYear(), age, upheld, overturned,
                    undetermined);
        }
    }

    private static final List<Cohort> COHORTS = List.of(
            new Cohort("A", LUMBAR_MRI, "Orthopaedic Surgery", "CA_DWC_IMR", LocalDate.of(2014, 1, 15), 45, 20, 4, 0),
            new Cohort("B", LUMBAR_MRI, "Orthopaedic Surgery", "CA_DWC_IMR", LocalDate.of(2014, 3, 10), 45, 11, 5, 0),
            new Cohort("C", TRAMADOL, "Pain Medicine", "CA_DWC_IMR", LocalDate.of(2014, 5, 20), 60, 4, 4, 2),
            new Cohort("D", ACUPUNCTURE, "Acupuncturist", "CA_DWC_IMR", LocalDate.of(2015, 2, 1), 30, 1, 0, 0),
            new Cohort("E", KNEE_SCOPE, "Orthopaedic Surgery", "DMHC_IMR", LocalDate.of(2015, 11, 30), 52, 0, 1, 0),
            new Cohort("F", UNKNOWN, null, "CA_DWC_IMR", null, null, 1, 0, 1),
            new Cohort("G", PSYCHOTHERAPY, null, "DMHC_IMR", null, 2015, null, 0, 1, 0));

    private ArchiveFixture() {
    }

    static List<DecisionDocument> documents() {
        List<DecisionDocument> documents = new ArrayList<>();
        for (Cohort c : COHORTS) {
            List<Outcome> outcomes = new ArrayList<>();
            outcomes.addAll(java.util.Collections.nCopies(c.upheld(), Outcome.UPHELD));
            outcomes.addAll(java.util.Collections.nCopies(c.overturned(), Outcome.OVERTURNED));
            outcomes.addAll(java.util.Collections.nCopies(c.undetermined(), (Outcome) null));
            for (int i = 0; i < outcomes.size(); i++) {
                String letterId = "letter-" + c.name() + "-" + (i + 1);
                documents.add(document(letterId, 1, c.item(), outcomes.get(i), c.specialty(), c.source(), c.date(),
                        c.year(), c.age()));
            }
        }
        LocalDate mDate = LocalDate.of(2014, 5, 2);
        documents.add(document("letter-M", 1, TRAMADOL, Outcome.UPHELD, PM_R, "CA_DWC_IMR", mDate, 2014, 38));
        documents.add(document("letter-M", 2, PHYSICAL_THERAPY, Outcome.OVERTURNED, PM_R, "CA_DWC_IMR", mDate, 2014, 38));
        documents.add(document("letter-M", 3, HOME_HEALTH, null, PM_R, "CA_DWC_IMR", mDate, 2014, 38));
        return documents;
    }

    static void load(ArchiveGateway gateway) {
        documents().forEach(gateway::putDecision);
        gateway.refresh();
    }

    private static DecisionDocument document(String letterId, int itemIndex, Item item, Outcome outcome,
                                             String specialty, String source, LocalDate date, Integer year,
                                             Integer age) {
        ProcedureFields procedure = item.procedure() == null ? null
                : new ProcedureFields(item.procedure(), item.category(), item.region(), List.of());
        List<GuidelineFields> guidelines = item.guidelines().stream()
                .map(g -> new GuidelineFields(g, null, null, null, g.name().replace('_', ' '), g.name()))
                .toList();
        return new DecisionDocument(
                DecisionDocuments.decisionId(letterId, itemIndex), letterId, "CM" + letterId.hashCode(), itemIndex,
                item.text(), outcome, procedure, guidelines, item.guidelines(), List.of(),
                item.rationale(), "Injured worker with chronic pain.", List.of("Lumbar strain"),
                specialty, specialty, List.of("California"),
                new LetterDates(null, null, null, null, date), date, date == null ? null : "determination",
                year, age, null, source, LetterFormat.MAXIMUS_IMR_2014, letterId + ".txt", null, List.of(),
                IMPORTED);
    }
}
