package org.imrarchive.parse.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.Procedure;
import org.imrarchive.letter.ProcedureCategory;
import org.imrarchive.parse.text.Ascii;

/**
 * Normalises a disputed item ("Lumbar discogram L3-4, L4-5, L5-S1") to a {@link Procedure}: canonical name and
 * category from the catalog {@code procedures.tsv} (first matching row wins), body region from the item's words
 * and spinal levels (several regions are MULTIPLE), spinal levels written the one way ("L4-L5" is "L4-5").
 * The catalog is read once at construction; thread-safe.
 */
public final class ProcedureNormalizer {

    /** One catalog row. */
    public record Entry(Pattern pattern, String name, ProcedureCategory category, BodyRegion defaultRegion) {
    }

    /**
     * A catalog row and the lower-case literals one of which every match of its pattern contains (null: no such list,
     * always try the pattern). Most rows are alternations of drug or procedure names, so an item is tested against a
     * few {@code indexOf} calls instead of 130 case-insensitive regexes.
     */
    private record Indexed(Entry entry, String[] literals) {
        boolean mayMatch(String lowerItem) {
            if (literals == null) {
                return true;
            }
            for (String l : literals) {
                if (lowerItem.contains(l)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The result: the procedure, and whether the catalog knew it. */
    public record Result(Procedure procedure, boolean recognised) {
    }

    private static final Pattern LEVEL_PAIR = Pattern.compile(
            "(?<![A-Za-z0-9])([CTLS])\\s?(\\d{1,2})\\s?(?:-|/|to|through)\\s?([CTLS])?\\s?(\\d{1,2})(?![0-9])");
    private static final Pattern LEVEL_SINGLE = Pattern.compile("(?<![A-Za-z0-9/#-])([CTLS])(\\d{1,2})(?![0-9/%]|\\s?mg)(?!-)");

    private static final Object[][] REGION_WORDS = {
            {Pattern.compile("(?i)\\b(?:lumbar|lumbo-?sacral|low(?:er)?\\s+back|l-?spine|sacroiliac|SI\\s+joints?|sacral|sacrum|coccyx|back)\\b"), BodyRegion.LUMBAR_SPINE},
            {Pattern.compile("(?i)\\b(?:cervical|neck|c-?spine|cervicothoracic)\\b"), BodyRegion.CERVICAL_SPINE},
            {Pattern.compile("(?i)\\b(?:thoracic|t-?spine|mid[-\\s]?back|upper\\s+back|thoracolumbar)\\b"), BodyRegion.THORACIC_SPINE},
            {Pattern.compile("(?i)\\b(?:shoulders?|rotator\\s+cuff|subacromial|acromio\\w*|glenohumeral|clavic\\w*)\\b"), BodyRegion.SHOULDER},
            {Pattern.compile("(?i)\\b(?:knees?|menisc\\w*|patell\\w*|ACL|tibial?|femoral\\s+condyle)\\b"), BodyRegion.KNEE},
            {Pattern.compile("(?i)\\b(?:hips?|acetabul\\w*|femoral\\s+head)\\b"), BodyRegion.HIP},
            {Pattern.compile("(?i)\\b(?:hands?|wrists?|fingers?|thumbs?|carpal|metacarpal\\w*|de\\s+quervain\\w*|digits?)\\b"), BodyRegion.HAND_WRIST},
            {Pattern.compile("(?i)\\b(?:elbows?|epicondyl\\w*|cubital|olecranon)\\b"), BodyRegion.ELBOW},
            {Pattern.compile("(?i)\\b(?:foot|feet|ankles?|heels?|plantar|toes?|achilles|calcane\\w*)\\b"), BodyRegion.FOOT_ANKLE},
            {Pattern.compile("(?i)\\b(?:head|brain|skull|TMJ|temporomandibular|jaw|face|facial|dental|teeth|occipital)\\b"), BodyRegion.HEAD},
    };

    /** Both arms or both legs ("bilateral upper extremities"), or arms and legs: several regions. */
    private static final Pattern BOTH_LIMBS = Pattern.compile(
            "(?i)\\b(?:bilateral\\s+(?:upper|lower)\\s+extremit(?:y|ies)|(?:upper|lower)\\s+extremities|(?:upper\\s+and\\s+lower|all(?:\\s+four)?)\\s+extremities|BUE|BLE)\\b");
    private static final Pattern CLEAN_LEAD = Pattern.compile("(?i)^(?:the\\s+)?(?:(?:retrospective|prospective)\\s+)?(?:request(?:ed)?\\s+(?:for\\s+)?|requested\\s+)?");

    // regexes of per-item and per-line steps, compiled once (String.replaceAll / matches / split compile on every call)
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s.:;,]+$");

    private final List<Entry> catalog;
    private final Indexed[] indexed;

    public ProcedureNormalizer() {
        this.catalog = loadCatalog();
        this.indexed = new Indexed[catalog.size()];
        for (int i = 0; i < indexed.length; i++) {
            Entry e = catalog.get(i);
            indexed[i] = new Indexed(e, requiredLiterals(e.pattern().pattern()));
        }
    }

    /**
     * For a regex whose top-level alternatives each start (after any {@code \b}) with a run of letters or digits:
     * those leading runs, lower-cased (a character made optional by a following {@code ?}, {@code *} or {@code {}
     * is left off). Any match contains one of them, case-insensitively. Null for any other shape.
     */
    static String[] requiredLiterals(String regex) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0 || inClass) {
            return null;
        }
        alternatives.add(regex.substring(start));
        String[] out = new String[alternatives.size()];
        for (int k = 0; k < out.length; k++) {
            String a = alternatives.get(k);
            int i = 0;
            while (a.startsWith("\\b", i)) {
                i += 2;
            }
            int runStart = i;
            while (i < a.length() && isAsciiLetterOrDigit(a.charAt(i))) {
                i++;
            }
            int runEnd = i;
            if (i < a.length() && (a.charAt(i) == '?' || a.charAt(i) == '*' || a.charAt(i) == '{')) {
                runEnd--; // the last character is optional
            }
            if (runEnd <= runStart) {
                return null;
            }
            out[k] = a.substring(runStart, runEnd).toLowerCase(Locale.ROOT);
        }
        return out;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    public List<Entry> catalog() {
        return catalog;
    }

    private static List<Entry> loadCatalog() {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = ProcedureNormalizer.class.getResourceAsStream("/org/imrarchive/parse/procedures.tsv")) {
            if (in == null) {
                throw new IllegalStateException("procedures.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4) {
                    throw new IllegalStateException("procedures.tsv line " + no + ": expected 4 tab-separated fields");
                }
                BodyRegion region = "-".equals(f[3].strip()) ? null : BodyRegion.valueOf(f[3].strip());
                out.add(new Entry(Pattern.compile(f[0], Pattern.CASE_INSENSITIVE), f[1].strip(),
                        ProcedureCategory.valueOf(f[2].strip()), region));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    public Result normalize(String item) {
        if (item == null || item.isBlank()) {
            return new Result(new Procedure(null, ProcedureCategory.OTHER, null, List.of()), false);
        }
        List<String> levels = levels(item);
        Entry hit = null;
        String lowerItem = Ascii.toLower(item); // the patterns fold ASCII case only; so does this
        for (Indexed ix : indexed) {
            if (ix.mayMatch(lowerItem) && ix.entry().pattern().matcher(item).find()) {
                hit = ix.entry();
                break;
            }
        }
        BodyRegion region = region(item, levels);
        if (hit == null) {
            return new Result(new Procedure(cleanName(item), ProcedureCategory.OTHER, region, levels), false);
        }
        if (hit.category() == ProcedureCategory.MEDICATION) {
            // a drug has no body region, even when the item says where it is applied
            region = null;
        } else if (region == null) {
            region = hit.defaultRegion();
        }
        return new Result(new Procedure(hit.name(), hit.category(), region, levels), true);
    }

    /** Spinal levels as the letters mean them: "L4-L5" and "L4/5" are "L4-5", "L5-S1" stays. */
    public static List<String> levels(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = LEVEL_PAIR.matcher(text);
        while (m.find()) {
            String a = m.group(1);
            int n1 = Integer.parseInt(m.group(2));
            String b = m.group(3) == null ? a : m.group(3);
            int n2 = Integer.parseInt(m.group(4));
            if (!validLevel(a, n1) || !validLevel(b, n2)) {
                continue;
            }
            out.add(a.equals(b) ? a + n1 + "-" + n2 : a + n1 + "-" + b + n2);
        }
        if (out.isEmpty()) {
            Matcher s = LEVEL_SINGLE.matcher(text);
            while (s.find()) {
                int n = Integer.parseInt(s.group(2));
                if (validLevel(s.group(1), n)) {
                    out.add(s.group(1) + n);
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean validLevel(String letter, int n) {
        return switch (letter) {
            case "C" -> n >= 1 && n <= 8;
            case "T" -> n >= 1 && n <= 12;
            case "L" -> n >= 1 && n <= 6;
            case "S" -> n >= 1 && n <= 5;
            default -> false;
        };
    }

    /** Body region from the item's words and levels; several regions are MULTIPLE; none is null. */
    public static BodyRegion region(String item, List<String> levels) {
        Set<BodyRegion> found = EnumSet.noneOf(BodyRegion.class);
        for (String l : levels) {
            switch (l.charAt(0)) {
                case 'C' -> found.add(BodyRegion.CERVICAL_SPINE);
                case 'T' -> found.add(BodyRegion.THORACIC_SPINE);
                default -> found.add(BodyRegion.LUMBAR_SPINE);
            }
        }
        for (Object[] rw : REGION_WORDS) {
            if (((Pattern) rw[0]).matcher(item).find()) {
                found.add((BodyRegion) rw[1]);
            }
        }
        // "thoracolumbar", "T12-L1": the lumbar spine with a thoracic neighbour is one region only when the item says so
        if (found.size() == 2 && found.contains(BodyRegion.THORACIC_SPINE) && found.contains(BodyRegion.LUMBAR_SPINE)
                && !item.toLowerCase().contains("thoracic") && !item.toLowerCase().contains("t-spine")) {
            found.remove(BodyRegion.THORACIC_SPINE);
        }
        if (BOTH_LIMBS.matcher(item).find()) {
            return BodyRegion.MULTIPLE;
        }
        if (found.isEmpty()) {
            return null;
        }
        if (found.size() > 1) {
            return BodyRegion.MULTIPLE;
        }
        return found.iterator().next();
    }

    /** An unknown item's name: the item text without "Request for" and trailing punctuation. */
    static String cleanName(String item) {
        String s = item.strip();
        s = CLEAN_LEAD.matcher(s).replaceFirst("");
        s = TRAILING_PUNCT.matcher(s).replaceAll("");
        return s;
    }
}
