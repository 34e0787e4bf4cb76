package org.imrarchive.generator;

import static org.imrarchive.letter.BodyRegion.CERVICAL_SPINE;
import static org.imrarchive.letter.BodyRegion.ELBOW;
import static org.imrarchive.letter.BodyRegion.FOOT_ANKLE;
import static org.imrarchive.letter.BodyRegion.HAND_WRIST;
import static org.imrarchive.letter.BodyRegion.HIP;
import static org.imrarchive.letter.BodyRegion.KNEE;
import static org.imrarchive.letter.BodyRegion.LUMBAR_SPINE;
import static org.imrarchive.letter.BodyRegion.MULTIPLE;
import static org.imrarchive.letter.BodyRegion.SHOULDER;
import static org.imrarchive.letter.BodyRegion.THORACIC_SPINE;

import java.util.ArrayList;
import java.util.List;

import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.ProcedureCategory;

/**
 * The treatments disputed in IMR, weighted the way they come up (medications about half of all items, opioids the
 * most), with uphold rates that vary by treatment the way published decisions do (compounded creams almost always
 * upheld, consultations and psychotherapy often overturned). Names match the parser's procedure catalog.
 */
final class Procedures {
    private Procedures() {
    }

    static final List<ProcedureKind> ALL;
    private static final int[] WEIGHTS;

    static ProcedureKind draw(Draw draw) {
        return ALL.get(draw.weighted(WEIGHTS));
    }

    private static final List<BodyRegion> SPINE = List.of(LUMBAR_SPINE, CERVICAL_SPINE);
    private static final List<BodyRegion> MUSCULOSKELETAL = List.of(LUMBAR_SPINE, CERVICAL_SPINE, SHOULDER, KNEE, HAND_WRIST,
            THORACIC_SPINE, ELBOW, FOOT_ANKLE, HIP);
    private static final List<BodyRegion> IMAGED = List.of(LUMBAR_SPINE, CERVICAL_SPINE, SHOULDER, KNEE, HAND_WRIST, FOOT_ANKLE,
            HIP, ELBOW, THORACIC_SPINE);
    private static final List<BodyRegion> JOINTS = List.of(SHOULDER, KNEE);

