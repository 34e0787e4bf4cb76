package org.imrarchive.generator;

import java.util.ArrayList;
import java.util.List;

import org.imrarchive.letter.BodyRegion;

/** The clinical story of a case: who was hurt, how, what was found, what was tried, and the diagnoses. */
final class Clinic {
    private Clinic() {
    }

    static final List<String> OCCUPATIONS = List.of("warehouse worker", "school custodian", "maintenance mechanic", "delivery driver",
            "registered nurse", "certified nursing assistant", "grocery clerk", "landscaper", "construction laborer", "correctional officer",
            "bus driver", "medical transcriptionist", "cook", "housekeeper", "police officer", "firefighter", "electrician", "truck driver",
            "office assistant", "retail stocker", "farm worker", "machine operator", "carpenter", "security guard", "teacher's aide",
            "home health aide", "forklift operator", "plumber", "dental assistant", "customer service representative");

    static List<String> mechanisms(BodyRegion region) {
        return switch (region) {
            case CERVICAL_SPINE, THORACIC_SPINE -> List.of("was rear-ended while driving a company vehicle",
                    "was struck on the head and neck by a falling box", "developed neck pain after prolonged keyboard and telephone work",
                    "fell backward from a step stool");
            case SHOULDER -> List.of("lifted a heavy patient during a transfer", "reached overhead to pull down a box from a high shelf",
                    "fell onto an outstretched arm on a wet floor", "repetitively lifted cases above shoulder level");
            case KNEE -> List.of("twisted the knee stepping down from a delivery truck", "slipped on a wet floor and landed on the knee",
                    "knelt repeatedly while installing flooring", "was struck on the knee by a pallet jack");
            case HAND_WRIST -> List.of("performed repetitive keyboarding and data entry", "fell onto an outstretched hand",
                    "repetitively used hand tools on an assembly line");
            case ELBOW -> List.of("repetitively used a torque wrench", "struck the elbow on a door frame while carrying equipment");
            case FOOT_ANKLE -> List.of("inverted the ankle stepping off a curb", "stepped into a hole while carrying supplies");
            case HIP -> List.of("fell from a ladder onto the hip", "slipped on ice in a parking lot");
            default -> List.of("lifted a heavy box from the floor", "was lifting a case of bottled water onto a pallet",
                    "slipped on a wet floor while carrying a box of produce", "pushed a heavy cart up a ramp",
                    "bent to lift a bag of trash into a dumpster", "transferred a patient from a bed to a wheelchair");
        };
    }

    static List<String> complaints(BodyRegion region) {
        String part = Anatomy.plain(region);
        List<String> common = List.of(
                "Current complaints are " + part + " pain rated 7/10 that increases with prolonged activity.",
                "The patient reports constant " + part + " pain rated 6/10, worse with lifting and at the end of the workday.",
                "The patient describes intermittent " + part + " pain rated 5-8/10 with flare-ups after household chores.");
        List<String> specific = switch (region) {
            case LUMBAR_SPINE -> List.of("The pain radiates into the left posterior thigh and calf with numbness of the lateral foot.",
                    "There is occasional aching into both buttocks but no leg numbness or weakness.");
            case CERVICAL_SPINE -> List.of("The pain radiates to both trapezius regions, with headaches after prolonged computer work.",
                    "There is numbness and tingling into the right thumb and index finger.");
            case SHOULDER -> List.of("The patient has difficulty reaching overhead and sleeping on the affected side.",
                    "There is weakness with lifting and night pain.");
            case KNEE -> List.of("The patient reports intermittent locking and episodes of the knee giving way on stairs.",
                    "There is swelling after prolonged standing and difficulty kneeling.");
            case HAND_WRIST -> List.of("The patient reports numbness of the thumb, index and middle fingers that wakes the patient at night.",
                    "There is weakness of grip and dropping of objects.");
            default -> List.of("The pain limits walking and standing to about thirty minutes.");
        };
        List<String> out = new ArrayList<>(common);
        out.addAll(specific);
        return out;
    }

    static List<String> history(BodyRegion region) {
        return List.of(
                "The patient has been treated with medications, a course of physical therapy and a home exercise program.",
                "Treatment to date has included physical therapy, chiropractic care, acupuncture and medications.",
                "The patient completed 12 sessions of physical therapy in the first year after the injury and continues a home exercise program.",
                "Prior treatment included anti-inflammatory medication, activity modification and a course of therapy with temporary benefit.",
                "The patient was declared permanent and stationary and continues to work with restrictions.",
                "The patient has not worked since the injury and remains on temporary total disability.",
                "The patient returned to full duty but reports increasing symptoms.");
    }

