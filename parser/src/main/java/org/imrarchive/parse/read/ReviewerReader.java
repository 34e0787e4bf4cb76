package org.imrarchive.parse.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrarchive.letter.Reviewer;
import org.imrarchive.parse.normalize.SpecialtyNormalizer;
import org.imrarchive.parse.read.HeaderFields.Field;
import org.imrarchive.parse.text.SectionedLetter;
import org.imrarchive.parse.text.TextCleaner;

/**
 * The expert reviewer from the header's specialty and licensure fields, else from the sentences that describe
 * the reviewer ("The expert reviewer is Board Certified in X and is licensed to practice in Y."). Thread-safe.
 */
public final class ReviewerReader {

    /** A specialty as the letter words it and as the canonical list names it. */
    public record Specialty(String raw, String canonical) {
    }

    private static final Pattern BOARD_CERTIFIED = Pattern.compile(
            "(?i)\\b((?:is\\s+)?(?:Board[-\\s]Certified|certified\\s+by\\s+the\\s+American\\s+Board\\s+of|Diplomate\\s+of\\s+the\\s+American\\s+Board\\s+of|board\\s+certification\\s+in)\\s+(?:in\\s+)?[^.;\\n]{2,160}?)"
                    + "(?=\\s*,?\\s+and\\s+(?:is\\s+|are\\s+)?(?:licensed|has|holds|currently|is\\s+currently|practices|maintains)|\\s*,\\s*(?:and\\s+)?(?:is\\s+)?(?:licensed|has|holds|currently)|[.;]|\\s+who\\b|\\s+with\\s+(?:a\\s+)?(?:sub)?specialty|$)");
    private static final Pattern PROFESSION = Pattern.compile(
            "(?i)\\b(?:is\\s+an?\\s+|is\\s+)((?:Doctor\\s+of\\s+Chiropractic|Chiropractor|Chiropractic\\s+Physician|(?:California\\s+)?Licensed\\s+Acupuncturist|Acupuncturist|(?:Licensed\\s+)?Physical\\s+Therapist|Doctor\\s+of\\s+Physical\\s+Therapy"
                    + "|(?:Licensed\\s+)?(?:Clinical\\s+)?Psychologist|Pharmacist|Doctor\\s+of\\s+Pharmacy|(?:Licensed\\s+)?Nurse\\s+Practitioner|(?:Licensed\\s+)?Occupational\\s+Therapist)[^.;,\\n]{0,60}?)"
                    + "(?=\\s+and\\s+(?:is\\s+)?(?:licensed|has|holds)|\\s+(?:licensed|who)\\b|[.;,]|$)");
    private static final Pattern SPECIALTY_PHRASE = Pattern.compile(
            "(?i)\\b(?:specialty\\s+(?:is|of|in)|specializ(?:es|ing)\\s+in|specialist\\s+in|practic(?:es|ing)\\s+(?:in\\s+the\\s+(?:field|specialty)\\s+of|as\\s+an?)|trained\\s+in|is\\s+an?\\s+(?:practicing\\s+)?)\\s+([A-Z][^.;,\\n]{2,80}?)(?=\\s+and\\s+(?:is\\s+)?(?:licensed|has|holds)|\\s+(?:licensed|who)\\b|[.;,]|$)");
    private static final Pattern WHO_REVIEWED = Pattern.compile("(?i)\\b(?:the\\s+)?(?:independent\\s+)?([A-Za-z ]{3,60}?)\\s+who\\s+reviewed\\b");
    private static final Pattern REVIEWER_SENTENCE = Pattern.compile("(?i)\\b(?:expert|professional|physician|medical|IMR)?\\s*reviewer\\b");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.;]+$");
    private static final Pattern SPECIALTY_LEAD = Pattern.compile("(?i)^(?:is\\s+)?(?:board[-\\s]certified\\s+in\\s+|an?\\s+)");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=\\.)\\s+(?=[A-Z])");
    private static final Pattern LEADING_IS = Pattern.compile("(?i)^is\\s+");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?<=[.;])\\s+");
    private static final Pattern CLAUSE_END = Pattern.compile("(?i),|\\s+and\\s+(?:is\\s+)?licensed|\\s+licensed\\b|\\s+who\\b");
    private static final Pattern REVIEWER_LEAD = Pattern.compile("(?i)^(?:the\\s+)?(?:independent\\s+)?");

    private final SpecialtyNormalizer specialties;

    public ReviewerReader(SpecialtyNormalizer specialties) {
        this.specialties = specialties;
    }

    public SpecialtyNormalizer specialties() {
        return specialties;
    }

    private static final Pattern CREDENTIALS = Pattern.compile(
            "(?is)The\\s+Expert\\s+Reviewer\\s+has\\s+the\\s+following\\s+credentials\\s*:\\s*"
                    + "State\\(s\\)\\s+of\\s+Licensure\\s*:\\s*(.*?)\\s*Certification\\(s\\)\\s*/\\s*Specialty\\s*:\\s*(.*?)\\s*(?:\\n[ \\t]*\\n|$)");
    private static final Pattern LIST_COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern AMPERSAND = Pattern.compile("\\s*&\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The specialty areas of Preventive Medicine: "Preventive Medicine, Occupational Medicine" is an occupational physician. */
    private static final List<String> PREVENTIVE_AREAS = List.of("Occupational Medicine", "Aerospace Medicine",
            "Public Health and General Preventive Medicine");

    /**
     * The credentials block of the 2016-17 letters ("The Expert Reviewer has the following credentials:" / "State(s) of
     * Licensure: …" / "Certification(s)/Specialty: …", values may wrap), else as {@link #read}.
     */
    public Reviewer readCredentials(SectionedLetter doc, Header header, List<String> warnings) {
        int at = doc.text().indexOf("following credentials");
        Matcher m = CREDENTIALS.matcher(doc.text());
        // the block ends at the next heading (CLINICAL CASE SUMMARY) where no blank line comes first
        if (at < 0 || !m.region(Math.max(0, at - 40), blockEnd(doc, at)).find()) {
            return read(doc, header, warnings);
        }
        String raw = SPACES.matcher(m.group(2)).replaceAll(" ").strip();
        raw = TRAILING_STOPS.matcher(raw).replaceAll("").strip();
        List<String> licensure = Prose.statesIn(SPACES.matcher(m.group(1)).replaceAll(" "));
        List<String> certifications = new ArrayList<>();
        String specialty = null;
        List<String> boards = List.of(LIST_COMMA.split(raw));
        for (int i = 0; i < boards.size(); i++) {
            String written = AMPERSAND.matcher(boards.get(i)).replaceAll(" and ").strip();
            String area = preventiveArea(written);
            String canonical = area != null ? area : specialties.normalize(written);
            if (canonical == null) {
                // a board the list does not name (Medical Toxicology, Hospice and Palliative Medicine): kept as written
                canonical = written.isEmpty() ? null : written;
            }
            if (canonical == null) {
                continue;
            }
            if (!certifications.contains(canonical)) {
                certifications.add(canonical);
            }
            if (specialty == null) {
                specialty = canonical;
            } else if (i == 1 && "Preventive Medicine".equals(specialty) && area != null) {
                specialty = area;
            }
        }
        if (specialty == null) {
            warnings.add("no reviewer specialty found");
        }
        if (licensure.isEmpty()) {
            warnings.add("no reviewer licensure found");
        }
        return new Reviewer(specialty, raw.isEmpty() ? null : raw, certifications, licensure);
    }

    private static int blockEnd(SectionedLetter doc, int from) {
        for (SectionedLetter.Mark mark : doc.marks()) {
            if (mark.start() > from) {
                return mark.start();
            }
        }
        return doc.text().length();
    }

    private static String preventiveArea(String written) {
        for (String area : PREVENTIVE_AREAS) {
            if (written.equalsIgnoreCase(area)) {
                return area;
            }
        }
        return null;
    }

    public Reviewer read(SectionedLetter doc, Header header, List<String> warnings) {
        String specialty = null;
        String raw = null;
        List<String> licensure = new ArrayList<>();
        String specField = header.get(Field.SPECIALTY);
        if (specField != null) {
            raw = TRAILING_STOPS.matcher(specField).replaceAll("").strip();
            specialty = specialties.normalize(raw);
        }
        String licField = header.get(Field.LICENSURE);
        if (licField != null) {
            licensure.addAll(Prose.statesIn(licField));
        }
        String qual = qualificationsText(doc);
        if (qual != null) {
            if (specialty == null) {
                Specialty found = specialtyFrom(qual);
                if (found != null) {
                    raw = found.raw();
                    specialty = found.canonical();
                }
            }
            if (licensure.isEmpty()) {
                licensure.addAll(Prose.licensure(qual));
            }
        }
        if (specialty == null && raw != null) {
            // a profession or specialty not in the list: keep the letter's words
            specialty = SPECIALTY_LEAD.matcher(raw).replaceFirst("").strip();
            warnings.add("reviewer specialty not in the canonical list: " + raw);
        }
        if (specialty == null) {
            warnings.add("no reviewer specialty found");
        }
        if (licensure.isEmpty()) {
            warnings.add("no reviewer licensure found");
        }
        return new Reviewer(specialty, raw, licensure);
    }

    /** Text that describes the reviewer: the qualifications section, the "how the determination was made" section, or the reviewer sentences. */
    public static String qualificationsText(SectionedLetter doc) {
        StringBuilder b = new StringBuilder();
        String q = doc.body(SectionedLetter.Heading.QUALIFICATIONS);
        if (q != null) {
            b.append(TextCleaner.reflow(q)).append(' ');
        }
        String how = doc.body(SectionedLetter.Heading.HOW_MADE);
        if (how != null) {
            b.append(TextCleaner.reflow(how)).append(' ');
        }
        if (b.length() == 0) {
            // sentences about the reviewer anywhere
            String flat = TextCleaner.reflow(doc.text());
            for (String s : SENTENCE_BREAK.split(flat)) {
                if (REVIEWER_SENTENCE.matcher(s).find() && (s.contains("ertified") || s.contains("icensed") || s.contains("pecialty"))) {
                    b.append(s).append(' ');
                }
            }
        }
        String s = b.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** The specialty the qualifications prose names, or null. */
    Specialty specialtyFrom(String qual) {
        Matcher m = BOARD_CERTIFIED.matcher(qual);
        while (m.find()) {
            String raw = LEADING_IS.matcher(m.group(1)).replaceFirst("").strip();
            String canon = specialties.normalize(raw);
            if (canon != null) {
                return new Specialty(raw, canon);
            }
        }
        Matcher p = PROFESSION.matcher(qual);
        if (p.find()) {
            String raw = p.group(1).strip();
            String canon = specialties.normalize(raw);
            if (canon != null) {
                return new Specialty(raw, canon);
            }
        }
        Matcher s = SPECIALTY_PHRASE.matcher(qual);
        while (s.find()) {
            String raw = s.group(1).strip();
            String canon = specialties.normalize(raw);
            if (canon != null) {
                return new Specialty(raw, canon);
            }
        }
        // "Doctor of Chiropractic, licensed in California"; "The independent Chiropractor who reviewed this case ..."
        for (String sentence : CLAUSE_BREAK.split(qual)) {
            String clause = CLAUSE_END.split(sentence)[0];
            String canon = specialties.normalize(clause);
            if (canon == null) {
                Matcher who = WHO_REVIEWED.matcher(sentence);
                if (who.find()) {
                    clause = who.group(1);
                    canon = specialties.normalize(clause);
                }
            }
            if (canon != null) {
                String raw = REVIEWER_LEAD.matcher(TRAILING_STOPS.matcher(clause.strip()).replaceAll("")).replaceFirst("");
                return new Specialty(raw, canon);
            }
        }
        return null;
    }
}