    static {
        List<ProcedureKind> k = new ArrayList<>();
        // ---- opioids
        k.add(medication("Hydrocodone/Acetaminophen", 90, 0.83, Topics.OPIOIDS,
                List.of(Cite.chronicPain("Opioids", "74-96"), Cite.chronicPain("Opioids, criteria for use", "76-80"),
                        Cite.odg("Pain", "Opioids")),
                new String[] {"Norco 10/325mg #{q}", "Norco 10/325mg #{q}", "Norco 7.5/325mg #{q}", "Hydrocodone/APAP 10/325mg #{q}",
                        "Hydrocodone/acetaminophen 5/325mg #{q}", "Vicodin 5/300mg #{q}"}, 60, 90, 120, 180));
        k.add(medication("Tramadol", 45, 0.76, Topics.OPIOIDS,
                List.of(Cite.chronicPain("Tramadol", "93-94"), Cite.chronicPain("Opioids", "74-96"), Cite.odg("Pain", "Tramadol")),
                new String[] {"Tramadol 50mg #{q}", "Tramadol ER 150mg #{q}", "Ultram 50mg #{q}", "Ultracet 37.5/325mg #{q}"}, 30, 60, 90, 120));
        k.add(medication("Oxycodone", 20, 0.86, Topics.OPIOIDS,
                List.of(Cite.chronicPain("Opioids", "74-96"), Cite.chronicPain("Opioids, dosing", "86"), Cite.odg("Pain", "Opioids")),
                new String[] {"Oxycodone 10mg #{q}", "OxyContin 20mg #{q}", "Percocet 10/325mg #{q}", "Oxycodone/APAP 5/325mg #{q}"}, 60, 90, 120));
        k.add(medication("Tapentadol", 4, 0.84, Topics.OPIOIDS,
                List.of(Cite.chronicPain("Opioids", "74-96"), Cite.odg("Pain", "Tapentadol (Nucynta)")),
                new String[] {"Nucynta 50mg #{q}", "Nucynta ER 100mg #{q}"}, 60, 90));
        k.add(medication("Buprenorphine", 4, 0.7, Topics.OPIOIDS,
                List.of(Cite.chronicPain("Buprenorphine", "26-27"), Cite.odg("Pain", "Buprenorphine for chronic pain")),
                new String[] {"Butrans 10mcg/hr patch #{q}", "Buprenorphine 2mg #{q}"}, 4, 30));
        // ---- muscle relaxants
        k.add(medication("Cyclobenzaprine", 40, 0.86, Topics.MUSCLE_RELAXANTS,
                List.of(Cite.chronicPain("Muscle relaxants (for pain)", "63-66"), Cite.chronicPain("Cyclobenzaprine (Flexeril)", "41-42"),
                        Cite.odg("Pain", "Muscle relaxants")),
                new String[] {"Flexeril 7.5mg #{q}", "Cyclobenzaprine 7.5mg #{q}", "Cyclobenzaprine 10mg #{q}", "Fexmid 7.5mg #{q}"}, 30, 60, 90));
        k.add(medication("Carisoprodol", 20, 0.95, Topics.SOMA,
                List.of(Cite.chronicPain("Carisoprodol (Soma)", "29"), Cite.odg("Pain", "Carisoprodol (Soma)")),
                new String[] {"Soma 350mg #{q}", "Carisoprodol 350mg #{q}"}, 30, 60, 90));
        k.add(medication("Tizanidine", 8, 0.7, Topics.MUSCLE_RELAXANTS,
                List.of(Cite.chronicPain("Muscle relaxants (for pain)", "63-66"), Cite.chronicPain("Antispasticity drugs", "66")),
                new String[] {"Zanaflex 4mg #{q}", "Tizanidine 4mg #{q}"}, 60, 90));
        // ---- topicals
        k.add(medication("Topical Compounded Analgesic", 45, 0.96, Topics.TOPICALS,
                List.of(Cite.chronicPain("Topical Analgesics", "111-113"), Cite.odg("Pain", "Compound creams")),
                new String[] {"Terocin lotion {q}ml", "Terocin patches #{q}", "Compounded cream (flurbiprofen 20%/cyclobenzaprine 4%/lidocaine 5%) {q}gm",
                        "Flurbiprofen/capsaicin/menthol/camphor cream {q}gm", "Menthoderm gel {q}gm", "Medrox patches #{q}",
                        "Ketoprofen 20% cream {q}gm", "LidoPro lotion {q}ml", "Compounded topical analgesic cream (gabapentin 10%/amitriptyline 10%) {q}gm"},
                30, 120, 180, 240));
        k.add(medication("Lidocaine Patch", 20, 0.9, Topics.LIDOCAINE,
                List.of(Cite.chronicPain("Lidoderm (lidocaine patch)", "56-57"), Cite.odg("Pain", "Lidoderm (lidocaine patch)")),
                new String[] {"Lidoderm 5% patch #{q}", "Lidoderm patches 5% #{q}", "Lidocaine 5% patch #{q}"}, 30, 60, 90));
        // ---- NSAIDs and stomach protection
        k.add(medication("Omeprazole", 35, 0.72, Topics.NSAID_GI,
                List.of(Cite.chronicPain("NSAIDs, GI symptoms & cardiovascular risk", "68-69"), Cite.odg("Pain", "Proton pump inhibitors (PPIs)")),
                new String[] {"Omeprazole 20mg #{q}", "Prilosec 20mg #{q}", "Omeprazole DR 20mg #{q}"}, 30, 60, 90));
        k.add(medication("Pantoprazole", 8, 0.75, Topics.NSAID_GI,
                List.of(Cite.chronicPain("NSAIDs, GI symptoms & cardiovascular risk", "68-69")),
                new String[] {"Protonix 20mg #{q}", "Pantoprazole 20mg #{q}"}, 30, 60));
        k.add(medication("Naproxen", 25, 0.5, Topics.NSAIDS,
                List.of(Cite.chronicPain("NSAIDs (non-steroidal anti-inflammatory drugs)", "67-73"), Cite.odg("Pain", "NSAIDs")),
                new String[] {"Naproxen 550mg #{q}", "Naproxen sodium 550mg #{q}", "Anaprox DS 550mg #{q}"}, 60, 90));
        k.add(medication("Celecoxib", 5, 0.65, Topics.NSAIDS,
                List.of(Cite.chronicPain("NSAIDs (non-steroidal anti-inflammatory drugs)", "67-73")),
                new String[] {"Celebrex 200mg #{q}"}, 30, 60));
        // ---- neuropathic pain, mood, sleep
        k.add(medication("Gabapentin", 25, 0.55, Topics.ANTIEPILEPTICS,
                List.of(Cite.chronicPain("Antiepilepsy drugs (AEDs)", "16-18"), Cite.chronicPain("Gabapentin", "18-19")),
                new String[] {"Gabapentin 600mg #{q}", "Neurontin 300mg #{q}", "Gabapentin 300mg #{q}"}, 60, 90, 120));
        k.add(medication("Pregabalin", 8, 0.6, Topics.ANTIEPILEPTICS,
                List.of(Cite.chronicPain("Antiepilepsy drugs (AEDs)", "16-20"), Cite.chronicPain("Pregabalin (Lyrica)", "19-20")),
                new String[] {"Lyrica 75mg #{q}", "Lyrica 50mg #{q}"}, 60, 90));
        k.add(medication("Duloxetine", 6, 0.55, Topics.ANTIDEPRESSANTS,
                List.of(Cite.chronicPain("Antidepressants for chronic pain", "13-16")),
                new String[] {"Cymbalta 60mg #{q}", "Duloxetine 30mg #{q}"}, 30, 60));
        k.add(medication("Zolpidem", 8, 0.92, Topics.SLEEP,
                List.of(Cite.odg("Pain", "Insomnia treatment"), Cite.odg("Mental Illness & Stress", "Zolpidem (Ambien)")),
                new String[] {"Ambien 10mg #{q}", "Zolpidem 10mg #{q}", "Zolpidem ER 12.5mg #{q}"}, 30));
        k.add(medication("Medical Food", 4, 0.98, Topics.MEDICAL_FOOD,
                List.of(Cite.odg("Pain", "Medical food")),
                new String[] {"Theramine #{q}", "Sentra PM #{q}", "Trepadone #{q}"}, 60, 90, 120));
        k.add(medication("Ondansetron", 3, 0.95, Topics.ANTIEMETIC,
                List.of(Cite.odg("Pain", "Antiemetics (for opioid nausea)")),
                new String[] {"Ondansetron 8mg #{q}", "Zofran 4mg #{q}"}, 10, 20, 30));

        // ---- injections
        k.add(new ProcedureKind("Epidural Steroid Injection", ProcedureCategory.INJECTION, 30, 0.8, List.of(LUMBAR_SPINE, LUMBAR_SPINE, LUMBAR_SPINE, CERVICAL_SPINE),
                (d, r) -> {
                    Anatomy.Levels l = Anatomy.spinal(d, r, d.chance(0.7) ? 1 : 2);
                    String spine = r == CERVICAL_SPINE ? "Cervical" : "Lumbar";
                    String text = switch (d.between(0, 3)) {
                        case 0 -> spine + " epidural steroid injection " + l.written();
                        case 1 -> "Transforaminal epidural steroid injection at " + l.written();
                        case 2 -> (d.chance(0.5) ? "Bilateral " : "Left ") + l.written() + " transforaminal epidural steroid injection";
                        default -> spine + " epidural steroid injection at " + l.written() + " under fluoroscopy";
                    };
                    return new Item(text, r, l.normalised());
                }, Topics.EPIDURAL,
                r -> List.of(Cite.chronicPain("Epidural steroid injections (ESIs)", "46"), Cite.odg(Guidelines.odgChapter(r), "Epidural steroid injections (ESIs)"))));
        k.add(new ProcedureKind("Facet Injection", ProcedureCategory.INJECTION, 10, 0.85, List.of(LUMBAR_SPINE, LUMBAR_SPINE, CERVICAL_SPINE),
                (d, r) -> {
                    Anatomy.Levels l = Anatomy.spinal(d, r, d.chance(0.5) ? 1 : 2);
                    String spine = r == CERVICAL_SPINE ? "Cervical" : "Lumbar";
                    String text = switch (d.between(0, 2)) {
                        case 0 -> spine + " facet injections at " + l.written();
                        case 1 -> "Bilateral " + l.written() + " medial branch block";
                        default -> spine + " facet joint injection " + l.written();
                    };
                    return new Item(text, r, l.normalised());
                }, Topics.FACET,
                r -> List.of(Cite.acoem(Guidelines.acoemChapter(r), r == CERVICAL_SPINE ? "174-175" : "300-301"),
                        Cite.odg(Guidelines.odgChapter(r), "Facet joint diagnostic blocks (injections)"))));
        k.add(new ProcedureKind("Radiofrequency Ablation", ProcedureCategory.INJECTION, 6, 0.8, List.of(LUMBAR_SPINE, LUMBAR_SPINE, CERVICAL_SPINE),
                (d, r) -> {
                    Anatomy.Levels l = Anatomy.spinal(d, r, 2);
                    String spine = r == CERVICAL_SPINE ? "Cervical" : "Lumbar";
                    String text = switch (d.between(0, 2)) {
                        case 0 -> spine + " radiofrequency ablation " + l.written();
                        case 1 -> "Radiofrequency ablation at " + l.written() + " bilaterally";
                        default -> spine + " radiofrequency neurotomy " + l.written();
                    };
                    return new Item(text, r, l.normalised());
                }, Topics.RFA,
                r -> List.of(Cite.odg(Guidelines.odgChapter(r), "Facet joint radiofrequency neurotomy"),
                        Cite.acoem(Guidelines.acoemChapter(r), r == CERVICAL_SPINE ? "174-175" : "300-301"))));
        k.add(new ProcedureKind("Trigger Point Injection", ProcedureCategory.INJECTION, 5, 0.85, List.of(LUMBAR_SPINE, CERVICAL_SPINE),
                (d, r) -> new Item("Trigger point injections" + d.pick(" x4", " x3", "") + " to the " + (r == CERVICAL_SPINE ? "cervical" : "lumbar")
                        + " paraspinal muscles", r, List.of()),
                Topics.INJECTION, r -> List.of(Cite.chronicPain("Trigger point injections", "122"))));
        k.add(new ProcedureKind("Corticosteroid Injection", ProcedureCategory.INJECTION, 6, 0.45, List.of(SHOULDER, KNEE, HAND_WRIST),
                (d, r) -> {
                    String part = Anatomy.part(d, r);
                    String text = switch (r) {
                        case SHOULDER -> d.pick("Subacromial injection to the ", "Cortisone injection to the ") + part;
                        default -> d.pick("Cortisone injection to the ", "Corticosteroid injection to the ") + part;
                    };
                    return new Item(text, r, List.of());
                }, Topics.INJECTION,
                r -> List.of(Cite.acoem(Guidelines.acoemChapter(r), r == SHOULDER ? "213" : r == KNEE ? "346" : "271"),
                        Cite.odg(Guidelines.odgChapter(r), "Steroid injections"))));
        k.add(new ProcedureKind("Viscosupplementation", ProcedureCategory.INJECTION, 3, 0.7, List.of(KNEE),
                (d, r) -> new Item(d.pick("Synvisc-One injection to the ", "Orthovisc injections x3 to the ") + Anatomy.part(d, r), r, List.of()),
                Topics.INJECTION, r -> List.of(Cite.odg("Knee & Leg", "Hyaluronic acid injections"))));

        // ---- diagnostics
        k.add(new ProcedureKind("MRI", ProcedureCategory.DIAGNOSTIC_IMAGING, 28, 0.72, IMAGED,
                (d, r) -> {
                    String part = Anatomy.part(d, r).replace("low back", "lumbar spine").replace("neck", "cervical spine");
                    String text = switch (d.between(0, 2)) {
                        case 0 -> "MRI of the " + part;
                        case 1 -> "MRI " + part + " without contrast";
                        default -> "Repeat MRI of the " + part;
                    };
                    return new Item(text, r, List.of());
                }, Topics.IMAGING,
                r -> List.of(Cite.acoem(Guidelines.acoemChapter(r), Guidelines.acoemImagingPages(r)), Cite.odg(Guidelines.odgChapter(r), "MRIs (magnetic resonance imaging)"))));
        k.add(new ProcedureKind("EMG/NCV", ProcedureCategory.DIAGNOSTIC_TESTING, 15, 0.7, List.of(LUMBAR_SPINE, CERVICAL_SPINE),
                (d, r) -> new Item(d.pick("EMG/NCV of the bilateral ", "EMG/NCV bilateral ", "Electromyography and nerve conduction studies of the bilateral ")
                        + (r == CERVICAL_SPINE ? "upper" : "lower") + " extremities", MULTIPLE, List.of()),
                Topics.ELECTRODIAGNOSTICS,
                r -> List.of(Cite.acoem(Guidelines.acoemChapter(r), r == CERVICAL_SPINE ? "178" : "303"), Cite.odg(Guidelines.odgChapter(r), "Electrodiagnostic studies (EDS)"))));
        k.add(new ProcedureKind("X-ray", ProcedureCategory.DIAGNOSTIC_IMAGING, 8, 0.6, List.of(LUMBAR_SPINE, CERVICAL_SPINE, KNEE, SHOULDER),
                (d, r) -> {
                    String part = Anatomy.part(d, r).replace("low back", "lumbar spine").replace("neck", "cervical spine");
                    return new Item(d.pick("X-rays of the " + part + ", 3 views", "X-ray of the " + part, "Flexion-extension x-rays of the " + part), r, List.of());
                }, Topics.IMAGING,
                r -> List.of(Cite.acoem(Guidelines.acoemChapter(r), Guidelines.acoemImagingPages(r)), Cite.odg(Guidelines.odgChapter(r), "Radiography (x-rays)"))));
        k.add(new ProcedureKind("CT Scan", ProcedureCategory.DIAGNOSTIC_IMAGING, 4, 0.7, List.of(LUMBAR_SPINE, CERVICAL_SPINE),
                (d, r) -> new Item(d.pick("CT scan of the ", "CT of the ") + (r == CERVICAL_SPINE ? "cervical" : "lumbar") + " spine" + d.pick("", " without contrast"), r, List.of()),
                Topics.IMAGING,
                r -> List.of(Cite.acoem(Guidelines.acoemChapter(r), Guidelines.acoemImagingPages(r)), Cite.odg(Guidelines.odgChapter(r), "CT (computed tomography)"))));
        k.add(new ProcedureKind("Urine Drug Screen", ProcedureCategory.DIAGNOSTIC_TESTING, 12, 0.55, List.of(),
                (d, r) -> Item.of(d.pick("Urine drug screen", "Urine toxicology screen", "Random urine drug screen", "Urine drug testing")),
                Topics.DRUG_TESTING, r -> List.of(Cite.chronicPain("Drug testing", "43"), Cite.odg("Pain", "Urine drug testing (UDT)"))));
        k.add(new ProcedureKind("Functional Capacity Evaluation", ProcedureCategory.DIAGNOSTIC_TESTING, 5, 0.9, List.of(),
                (d, r) -> Item.of(d.pick("Functional capacity evaluation", "Functional Capacity Evaluation (FCE)")),
                Topics.FCE, r -> List.of(Cite.acoem(7, "137-138"), Cite.odg("Fitness for Duty", "Functional capacity evaluation (FCE)"))));
        k.add(new ProcedureKind("Discography", ProcedureCategory.DIAGNOSTIC_TESTING, 2, 0.98, List.of(LUMBAR_SPINE),
                (d, r) -> {
                    Anatomy.Levels l = Anatomy.spinal(d, r, 3);
                    return new Item("Lumbar discogram " + l.written(), r, l.normalised());
                }, Topics.IMAGING, r -> List.of(Cite.acoem(12, "304"), Cite.odg("Low Back", "Discography"))));

        // ---- therapies
        k.add(new ProcedureKind("Physical Therapy", ProcedureCategory.PHYSICAL_THERAPY, 35, 0.6, MUSCULOSKELETAL,
                (d, r) -> {
                    String part = Anatomy.part(d, r);
                    String text = switch (d.between(0, 4)) {
                        case 0 -> "Physical therapy " + d.pick(6, 8, 12) + " sessions for the " + part;
                        case 1 -> "Physical therapy 2x" + d.pick(3, 4, 6) + " for the " + part;
                        case 2 -> "Additional physical therapy 2 times a week for " + d.pick(3, 4, 6) + " weeks, " + part;
                        case 3 -> "Physical therapy " + d.pick(6, 8, 12) + " visits for the " + part;
                        default -> "Physical therapy 3 times a week for 4 weeks for the " + part;
                    };
                    return new Item(text, r, List.of());
                }, Topics.PHYSICAL_THERAPY,
                r -> List.of(Cite.chronicPain("Physical Medicine", "98-99"), Cite.acoem(Guidelines.acoemChapter(r), Guidelines.acoemTreatmentPages(r)),
                        Cite.odg(Guidelines.odgChapter(r), "Physical therapy"))));
        k.add(new ProcedureKind("Physical Therapy", ProcedureCategory.PHYSICAL_THERAPY, 8, 0.35, List.of(KNEE, SHOULDER, LUMBAR_SPINE, HAND_WRIST),
                (d, r) -> new Item(d.pick("Post-operative physical therapy ", "Postoperative physical therapy ") + d.pick("12 sessions", "3x4", "8 sessions", "2x6")
                        + " for the " + Anatomy.part(d, r).replace("low back", "lumbar spine"), r, List.of()),
                Topics.POSTOP_THERAPY, r -> List.of(Guidelines.postsurgical(r))));
        k.add(new ProcedureKind("Chiropractic Manipulation", ProcedureCategory.CHIROPRACTIC, 12, 0.65, List.of(LUMBAR_SPINE, LUMBAR_SPINE, CERVICAL_SPINE),
                (d, r) -> {
                    String part = Anatomy.part(d, r);
                    String text = switch (d.between(0, 2)) {
                        case 0 -> "Chiropractic " + d.pick(6, 8, 12) + " visits for the " + part;
                        case 1 -> "Chiropractic treatment 2 times a week for 3 weeks, " + part;
                        default -> "Chiropractic manipulation " + d.pick(6, 8) + " sessions for the " + part;
                    };
                    return new Item(text, r, List.of());
                }, Topics.CHIROPRACTIC,
                r -> List.of(Cite.chronicPain("Manual therapy & manipulation", "58-60"), Cite.odg(Guidelines.odgChapter(r), "Manipulation"))));
        k.add(new ProcedureKind("Acupuncture", ProcedureCategory.ACUPUNCTURE, 15, 0.6, List.of(LUMBAR_SPINE, CERVICAL_SPINE, SHOULDER, KNEE),
                (d, r) -> {
                    String part = Anatomy.part(d, r);
                    String text = switch (d.between(0, 2)) {
                        case 0 -> "Acupuncture " + d.pick(6, 8, 12) + " sessions for the " + part;
                        case 1 -> "Acupuncture 2 times a week for 3 weeks for the " + part;
                        default -> "Additional acupuncture " + d.pick(6, 8) + " visits, " + part;
                    };
                    return new Item(text, r, List.of());
                }, Topics.ACUPUNCTURE, r -> List.of(Cite.acupuncture())));
        k.add(new ProcedureKind("Aquatic Therapy", ProcedureCategory.PHYSICAL_THERAPY, 3, 0.55, List.of(LUMBAR_SPINE, KNEE),
                (d, r) -> new Item("Aquatic therapy " + d.pick(8, 12) + " sessions for the " + Anatomy.part(d, r), r, List.of()),
                Topics.AQUATIC, r -> List.of(Cite.chronicPain("Aquatic therapy", "22"))));

        // ---- psychological
        k.add(new ProcedureKind("Psychotherapy", ProcedureCategory.PSYCHOLOGICAL, 8, 0.5, List.of(),
                (d, r) -> Item.of(d.pick("Individual psychotherapy 6 sessions", "Psychotherapy 1x/week x 12 weeks", "Psychotherapy 12 sessions",
                        "Individual psychotherapy 8 sessions")),
                Topics.PSYCHOTHERAPY,
                r -> List.of(Cite.odg("Mental Illness & Stress", "Psychotherapy guidelines"), Cite.chronicPain("Behavioral interventions", "23"),
                        Cite.psychiatricAssociation())));
        k.add(new ProcedureKind("Cognitive Behavioral Therapy", ProcedureCategory.PSYCHOLOGICAL, 5, 0.45, List.of(),
                (d, r) -> Item.of(d.pick("Cognitive behavioral therapy 4 sessions", "Cognitive behavioral therapy 6 sessions", "CBT 6 sessions")),
                Topics.PSYCHOTHERAPY,
                r -> List.of(Cite.chronicPain("Behavioral interventions", "23"), Cite.odg("Mental Illness & Stress", "Cognitive therapy for depression"))));
        k.add(new ProcedureKind("Psychological Evaluation", ProcedureCategory.PSYCHOLOGICAL, 4, 0.5, List.of(),
                (d, r) -> Item.of(d.pick("Psychological evaluation", "Psychological consultation and testing")),
                Topics.PSYCH_EVALUATION, r -> List.of(Cite.chronicPain("Psychological evaluations", "100-101"))));
        k.add(new ProcedureKind("Biofeedback", ProcedureCategory.PSYCHOLOGICAL, 2, 0.8, List.of(),
                (d, r) -> Item.of("Biofeedback " + d.pick(4, 6) + " sessions"),
                Topics.PSYCHOTHERAPY, r -> List.of(Cite.chronicPain("Biofeedback", "24-25"))));

        // ---- programs
        k.add(new ProcedureKind("Functional Restoration Program", ProcedureCategory.PROGRAM, 6, 0.6, List.of(),
                (d, r) -> Item.of(d.pick("Functional restoration program 2 weeks (80 hours)", "Functional restoration program 160 hours",
                        "Functional restoration program evaluation", "Functional restoration program 10 days")),
                Topics.PROGRAMS, r -> List.of(Cite.chronicPain("Chronic pain programs (functional restoration programs)", "30-34"))));
        k.add(new ProcedureKind("Work Hardening", ProcedureCategory.PROGRAM, 2, 0.75, List.of(),
                (d, r) -> Item.of("Work hardening program " + d.pick(10, 12) + " sessions"),
                Topics.PROGRAMS, r -> List.of(Cite.chronicPain("Work conditioning, work hardening", "125-126"))));

        // ---- equipment
        k.add(new ProcedureKind("TENS Unit", ProcedureCategory.DURABLE_MEDICAL_EQUIPMENT, 8, 0.85, List.of(),
                (d, r) -> Item.of(d.pick("TENS unit 30-day trial", "TENS unit purchase", "TENS unit with supplies", "TENS unit rental for one month")),
                Topics.ELECTRICAL_STIMULATION,
                r -> List.of(Cite.chronicPain("Transcutaneous electrotherapy", "114-116"), Cite.odg("Pain", "TENS (transcutaneous electrical nerve stimulation)"))));
        k.add(new ProcedureKind("Interferential Unit", ProcedureCategory.DURABLE_MEDICAL_EQUIPMENT, 3, 0.95, List.of(),
                (d, r) -> Item.of(d.pick("Interferential unit rental x 1 month", "Interferential unit purchase")),
                Topics.ELECTRICAL_STIMULATION, r -> List.of(Cite.chronicPain("Interferential current stimulation (ICS)", "118-120"))));
        k.add(new ProcedureKind("H-Wave Unit", ProcedureCategory.DURABLE_MEDICAL_EQUIPMENT, 2, 0.9, List.of(),
                (d, r) -> Item.of(d.pick("H-wave unit 30-day trial", "H-wave device purchase")),
                Topics.ELECTRICAL_STIMULATION, r -> List.of(Cite.chronicPain("H-wave stimulation (HWT)", "117-118"))));
        k.add(new ProcedureKind("Hot/Cold Therapy Unit", ProcedureCategory.DURABLE_MEDICAL_EQUIPMENT, 3, 0.88, JOINTS,
                (d, r) -> new Item(d.pick("Cold therapy unit rental for 14 days, ", "Continuous cold therapy unit for the ") + Anatomy.part(d, r), r, List.of()),
                Topics.EQUIPMENT, r -> List.of(Cite.odg(Guidelines.odgChapter(r), "Continuous-flow cryotherapy"))));
        k.add(new ProcedureKind("Brace", ProcedureCategory.DURABLE_MEDICAL_EQUIPMENT, 3, 0.75, List.of(LUMBAR_SPINE, KNEE),
                (d, r) -> new Item(r == KNEE ? "Hinged knee brace for the " + Anatomy.part(d, r) : d.pick("Lumbar support brace", "Lumbar brace (LSO)"), r, List.of()),
                Topics.EQUIPMENT, r -> List.of(Cite.acoem(Guidelines.acoemChapter(r), r == KNEE ? "340" : "301"), Cite.odg(Guidelines.odgChapter(r), r == KNEE ? "Knee brace" : "Lumbar supports"))));

        // ---- surgery
        k.add(new ProcedureKind("Lumbar Fusion", ProcedureCategory.SURGERY, 5, 0.9, List.of(LUMBAR_SPINE),
                (d, r) -> {
                    Anatomy.Levels l = Anatomy.spinal(d, r, d.chance(0.7) ? 1 : 2);
                    String text = switch (d.between(0, 2)) {
                        case 0 -> "Posterior lumbar interbody fusion " + l.written();
                        case 1 -> "Lumbar fusion " + l.written() + " with 3-day inpatient stay";
                        default -> "Anterior lumbar interbody fusion at " + l.written();
                    };
                    return new Item(text, r, l.normalised());
                }, Topics.SPINE_SURGERY, r -> List.of(Cite.acoem(12, "305-307"), Cite.odg("Low Back", "Fusion (spinal)"))));
        k.add(new ProcedureKind("Cervical Fusion", ProcedureCategory.SURGERY, 2, 0.8, List.of(CERVICAL_SPINE),
                (d, r) -> {
                    Anatomy.Levels l = Anatomy.spinal(d, r, d.chance(0.6) ? 1 : 2);
                    return new Item(d.pick("Anterior cervical discectomy and fusion ", "ACDF at ") + l.written(), r, l.normalised());
                }, Topics.SPINE_SURGERY, r -> List.of(Cite.acoem(8, "180-181"), Cite.odg("Neck and Upper Back", "Fusion, anterior cervical"))));
        k.add(new ProcedureKind("Spinal Decompression", ProcedureCategory.SURGERY, 3, 0.75, List.of(LUMBAR_SPINE),
                (d, r) -> {
                    Anatomy.Levels l = Anatomy.spinal(d, r, 1);
                    return new Item(d.pick("Lumbar microdiscectomy at ", "Lumbar laminectomy and discectomy at ") + l.written(), r, l.normalised());
                }, Topics.SPINE_SURGERY, r -> List.of(Cite.acoem(12, "305-306"), Cite.odg("Low Back", "Discectomy/laminectomy"))));
        k.add(new ProcedureKind("Knee Arthroscopy", ProcedureCategory.SURGERY, 5, 0.6, List.of(KNEE),
                (d, r) -> {
                    String side = d.chance(0.5) ? "Right" : "Left";
                    return new Item(side + d.pick(" knee arthroscopy with partial medial meniscectomy", " knee arthroscopy with chondroplasty",
                            " knee arthroscopy, partial lateral meniscectomy and debridement"), r, List.of());
                }, Topics.JOINT_SURGERY, r -> List.of(Cite.acoem(13, "344-345"), Cite.odg("Knee & Leg", "Meniscectomy"))));
        k.add(new ProcedureKind("Shoulder Arthroscopy", ProcedureCategory.SURGERY, 5, 0.6, List.of(SHOULDER),
                (d, r) -> {
                    String side = d.chance(0.5) ? "Right" : "Left";
                    return new Item(side + d.pick(" shoulder arthroscopy with subacromial decompression", " shoulder arthroscopic rotator cuff repair",
                            " shoulder arthroscopy with distal clavicle resection"), r, List.of());
                }, Topics.JOINT_SURGERY, r -> List.of(Cite.acoem(9, "209-211"), Cite.odg("Shoulder", "Surgery for impingement syndrome"))));
        k.add(new ProcedureKind("Carpal Tunnel Release", ProcedureCategory.SURGERY, 3, 0.55, List.of(HAND_WRIST),
                (d, r) -> new Item(d.pick("Right", "Left") + d.pick(" carpal tunnel release", " open carpal tunnel release", " endoscopic carpal tunnel release"), r, List.of()),
                Topics.JOINT_SURGERY, r -> List.of(Cite.acoem(11, "270"), Cite.odg("Carpal Tunnel Syndrome", "Carpal tunnel release surgery (CTR)"))));
        k.add(new ProcedureKind("Knee Replacement", ProcedureCategory.SURGERY, 2, 0.6, List.of(KNEE),
                (d, r) -> new Item(d.pick("Right", "Left") + d.pick(" total knee arthroplasty", " total knee replacement with 3-day inpatient stay"), r, List.of()),
                Topics.JOINT_SURGERY, r -> List.of(Cite.odg("Knee & Leg", "Knee joint replacement"))));
        k.add(new ProcedureKind("Spinal Cord Stimulator", ProcedureCategory.SURGERY, 2, 0.85, List.of(),
                (d, r) -> Item.of(d.pick("Spinal cord stimulator trial", "Spinal cord stimulator 5-day trial")),
                Topics.SCS, r -> List.of(Cite.chronicPain("Spinal cord stimulators (SCS)", "105-107"))));
        k.add(new ProcedureKind("Preoperative Clearance", ProcedureCategory.OFFICE_VISIT_CONSULT, 3, 0.7, List.of(),
                (d, r) -> Item.of(d.pick("Preoperative medical clearance", "Pre-operative medical clearance")),
                Topics.CLEARANCE, r -> List.of(Cite.odg("Low Back", "Preoperative testing, general"))));

        // ---- consultations, visits, home care, other
        k.add(new ProcedureKind("Pain Management Consultation", ProcedureCategory.OFFICE_VISIT_CONSULT, 5, 0.4, List.of(),
                (d, r) -> Item.of(d.pick("Pain management consultation", "Referral to pain management", "Pain management consultation and follow-up")),
                Topics.CONSULTATION, r -> List.of(Cite.acoemNonMtus(7, "127"), Cite.acoem(7, "127"))));
        k.add(new ProcedureKind("Orthopedic Consultation", ProcedureCategory.OFFICE_VISIT_CONSULT, 3, 0.4, List.of(),
                (d, r) -> Item.of(d.pick("Orthopedic surgeon consultation", "Orthopedic consultation", "Referral to an orthopedic surgeon")),
                Topics.CONSULTATION, r -> List.of(Cite.acoem(7, "127"), Cite.acoemNonMtus(7, "127"))));
        k.add(new ProcedureKind("Specialist Consultation", ProcedureCategory.OFFICE_VISIT_CONSULT, 3, 0.45, List.of(),
                (d, r) -> Item.of(d.pick("Neurosurgical consultation", "Spine surgeon consultation", "Neurology consultation")),
                Topics.CONSULTATION, r -> List.of(Cite.acoem(7, "127"))));
        k.add(new ProcedureKind("Home Health Care", ProcedureCategory.HOME_HEALTH, 5, 0.88, List.of(),
                (d, r) -> Item.of(d.pick("Home health care 4 hours per day, 5 days per week for 6 weeks", "Home health aide 6 hours per day",
                        "Home health care 4 hours/day, 7 days/week", "Home care assistance 3 days per week for 4 weeks")),
                Topics.HOME_HEALTH, r -> List.of(Cite.chronicPain("Home health services", "51"))));
        k.add(new ProcedureKind("Gym Membership", ProcedureCategory.OTHER, 2, 0.97, List.of(),
                (d, r) -> Item.of(d.pick("Gym membership for 6 months", "Gym membership with pool access for 3 months")),
                Topics.GYM, r -> List.of(Cite.odg("Low Back", "Gym memberships"))));

        ALL = List.copyOf(k);
        WEIGHTS = new int[ALL.size()];
        for (int i = 0; i < WEIGHTS.length; i++) {
            WEIGHTS[i] = ALL.get(i).weight();
        }
    }

    /** A medication: no body region; wording templates with {q} for the quantity. */
    private static ProcedureKind medication(String name, int weight, double upheldRate, Topic topic, List<Cite> cites, String[] wordings,
                                            int... quantities) {
        return new ProcedureKind(name, ProcedureCategory.MEDICATION, weight, upheldRate, List.of(),
                (d, r) -> Item.of(d.pick(wordings).replace("{q}", String.valueOf(quantities[d.between(0, quantities.length - 1)]))),
                topic, r -> cites);
    }
}
