package org.imrarchive.parse.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.Procedure;
import org.imrarchive.letter.ProcedureCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcedureNormalizerTest {

    private final ProcedureNormalizer n = new ProcedureNormalizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "Lumbar discogram L3-4, L4-5, L5-S1 | Discography | DIAGNOSTIC_TESTING | LUMBAR_SPINE",
            "Lumbar epidural steroid injection L4-L5 | Epidural Steroid Injection | INJECTION | LUMBAR_SPINE",
            "Norco 10/325mg #120 | Hydrocodone/Acetaminophen | MEDICATION | null",
            "Terocin patches #30 | Topical Compounded Analgesic | MEDICATION | null",
            "Lidoderm 5% patch #30 | Lidocaine Patch | MEDICATION | null",
            "Ultram ER 150mg #30 | Tramadol | MEDICATION | null",
            "Soma 350mg #60 | Carisoprodol | MEDICATION | null",
            "Prilosec 20mg #60 | Omeprazole | MEDICATION | null",
            "Physical therapy 8 sessions for the lumbar spine | Physical Therapy | PHYSICAL_THERAPY | LUMBAR_SPINE",
            "Post-op physical therapy 12 sessions right knee | Physical Therapy | PHYSICAL_THERAPY | KNEE",
            "Chiropractic 6 visits for the lumbar spine | Chiropractic Manipulation | CHIROPRACTIC | LUMBAR_SPINE",
            "Acupuncture 2 times a week for 3 weeks for the cervical spine | Acupuncture | ACUPUNCTURE | CERVICAL_SPINE",
            "MRI of the cervical spine without contrast | MRI | DIAGNOSTIC_IMAGING | CERVICAL_SPINE",
            "EMG/NCV bilateral upper extremities | EMG/NCV | DIAGNOSTIC_TESTING | MULTIPLE",
            "TENS unit 30-day trial | TENS Unit | DURABLE_MEDICAL_EQUIPMENT | null",
            "Right knee arthroscopy with partial meniscectomy | Knee Arthroscopy | SURGERY | KNEE",
            "Right shoulder arthroscopy with subacromial decompression | Shoulder Arthroscopy | SURGERY | SHOULDER",
            "Posterior lumbar interbody fusion L4-5 with 3-day hospital stay | Lumbar Fusion | SURGERY | LUMBAR_SPINE",
            "Cervical facet injection C5-6, C6-7 | Facet Injection | INJECTION | CERVICAL_SPINE",
            "bilateral lumbar radiofrequency ablation L3-4, L4-5 | Radiofrequency Ablation | INJECTION | LUMBAR_SPINE",
            "Urine drug screen | Urine Drug Screen | DIAGNOSTIC_TESTING | null",
            "Functional restoration program 2 weeks | Functional Restoration Program | PROGRAM | null",
            "Pain management consultation | Pain Management Consultation | OFFICE_VISIT_CONSULT | null",
            "Home health care 4 hours per day | Home Health Care | HOME_HEALTH | null",
            "cognitive behavioral therapy 4 sessions | Cognitive Behavioral Therapy | PSYCHOLOGICAL | null",
            "Individual psychotherapy 6 sessions | Psychotherapy | PSYCHOLOGICAL | null",
            "Functional capacity evaluation | Functional Capacity Evaluation | DIAGNOSTIC_TESTING | null",
            "Hot/cold therapy unit for the right knee | Hot/Cold Therapy Unit | DURABLE_MEDICAL_EQUIPMENT | KNEE",
            "Lumbar brace | Brace | DURABLE_MEDICAL_EQUIPMENT | LUMBAR_SPINE",
            "X-rays of the lumbar spine, 3 views | X-ray | DIAGNOSTIC_IMAGING | LUMBAR_SPINE",
            "CT scan of the lumbar spine | CT Scan | DIAGNOSTIC_IMAGING | LUMBAR_SPINE",
            "Work hardening 10 sessions | Work Hardening | PROGRAM | null",
            "Weight loss program | Weight Loss Program | PROGRAM | null",
    })
    void catalog(String item, String name, ProcedureCategory category, BodyRegion region) {
        ProcedureNormalizer.Result r = n.normalize(item);
        assertThat(r.recognised()).isTrue();
        assertThat(r.procedure().name()).isEqualTo(name);
        assertThat(r.procedure().category()).isEqualTo(category);
        assertThat(r.procedure().bodyRegion()).isEqualTo(region);
    }

    @Test
    void levelsAreNormalised() {
        assertThat(ProcedureNormalizer.levels("L4-L5, L5/S1 and C5-C6")).containsExactly("L4-5", "L5-S1", "C5-6");
        assertThat(ProcedureNormalizer.levels("T12-L1")).containsExactly("T12-L1");
        assertThat(ProcedureNormalizer.levels("Norco 10/325mg #120")).isEmpty();
    }

    @Test
    void severalRegionsAreMultiple() {
        assertThat(n.normalize("MRI of the cervical and lumbar spine").procedure().bodyRegion()).isEqualTo(BodyRegion.MULTIPLE);
        assertThat(n.normalize("Epidural steroid injection C5-6 and L4-5").procedure().bodyRegion()).isEqualTo(BodyRegion.MULTIPLE);
    }

    @Test
    void unknownItemKeepsItsWordsAsOther() {
        ProcedureNormalizer.Result r = n.normalize("Request for hyperbaric oxygen chamber.");
        assertThat(r.recognised()).isFalse();
        assertThat(r.procedure()).isEqualTo(new Procedure("hyperbaric oxygen chamber", ProcedureCategory.OTHER, null, List.of()));
    }
}
