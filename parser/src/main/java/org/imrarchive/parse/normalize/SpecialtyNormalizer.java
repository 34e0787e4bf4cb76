package org.imrarchive.parse.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the letter's words for the reviewer ("Board Certified in Orthopaedic Surgery", "Orthopedic Surgery",
 * "Doctor of Chiropractic", "Licensed Acupuncturist") to a canonical name of {@code specialties.txt}.
 * The canonical list is loaded from the classpath once; aliases are below. Thread-safe.
 */
public final class SpecialtyNormalizer {

    /** Alias regex (case-insensitive) -> canonical name. Canonical names themselves are matched too. */
    private static final String[][] ALIASES = {
            {"orthop(?:a)?edic(?:s|\\s+surgery|\\s+surgeon)?|orthop(?:a)?edist", "Orthopaedic Surgery"},
            {"physical\\s+medicine\\s*(?:&|and)\\s*rehabilitation|PM\\s*&\\s*R|PMR|physiatry|physiatrist|rehabilitation\\s+medicine", "Physical Medicine and Rehabilitation"},
            {"neuro-?surgery|neurosurgeon|neurological\\s+surgeon", "Neurological Surgery"},
            {"family\\s+(?:practice|medicine|physician)|general\\s+practice", "Family Medicine"},
            {"internist|internal\\s+medicine", "Internal Medicine"},
            {"pain\\s+(?:management|medicine)|interventional\\s+pain", "Pain Medicine"},
            {"anesthesiology|anesthesia|anaesthesiology|anesthesiologist", "Anesthesiology"},
            {"occupational\\s+(?:and\\s+environmental\\s+)?medicine", "Occupational Medicine"},
            {"preventive\\s+medicine|preventative\\s+medicine", "Preventive Medicine"},
            {"sports\\s+medicine", "Sports Medicine"},
            {"emergency\\s+medicine", "Emergency Medicine"},
            {"hand\\s+surgery|surgery\\s+of\\s+the\\s+hand", "Hand Surgery"},
            {"plastic(?:\\s+and\\s+reconstructive)?\\s+surgery", "Plastic Surgery"},
            {"thoracic\\s+surgery|cardiothoracic\\s+surgery", "Thoracic Surgery"},
            {"colon\\s+and\\s+rectal\\s+surgery", "Colon and Rectal Surgery"},
            {"general\\s+surgery|general\\s+surgeon", "Surgery"},
            {"neurology|neurologist", "Neurology"},
            {"psychiatry|psychiatrist", "Psychiatry"},
            {"rheumatology|rheumatologist", "Rheumatology"},
            {"dermatology|dermatologist", "Dermatology"},
            {"radiology|radiologist", "Radiology"},
            {"urology|urologist", "Urology"},
            {"cardiology|cardiologist|cardiovascular\\s+disease", "Cardiology"},
            {"endocrinology(?:,?\\s+diabetes(?:,?\\s+and\\s+metabolism)?)?|endocrinologist", "Endocrinology"},
            {"gastroenterology|gastroenterologist", "Gastroenterology"},
            {"pulmonary(?:\\s+(?:disease|medicine))?|pulmonology|pulmonologist", "Pulmonary Medicine"},
            {"otolaryngology|otorhinolaryngology|ENT", "Otolaryngology"},
            {"ophthalmology|ophthalmologist", "Ophthalmology"},
            {"obstetrics\\s+(?:and|&)\\s+gynecology|OB/?GYN", "Obstetrics and Gynecology"},
            {"allergy\\s+(?:and|&)\\s+immunology", "Allergy and Immunology"},
            {"pediatrics|pediatrician", "Pediatrics"},
            {"pathology|pathologist", "Pathology"},
            {"nuclear\\s+medicine", "Nuclear Medicine"},
            {"medical\\s+genetics", "Medical Genetics and Genomics"},
            {"chiropractic|chiropractor|D\\.\\s?C\\.", "Chiropractor"},
            {"acupunctur(?:e|ist)|L\\.\\s?Ac\\.?|oriental\\s+medicine", "Acupuncturist"},
            {"physical\\s+therap(?:y|ist)|D\\.?P\\.?T\\.?|physiotherap(?:y|ist)", "Physical Therapist"},
            {"occupational\\s+therap(?:y|ist)", "Occupational Therapist"},
            {"psycholog(?:y|ist)|Psy\\.?D\\.?", "Psychologist"},
            {"pharmac(?:y|ist)|Pharm\\.?\\s?D\\.?", "Pharmacist"},
            {"nurse\\s+practitioner|N\\.P\\.", "Nurse Practitioner"},
            {"surgery|surgeon", "Surgery"},
    };

    private final List<String> canonical;
    private final Pattern all;
    private final List<String> groupToCanonical = new ArrayList<>();
    private final List<String> groupNames = new ArrayList<>();
    private final boolean groupsNumbered;

    public SpecialtyNormalizer() {
        this.canonical = loadCanonical();
        Map<String, String> patterns = new LinkedHashMap<>();
        // canonical names first, longest first, so "Physical Medicine and Rehabilitation" beats "Medicine"
        List<String> byLength = new ArrayList<>(canonical);
        byLength.sort((a, b) -> b.length() - a.length());
        for (String c : byLength) {
            patterns.put(Pattern.quote(c), c);
        }
        for (String[] a : ALIASES) {
            if (!canonical.contains(a[1])) {
                throw new IllegalStateException("alias target not canonical: " + a[1]);
            }
            patterns.put(a[0], a[1]);
        }
        // every alternative starts with \\b: stating it once up front rejects positions inside words in one test
        // instead of one per alternative
        StringBuilder b = new StringBuilder("(?i)\\b(?:");
        int g = 0;
        for (Map.Entry<String, String> e : patterns.entrySet()) {
            if (g > 0) {
                b.append('|');
            }
            b.append("(?<g").append(g).append(">\\b(?:").append(e.getKey()).append(")(?![A-Za-z]))");
            groupToCanonical.add(e.getValue());
            groupNames.add("g" + g);
            g++;
        }
        b.append(')');
        this.all = Pattern.compile(b.toString());
        // the named groups are the only capturing groups (aliases use (?:...)), so g<i> is group i + 1: asking by
        // number avoids a name lookup per alternative per match
        this.groupsNumbered = all.matcher("").groupCount() == groupNames.size();
    }

    private static List<String> loadCanonical() {
        List<String> out = new ArrayList<>();
        try (InputStream in = SpecialtyNormalizer.class.getResourceAsStream("/org/imrarchive/parse/specialties.txt")) {
            if (in == null) {
                throw new IllegalStateException("specialties.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    public List<String> canonicalNames() {
        return canonical;
    }

    /**
     * The canonical specialty named earliest in the text (the longest name at that place), or null.
     * "Board Certified in Anesthesiology with a subspecialty in Pain Medicine" is Anesthesiology.
     */
    public String normalize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = all.matcher(text);
        int bestStart = Integer.MAX_VALUE;
        int bestLen = -1;
        String best = null;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int start = m.start();
            if (start > bestStart) {
                break;
            }
            int len = m.end() - m.start();
            for (int i = 0; i < groupToCanonical.size(); i++) {
                if ((groupsNumbered ? m.start(i + 1) : m.start(groupNames.get(i))) >= 0) {
                    if (start < bestStart || len > bestLen) {
                        bestStart = start;
                        bestLen = len;
                        best = groupToCanonical.get(i);
                    }
                    break;
                }
            }
            from = start + 1;
            if (from > bestStart) {
                break;
            }
        }
        return best;
    }
}
