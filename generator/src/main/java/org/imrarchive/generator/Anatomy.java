package org.imrarchive.generator;

import java.util.ArrayList;
import java.util.List;

import org.imrarchive.letter.BodyRegion;

/** How letters name body parts and spinal levels. */
final class Anatomy {
    private Anatomy() {
    }

    /** Words of a level pair as written ("L4-L5" or "L4-5") and as normalised ("L4-5"). */
    record Levels(String written, List<String> normalised) {
    }

    private static final String[][] LUMBAR = {{"L3", "4"}, {"L4", "5"}, {"L5", "S1"}};
    private static final String[][] CERVICAL = {{"C4", "5"}, {"C5", "6"}, {"C6", "7"}};

    /** {@code count} adjacent levels of the lumbar or cervical spine, written in one of the ways letters write them. */
    static Levels spinal(Draw draw, BodyRegion region, int count) {
        String[][] table = region == BodyRegion.CERVICAL_SPINE ? CERVICAL : LUMBAR;
        // the usual levels are the lower ones; start so that count adjacent levels fit
        int maxStart = table.length - count;
        int start = region == BodyRegion.CERVICAL_SPINE ? draw.between(0, maxStart) : Math.min(maxStart, draw.pick(0, 1, 1, 2));
        boolean longForm = draw.chance(0.35);
        List<String> written = new ArrayList<>();
        List<String> normalised = new ArrayList<>();
        for (int i = start; i < start + count; i++) {
            String upper = table[i][0];
            String lower = table[i][1];
            String letter = upper.substring(0, 1);
            boolean sacral = lower.startsWith("S");
            normalised.add(upper + "-" + lower);
            written.add(sacral ? upper + "-" + lower : upper + "-" + (longForm ? letter + lower : lower));
        }
        String text;
        if (written.size() == 1) {
            text = written.get(0);
        } else if (written.size() == 2) {
            text = draw.chance(0.5) ? written.get(0) + ", " + written.get(1) : written.get(0) + " and " + written.get(1);
        } else {
            text = String.join(", ", written);
        }
        return new Levels(text, normalised);
    }

    /** "lumbar spine", "right shoulder", "low back" ... for a region. */
    static String part(Draw draw, BodyRegion region) {
        String side = draw.chance(0.5) ? "right " : "left ";
        return switch (region) {
            case LUMBAR_SPINE -> draw.pick("lumbar spine", "lumbar spine", "low back");
            case CERVICAL_SPINE -> draw.pick("cervical spine", "cervical spine", "neck");
            case THORACIC_SPINE -> "thoracic spine";
            case SHOULDER -> side + "shoulder";
            case KNEE -> side + "knee";
            case HIP -> side + "hip";
            case HAND_WRIST -> side + draw.pick("wrist", "hand");
            case ELBOW -> side + "elbow";
            case FOOT_ANKLE -> side + draw.pick("ankle", "foot");
            case HEAD -> "head";
            default -> "lumbar spine";
        };
    }

    /** The side-less name of a limb region, for the summary's complaint sentence. */
    static String plain(BodyRegion region) {
        return switch (region) {
            case LUMBAR_SPINE -> "low back";
            case CERVICAL_SPINE -> "neck";
            case THORACIC_SPINE -> "mid back";
            case SHOULDER -> "shoulder";
            case KNEE -> "knee";
            case HIP -> "hip";
            case HAND_WRIST -> "wrist";
            case ELBOW -> "elbow";
            case FOOT_ANKLE -> "ankle";
            default -> "back";
        };
    }
}
