package org.imrarchive.generator;

import org.imrarchive.letter.BodyRegion;

/** The guideline chapters a reviewer turns to for each body region (ACOEM 2nd edition, ODG, Postsurgical). */
final class Guidelines {
    private Guidelines() {
    }

    static String acoemTitle(int chapter) {
        return switch (chapter) {
            case 3 -> "Initial Approaches to Treatment";
            case 5 -> "Cornerstones of Disability Prevention and Management";
            case 6 -> "Pain, Suffering, and the Restoration of Function";
            case 7 -> "Independent Medical Examinations and Consultations";
            case 8 -> "Neck and Upper Back Complaints";
            case 9 -> "Shoulder Complaints";
            case 10 -> "Elbow Disorders";
            case 11 -> "Forearm, Wrist, and Hand Complaints";
            case 12 -> "Low Back Complaints";
            case 13 -> "Knee Complaints";
            case 14 -> "Ankle and Foot Complaints";
            case 15 -> "Stress Related Conditions";
            default -> throw new IllegalArgumentException("no ACOEM chapter " + chapter);
        };
    }

    static int acoemChapter(BodyRegion region) {
        return switch (region) {
            case CERVICAL_SPINE, THORACIC_SPINE -> 8;
            case SHOULDER -> 9;
            case ELBOW -> 10;
            case HAND_WRIST -> 11;
            case KNEE, HIP -> 13;
            case FOOT_ANKLE -> 14;
            default -> 12;
        };
    }

    /** Pages of the region's ACOEM chapter on special studies (imaging, electrodiagnostics). */
    static String acoemImagingPages(BodyRegion region) {
        return switch (acoemChapter(region)) {
            case 8 -> "177-178";
            case 9 -> "207-209";
            case 10 -> "33-34";
            case 11 -> "268-269";
            case 13 -> "341-343";
            case 14 -> "374-375";
            default -> "303-304";
        };
    }

    /** Pages of the region's ACOEM chapter on surgical considerations. */
    static String acoemSurgeryPages(BodyRegion region) {
        return switch (acoemChapter(region)) {
            case 8 -> "180-181";
            case 9 -> "209-211";
            case 10 -> "36-37";
            case 11 -> "270-271";
            case 13 -> "344-345";
            case 14 -> "374-375";
            default -> "305-307";
        };
    }

    /** Pages of the region's ACOEM chapter on physical methods and activity. */
    static String acoemTreatmentPages(BodyRegion region) {
        return switch (acoemChapter(region)) {
            case 8 -> "173-175";
            case 9 -> "203-204";
            case 10 -> "27-29";
            case 11 -> "264-266";
            case 13 -> "337-339";
            case 14 -> "369-371";
            default -> "298-300";
        };
    }

    static String odgChapter(BodyRegion region) {
        return switch (region) {
            case CERVICAL_SPINE, THORACIC_SPINE -> "Neck and Upper Back";
            case SHOULDER -> "Shoulder";
            case ELBOW -> "Elbow";
            case HAND_WRIST -> "Forearm, Wrist & Hand";
            case KNEE -> "Knee & Leg";
            case HIP -> "Hip & Pelvis";
            case FOOT_ANKLE -> "Ankle & Foot";
            case HEAD -> "Head";
            default -> "Low Back";
        };
    }

    /** Postsurgical Treatment Guidelines: the body part heading and its page. */
    static Cite postsurgical(BodyRegion region) {
        return switch (region) {
            case SHOULDER -> Cite.postsurgical("Shoulder", "27");
            case KNEE -> Cite.postsurgical("Knee", "24-25");
            case HAND_WRIST -> Cite.postsurgical("Carpal Tunnel Syndrome", "15-16");
            case CERVICAL_SPINE -> Cite.postsurgical("Neck & Upper Back", "26");
            default -> Cite.postsurgical("Low Back", "25-26");
        };
    }
}
