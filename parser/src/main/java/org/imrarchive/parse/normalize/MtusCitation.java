package org.imrarchive.parse.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrarchive.letter.Guideline;
import org.imrarchive.letter.GuidelineSource;

/**
 * An MTUS citation that names the MTUS part by title and year, as the 2016-17 letters do: "MTUS Neck and Upper Back
 * Complaints 2004, Section(s): Special Studies", several parts joined by ", and". The 2004 body-part and general
 * chapters are the ACOEM chapters adopted into the MTUS (source MTUS_ACOEM, chapter number filled in); Chronic
 * Pain and Postsurgical have their own sources; Acupuncture and Opioids are MTUS_OTHER. Thread-safe.
 */
public final class MtusCitation {

    /** A part of the MTUS as the letters name it: its source, its ACOEM chapter (null when none or several) and title. */
    private record Part(GuidelineSource source, String chapter, String title) {
    }

    private static final String PART_NAMES = "General\\s+Approaches|Neck\\s+and\\s+Upper\\s+Back\\s+Complaints|Shoulder\\s+Complaints"
            + "|Elbow\\s+(?:Disorders|Complaints)|Forearm,?\\s+Wrist,?\\s+and\\s+Hand\\s+Complaints|Low\\s+Back\\s+Complaints"
            + "|Knee\\s+Complaints|Ankle\\s+and\\s+Foot\\s+Complaints|Stress[-\\s]Related\\s+Conditions|Eye(?:\\s+Complaints)?"
            + "|Chronic\\s+Pain\\s+Medical\\s+Treatment|Postsurgical\\s+Treatment|Post-surgical\\s+Treatment"
            + "|Acupuncture\\s+(?:Medical\\s+)?Treatment|Opioids?\\s+Treatment";
    private static final Pattern PART = Pattern.compile("(?i)(" + PART_NAMES + ")\\s+((?:19|20)\\d{2})(?:\\s+Guidelines?)?");
    private static final Pattern LEAD = Pattern.compile(
            "(?i)^(?:Decision\\s+based\\s+on\\s+)?(?:the\\s+)?(?:CA\\s+|California\\s+)?MTUS\\s+(?=(?:" + PART_NAMES + ")\\s+(?:19|20)\\d{2})");
    private static final Pattern SECTION = Pattern.compile("(?i)^,?\\s*Sections?\\(?s?\\)?\\s*:\\s*");
    private static final Pattern NEXT_PART = Pattern.compile("(?i),?\\s+and\\s+(?=(?:" + PART_NAMES + ")\\s+(?:19|20)\\d{2})");
    private static final Pattern TRAILING = Pattern.compile("[\\s.,;:]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The general chapters 1-7, by title: a General Approaches section that names one gives its number. */
    private static final Map<String, String> GENERAL_CHAPTERS = Map.of(
            "prevention", "1",
            "general approach to initial assessment and documentation", "2",
            "initial approaches to treatment", "3",
            "work-relatedness", "4",
            "cornerstones of disability prevention and management", "5",
            "pain, suffering, and the restoration of function", "6",
            "independent medical examinations and consultations", "7");

    private MtusCitation() {
    }

    /**
     * The citations of one sentence when it cites the MTUS by part title and year; empty when it does not (the
     * sentence is then read the older ways).
     *
     * @param keepLeadIn keep "Decision based on" in {@code raw} (the claims administrator's sentences)
     */
    public static Optional<List<Guideline>> read(String sentence, boolean keepLeadIn) {
        String s = sentence.strip();
        Matcher lead = LEAD.matcher(s);
        if (!lead.lookingAt()) {
            return Optional.empty();
        }
        int citationStart = keepLeadIn ? 0 : s.toLowerCase(Locale.ROOT).indexOf("mtus");
        List<Guideline> out = new ArrayList<>();
        int pos = lead.end();
        while (pos < s.length()) {
            Matcher part = PART.matcher(s).region(pos, s.length());
            if (!part.lookingAt()) {
                break;
            }
            Matcher next = NEXT_PART.matcher(s).region(part.end(), s.length());
            int end = next.find() ? next.start() : s.length();
            String section = null;
            Matcher sec = SECTION.matcher(s).region(part.end(), end);
            if (sec.lookingAt()) {
                section = TRAILING.matcher(s.substring(sec.end(), end)).replaceAll("").strip();
                section = section.isEmpty() ? null : SPACES.matcher(section).replaceAll(" ");
            }
            Part p = part(part.group(1), section);
            String raw = TRAILING.matcher(s.substring(out.isEmpty() ? citationStart : pos, end)).replaceAll("");
            out.add(new Guideline(p.source(), p.chapter(), p.title(), section, null, raw));
            if (end >= s.length()) {
                break;
            }
            pos = next.end();
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private static Part part(String name, String section) {
        String n = SPACES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (n.startsWith("general approaches")) {
            String chapter = section == null ? null : GENERAL_CHAPTERS.get(section.toLowerCase(Locale.ROOT));
            return new Part(GuidelineSource.MTUS_ACOEM, chapter, "General Approaches");
        }
        if (n.startsWith("neck")) {
            return new Part(GuidelineSource.MTUS_ACOEM, "8", "Neck and Upper Back Complaints");
        }
        if (n.startsWith("shoulder")) {
            return new Part(GuidelineSource.MTUS_ACOEM, "9", "Shoulder Complaints");
        }
        if (n.startsWith("elbow")) {
            return new Part(GuidelineSource.MTUS_ACOEM, "10", "Elbow Disorders");
        }
        if (n.startsWith("forearm")) {
            return new Part(GuidelineSource.MTUS_ACOEM, "11", "Forearm, Wrist, and Hand Complaints");
        }
        if (n.startsWith("low back")) {
            return new Part(GuidelineSource.MTUS_ACOEM, "12", "Low Back Complaints");
        }
        if (n.startsWith("knee")) {
            return new Part(GuidelineSource.MTUS_ACOEM, "13", "Knee Complaints");
        }
        if (n.startsWith("ankle")) {
            return new Part(GuidelineSource.MTUS_ACOEM, "14", "Ankle and Foot Complaints");
        }
        if (n.startsWith("stress")) {
            return new Part(GuidelineSource.MTUS_ACOEM, "15", "Stress Related Conditions");
        }
        if (n.startsWith("eye")) {
            return new Part(GuidelineSource.MTUS_ACOEM, "16", "Eye");
        }
        if (n.startsWith("chronic pain")) {
            return new Part(GuidelineSource.MTUS_CHRONIC_PAIN, null, "Chronic Pain Medical Treatment");
        }
        if (n.startsWith("post")) {
            return new Part(GuidelineSource.MTUS_POSTSURGICAL, null, "Postsurgical Treatment");
        }
        if (n.startsWith("acupuncture")) {
            return new Part(GuidelineSource.MTUS_OTHER, null, "Acupuncture Medical Treatment");
        }
        return new Part(GuidelineSource.MTUS_OTHER, null, "Opioids Treatment");
    }
}