    static List<String> examination(BodyRegion region) {
        return switch (region) {
            case LUMBAR_SPINE -> List.of(
                    "Examination showed tenderness over the lower lumbar paraspinals with spasm and flexion limited to 40 degrees.",
                    "On examination straight leg raise was positive on the left at 50 degrees, with decreased sensation over the left L5 dermatome.",
                    "Examination documented a normal gait, negative straight leg raise, intact sensation, 5/5 strength and symmetric reflexes.");
            case CERVICAL_SPINE -> List.of(
                    "Examination showed cervical paraspinal and upper trapezius tenderness with rotation limited to 60 degrees bilaterally.",
                    "Spurling's test was positive on the right, with decreased sensation in the C6 distribution.",
                    "The upper extremity neurologic examination was normal.");
            case SHOULDER -> List.of(
                    "Shoulder abduction was limited to 140 degrees with a positive Hawkins sign and 4/5 external rotation strength.",
                    "Examination showed a positive Neer impingement sign, painful arc and tenderness over the acromioclavicular joint.");
            case KNEE -> List.of(
                    "Examination showed a small effusion, medial joint line tenderness and a positive McMurray's test.",
                    "The knee was stable to ligamentous testing, with flexion to 120 degrees and crepitus with motion.");
            case HAND_WRIST -> List.of(
                    "Tinel's and Phalen's signs were positive at the wrist, with decreased two-point discrimination in the median distribution.",
                    "There was thenar atrophy and weakness of thumb abduction.");
            default -> List.of("Examination showed tenderness and a mildly antalgic gait.",
                    "Range of motion was mildly limited with pain at end range.");
        };
    }

    static List<String> imaging(BodyRegion region) {
        return switch (region) {
            case LUMBAR_SPINE -> List.of(
                    "MRI of the lumbar spine showed a 4 mm left paracentral disc protrusion at L4-5 abutting the traversing L5 nerve root.",
                    "MRI of the lumbar spine showed mild disc desiccation at L4-5 and L5-S1 with 2 mm bulges and no neural impingement.",
                    "Lumbar MRI showed facet arthropathy at L4-5 and L5-S1 without stenosis.");
            case CERVICAL_SPINE -> List.of(
                    "MRI of the cervical spine showed a 3 mm disc osteophyte complex at C5-6 with mild right foraminal narrowing.",
                    "Cervical MRI showed multilevel degenerative disc disease without cord compression.");
            case SHOULDER -> List.of("MRI of the shoulder showed supraspinatus tendinosis with a partial-thickness tear and a type II acromion.",
                    "MRI of the shoulder showed acromioclavicular joint arthrosis and subacromial bursitis.");
            case KNEE -> List.of("MRI of the knee showed a complex tear of the posterior horn of the medial meniscus.",
                    "MRI of the knee showed grade III chondromalacia of the patella and a degenerative meniscal signal.");
            case HAND_WRIST -> List.of("Electrodiagnostic studies showed moderate median neuropathy at the wrist.",
                    "X-rays of the wrist were normal.");
            default -> List.of("X-rays showed mild degenerative changes.");
        };
    }

    static List<String> diagnoses(BodyRegion region) {
        return switch (region) {
            case LUMBAR_SPINE -> List.of("lumbar disc protrusion", "lumbar radiculopathy", "lumbar sprain/strain", "chronic low back pain",
                    "lumbar facet syndrome", "lumbar degenerative disc disease", "lumbago", "lumbar myofascial pain");
            case CERVICAL_SPINE -> List.of("cervical sprain/strain", "cervical radiculopathy", "cervical disc herniation", "myofascial pain syndrome",
                    "cervical degenerative disc disease", "cervicogenic headaches");
            case THORACIC_SPINE -> List.of("thoracic sprain/strain", "thoracic myofascial pain");
            case SHOULDER -> List.of("rotator cuff tendinitis", "shoulder impingement syndrome", "partial rotator cuff tear",
                    "acromioclavicular joint arthrosis", "adhesive capsulitis");
            case KNEE -> List.of("medial meniscus tear", "internal derangement of the knee", "chondromalacia patella", "knee sprain/strain",
                    "osteoarthritis of the knee");
            case HAND_WRIST -> List.of("carpal tunnel syndrome", "wrist sprain/strain", "de Quervain's tenosynovitis", "trigger finger");
            case ELBOW -> List.of("lateral epicondylitis", "cubital tunnel syndrome");
            case FOOT_ANKLE -> List.of("ankle sprain/strain", "plantar fasciitis");
            case HIP -> List.of("hip sprain/strain", "trochanteric bursitis");
            default -> List.of("chronic pain syndrome");
        };
    }

    static final List<String> GENERAL_DIAGNOSES = List.of("chronic pain syndrome", "insomnia", "depression", "anxiety",
            "gastritis", "opioid dependence", "myofascial pain");

    /** Extra paragraphs a long rationale adds: the reviewer's reading of the records and of the utilization review. */
    static final List<String> RECORDS_REVIEWED = List.of(
            "The records reviewed include the treating physician's progress reports, the utilization review determination and the application for independent medical review.",
            "The utilization review physician non-certified the request, noting that the guideline criteria were not documented.",
            "The expert reviewer has considered the treating physician's appeal letter, which restates the patient's symptoms and the treatment plan.",
            "The most recent progress report is handwritten and partially illegible, but it documents the request and the reason for it.",
            "Several reports in the file are duplicates, and the expert reviewer relied on the most recent complete examination.",
            "The claims administrator's file includes a qualified medical evaluation that discusses future medical care in general terms.",
            "The patient's work status has not changed over the period covered by the records.",
            "The expert reviewer also considered the peer-reviewed literature cited by the treating physician, which does not change the analysis under the guidelines.");
}
