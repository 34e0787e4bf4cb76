package org.imrarchive.parse.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what PDF/HTML text extraction does to a letter, before any field is read:
 * line endings, odd characters, page headers and footers ("Page 2 of 5"), line-break
 * hyphenation ("non-\ncertified" is "non-certified", "medi-\ncally" is "medically"),
 * and words run together by extraction ("notmedically").
 *
 * <p>The result keeps one physical line per line (blank lines dropped), so headings and
 * "Label:" lines can still be found at line starts; {@link #reflow(String)} turns a
 * block of lines into running prose. Stateless and thread-safe.
 */
public final class TextCleaner {

    /** "Page 2 of 5", "Page 2", "- 2 -", "2" alone on a line. */
    private static final Pattern PAGE_OF = Pattern.compile("(?i)\\bpage\\s*\\d{1,3}\\s*(?:of|/)\\s*\\d{1,3}\\b");
    private static final Pattern PAGE_ALONE = Pattern.compile("(?i)^(?:-\\s*)?(?:page\\s*)?\\d{1,3}(?:\\s*-)?$");
    /** Running headers seen on real letters, removed wherever they occur (the case number is read before cleaning). */
    private static final Pattern KNOWN_RUNNING_HEADER = Pattern.compile(
            "(?i)^(?:final determination letter for imr case (?:number|no\\.?|#)\\s*:?\\s*CM\\s?\\d{2}\\s?-\\s?\\d{4,8}(?:\\s+\\d{1,3})?"
                    + "|(?:imr )?case (?:number|no\\.?|#)\\s*:?\\s*CM\\d{2}-\\d{4,8}\\s+page\\s*\\d+.*"
                    + "|continued(?: on next page)?\\.?|\\(continued\\)"
                    + "|CM\\s?\\d{2}\\s?-\\s?\\d{4,8}|(?:IMR\\s+)?Final\\s+Determination(?:\\s+Letter)?)$");

    /** Spinal level glued to the next word by extraction: "L5-S1was" -> "L5-S1 was". */
    private static final Pattern LEVEL_GLUED = Pattern.compile("\\b([CTLS]\\d{1,2}\\s?-\\s?[CTLS]?\\d{1,2})(?=[a-z]{2,})");
    /** Words of the decision sentence run together by extraction. */
    private static final Pattern RUN_TOGETHER = Pattern.compile(
            "(?i)\\b(isnot|wasnot|arenot|notmedically|medicallynecessary|necessaryand|andappropriate|notcertified|"
                    + "isnotmedically|ismedically|aremedically|wasmedically)(?=\\b|medically|necessary|and|appropriate)");
    private static final Pattern RUN_SPLIT = Pattern.compile(
            "(?i)(is|was|are)(?=not|medically)|(not)(?=medically|certified)|(medically)(?=necessary)|(necessary)(?=and)|(and)(?=appropriate)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern MULTI_SPACE = Pattern.compile("[ \\t\\u00A0]{2,}");

    /** Words that are often split across a line end and should be joined without their hyphen. */
    private static final Set<String> COMMON_WORDS = Set.of(
            "medically", "necessary", "appropriate", "guidelines", "guideline", "treatment", "recommended",
            "documentation", "determination", "physical", "therapy", "patient", "radiculopathy", "medications",
            "medication", "management", "examination", "evaluation", "functional", "improvement", "utilization",
            "review", "requested", "request", "certified", "indicated", "chronic", "symptoms", "consideration",
            "independent", "reviewer", "additional", "conservative", "diagnostic", "documented", "information",
            "injection", "injections", "procedure", "procedures", "significant", "submitted", "sustained",
            "therefore", "tenderness", "bilateral", "bilaterally", "extremity", "extremities", "lumbar", "cervical",
            "criteria", "efficacy", "evidence", "intervention", "appropriately", "necessity", "subjective", "objective");
    /** Prefixes that keep their hyphen when a line ends on them ("non-\ncertified" -> "non-certified"). */
    private static final Set<String> HYPHEN_PREFIXES = Set.of(
            "non", "post", "pre", "re", "self", "multi", "co", "anti", "semi", "sub", "inter", "intra", "over",
            "under", "well", "follow", "low", "high", "long", "short", "full", "part", "year", "month", "week", "day",
            "x", "s", "p", "mid", "extra", "ex", "left", "right", "work", "non-medically", "cross", "on", "off",
            "up", "in", "out", "all", "two", "three", "four", "one", "first", "second", "third", "time", "hot",
            "end", "open", "de", "age", "old", "weight", "case", "fine", "hard", "soft");

    public TextCleaner() {
    }

    /** The result of cleaning: the cleaned line text and the lines removed as page furniture. */
    public record Cleaned(String text, List<String> removedLines) {
    }

    public Cleaned clean(String raw) {
        return cleanNormalized(normalizeCharacters(raw));
    }

    /** As {@link #clean(String)}, for text that already went through {@link #normalizeCharacters(String)}. */
    public Cleaned cleanNormalized(String s) {
        // the lines of s.split("\n", -1), walked without materialising the array
        List<String> lines = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        int blank = 0;
        for (int pos = 0; pos <= s.length(); ) {
            int nl = s.indexOf('\n', pos);
            int end = nl < 0 ? s.length() : nl;
            String t = collapseSpaces(s, pos, end);
            pos = end + 1;
            if (t.isEmpty()) {
                blank++;
            } else {
                lines.add(t);
                gaps.add(lines.size() == 1 ? 0 : blank);
                blank = 0;
            }
        }
        // "PDF look": a blank line after every line, so only a longer run of blank lines ends a paragraph
        int single = 0;
        for (int g : gaps) {
            if (g == 1) {
                single++;
            }
        }
        int paragraphGap = gaps.size() > 4 && single * 2 >= gaps.size() - 1 ? 2 : 1;
        List<Boolean> breaks = new ArrayList<>(gaps.size());
        for (int g : gaps) {
            breaks.add(g >= paragraphGap);
        }
        List<String> removed = new ArrayList<>();
        List<Boolean> keptBreaks = new ArrayList<>();
        lines = removePageFurniture(lines, breaks, removed, keptBreaks);
        List<Boolean> joinedBreaks = new ArrayList<>();
        lines = joinHyphenated(lines, keptBreaks, joinedBreaks);
        // Cleaning only ever separates words, or joins them into words the letter itself uses: no line holds a run of
        // words that the whole text does not, so one look at the text spares most letters the per-line test.
        boolean runsPossible = containsIgnoreCaseAny(s);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && joinedBreaks.get(i)) {
                out.append('\n');
            }
            out.append(repairLine(lines.get(i), runsPossible)).append('\n');
        }
        return new Cleaned(out.toString(), removed);
    }

    /** A line stripped, with runs of spaces as one space. */
    static String collapseSpaces(String line) {
        return collapseSpaces(line, 0, line.length());
    }

    /** {@link #collapseSpaces(String)} of {@code text.substring(from, to)}, without that copy when the line changes. */
    private static String collapseSpaces(String text, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        boolean doubled = false;
        for (int i = start; i + 1 < end; i++) {
            if (text.charAt(i) == ' ' && text.charAt(i + 1) == ' ') {
                doubled = true;
                break;
            }
        }
        if (!doubled) {
            return text.substring(start, end);
        }
        // into a char array: letters laid out in columns have many such lines
        char[] out = new char[end - start];
        int k = 0;
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (!space) {
                    out[k++] = ' ';
                }
                space = true;
            } else {
                out[k++] = c;
                space = false;
            }
        }
        return new String(out, 0, k);
    }

    /** Line endings, spaces, quotes, ligatures, control characters. */
    public static String normalizeCharacters(String raw) {
        int n = raw.length();
        // printable ASCII and '\n' are kept as they are: most letters are nothing else, and need no copy
        int clean = 0;
        while (clean < n) {
            char c = raw.charAt(clean);
            if ((c < 0x20 && c != '\n') || c > 0x7F) {
                break;
            }
            clean++;
        }
        if (clean == n) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        b.append(raw, 0, clean);
        for (int i = clean; i < n; i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\r' -> {
                    b.append('\n');
                    if (i + 1 < n && raw.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\f', '\u000B', '\u2028', '\u2029', '\u0085' -> b.append('\n');
                case '\t', '\u00A0', '\u2007', '\u202F', '\u3000', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
                        '\u2008', '\u2009', '\u200A', '\u2000', '\u2001' -> b.append(' ');
                case '\u00AD' -> {
                    // soft hyphen: a hyphenation point; drop it, and the line break after it
                    int j = i + 1;
                    while (j < n && (raw.charAt(j) == ' ')) {
                        j++;
                    }
                    if (j < n && (raw.charAt(j) == '\n' || raw.charAt(j) == '\r')) {
                        i = j;
                        if (raw.charAt(j) == '\r' && j + 1 < n && raw.charAt(j + 1) == '\n') {
                            i++;
                        }
                    }
                }
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
                    // zero-width: drop
                }
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212' -> b.append('-');
                case '\u2014', '\u2015' -> b.append(" - ");
                case '\u2018', '\u2019', '\u201A', '\u2032' -> b.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u2033' -> b.append('"');
                case '\u2026' -> b.append("...");
                case '\uFB00' -> b.append("ff");
                case '\uFB01' -> b.append("fi");
                case '\uFB02' -> b.append("fl");
                case '\uFB03' -> b.append("ffi");
                case '\uFB04' -> b.append("ffl");
                case '\uFFFD' -> b.append(' ');
                default -> {
                    if (c < 0x20 && c != '\n') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Drops "Page 2 of 5" lines, bare page numbers, known running headers, and lines that repeat
     * next to page markers (a running header or footer printed on every page).
     */
    static List<String> removePageFurniture(List<String> lines, List<String> removed) {
        List<Boolean> breaks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            breaks.add(Boolean.FALSE);
        }
        return removePageFurniture(lines, breaks, removed, new ArrayList<>());
    }

    /**
     * As {@link #removePageFurniture(List, List)}, carrying each line's "paragraph break before" flag; a line after
     * removed furniture keeps a paragraph break only when there was one on both sides of the furniture.
     */
    static List<String> removePageFurniture(List<String> lines, List<Boolean> breaks, List<String> removed, List<Boolean> keptBreaks) {
        int n = lines.size();
        boolean[] marker = new boolean[n];
        boolean anyMarker = false;
        List<String> work = new ArrayList<>(lines);
        for (int i = 0; i < n; i++) {
            String line = work.get(i);
            if ((mayBePageAlone(line) && PAGE_ALONE.matcher(line).matches())
                    || (mayBeRunningHeader(line) && KNOWN_RUNNING_HEADER.matcher(line).matches())) {
                marker[i] = true;
                anyMarker = true;
                continue;
            }
            Matcher m = PAGE_OF.matcher(line);
            if (Ascii.containsIgnoreCase(line, "page") && m.find()) {
                String rest = (line.substring(0, m.start()) + " " + line.substring(m.end())).strip();
                if (rest.isEmpty() || rest.length() <= 100) {
                    marker[i] = true;
                    anyMarker = true;
                } else {
                    work.set(i, MULTI_SPACE.matcher(rest).replaceAll(" "));
                }
            }
        }
        Set<String> repeatedNearMarker = new HashSet<>();
        if (anyMarker) {
            Set<String> near = linesNearMarkers(work, marker);
            Map<String, Integer> counts = occurrences(work, near);
            for (String cand : near) {
                if (counts.get(cand) >= 2 && looksLikeRunningLine(cand) && allNearMarkers(work, marker, cand)) {
                    repeatedNearMarker.add(cand);
                }
            }
        }
        List<String> out = new ArrayList<>(n);
        boolean pendingBreak = false;
        boolean afterRemoval = false;
        for (int i = 0; i < n; i++) {
            String line = work.get(i);
            boolean remove = marker[i]
                    || (!repeatedNearMarker.isEmpty() && repeatedNearMarker.contains(line) && nearMarker(marker, i));
            if (remove) {
                removed.add(lines.get(i));
                if (!afterRemoval) {
                    pendingBreak = breaks.get(i);
                }
                afterRemoval = true;
                continue;
            }
            out.add(line);
            keptBreaks.add(afterRemoval ? pendingBreak && breaks.get(i) : breaks.get(i));
            afterRemoval = false;
        }
        return out;
    }

    /** The lines within two lines of a page marker, not markers themselves: where a running header or footer sits. */
    private static Set<String> linesNearMarkers(List<String> work, boolean[] marker) {
        int n = work.size();
        Set<String> near = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (!marker[i]) {
                continue;
            }
            for (int d = -2; d <= 2; d++) {
                int j = i + d;
                if (d != 0 && j >= 0 && j < n && !marker[j]) {
                    near.add(work.get(j));
                }
            }
        }
        return near;
    }

    /**
     * How often each of {@code lines} occurs in the text. A line is only hashed when its length is one of theirs:
     * hashing every line of every letter showed in parse profiles.
     */
    private static Map<String, Integer> occurrences(List<String> work, Set<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        Set<Integer> lengths = new HashSet<>();
        for (String line : lines) {
            counts.put(line, 0);
            lengths.add(line.length());
        }
        for (String line : work) {
            if (lengths.contains(line.length())) {
                counts.computeIfPresent(line, (l, c) -> c + 1);
            }
        }
        return counts;
    }

    /** PAGE_ALONE spans the whole line: it starts with '-', "page" or a digit and ends with a digit or '-'. */
    private static boolean mayBePageAlone(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char first = line.charAt(0);
        char last = line.charAt(line.length() - 1);
        return (first == '-' || first == 'p' || first == 'P' || (first >= '0' && first <= '9'))
                && (last == '-' || (last >= '0' && last <= '9'));
    }

    /** KNOWN_RUNNING_HEADER spans the whole line, and each of its forms starts with one of these letters (any case). */
    private static boolean mayBeRunningHeader(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char first = Ascii.lower(line.charAt(0));
        return first == 'f' || first == 'i' || first == 'c' || first == '(';
    }

    /** A running header or footer sits next to a page break wherever it occurs (the first page's top aside). */
    private static boolean allNearMarkers(List<String> lines, boolean[] marker, String cand) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(cand) && i >= 5 && !nearMarker(marker, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean nearMarker(boolean[] marker, int i) {
        for (int d = -2; d <= 2; d++) {
            int j = i + d;
            if (j >= 0 && j < marker.length && marker[j]) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeRunningLine(String line) {
        if (line.length() < 4 || line.length() > 120) {
            return false;
        }
        if (line.endsWith(":")) {
            return false; // a field label such as "Decision rationale:" repeats per item
        }
        boolean letter = false;
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i))) {
                letter = true;
                break;
            }
        }
        return letter;
    }

    /** Joins a line ending in a hyphen to the next line, keeping or dropping the hyphen. */
    static List<String> joinHyphenated(List<String> lines) {
        List<Boolean> breaks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            breaks.add(Boolean.FALSE);
        }
        return joinHyphenated(lines, breaks, new ArrayList<>());
    }

    static List<String> joinHyphenated(List<String> lines, List<Boolean> breaks, List<Boolean> outBreaks) {
        Set<String> vocabulary = null;
        Set<String> hyphenated = null;
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            outBreaks.add(breaks.get(i));
            while (i + 1 < lines.size() && endsWithBreakHyphen(line) && startsWithWordChar(lines.get(i + 1))) {
                String next = lines.get(i + 1);
                if (vocabulary == null) {
                    vocabulary = new HashSet<>();
                    hyphenated = new HashSet<>();
                    buildVocabulary(lines, vocabulary, hyphenated);
                }
                String before = lastToken(line.substring(0, line.length() - 1));
                String after = firstToken(next);
                boolean dropHyphen = shouldDropHyphen(before, after, vocabulary, hyphenated);
                line = dropHyphen ? line.substring(0, line.length() - 1) + next : line + next;
                i++;
            }
            out.add(line);
            i++;
        }
        return out;
    }

    private static void buildVocabulary(List<String> lines, Set<String> vocabulary, Set<String> hyphenated) {
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k);
            Matcher m = WORD.matcher(l);
            while (m.find()) {
                boolean lineEndHyphen = m.end() == l.length() - 1 && l.charAt(l.length() - 1) == '-';
                boolean lineStart = m.start() == 0;
                if (!lineEndHyphen && !(lineStart && k > 0 && lines.get(k - 1).endsWith("-"))) {
                    vocabulary.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
            int idx = l.indexOf('-');
            while (idx > 0 && idx < l.length() - 1) {
                int s = idx - 1;
                while (s >= 0 && Character.isLetter(l.charAt(s))) {
                    s--;
                }
                int e = idx + 1;
                while (e < l.length() && Character.isLetter(l.charAt(e))) {
                    e++;
                }
                if (s + 1 < idx && e > idx + 1) {
                    hyphenated.add(l.substring(s + 1, e).toLowerCase(Locale.ROOT));
                }
                idx = l.indexOf('-', idx + 1);
            }
        }
    }

    static boolean shouldDropHyphen(String before, String after, Set<String> vocabulary, Set<String> hyphenated) {
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        // Only plain lower-case word fragments are hyphenation; "L4-", "T12-", "Non-" keep their hyphen.
        if (!isLowerAlpha(before) || !isLowerAlpha(after)) {
            return false;
        }
        if (HYPHEN_PREFIXES.contains(before)) {
            return false;
        }
        String joined = before + after;
        if (hyphenated.contains(before + "-" + after)) {
            return false;
        }
        return vocabulary.contains(joined) || COMMON_WORDS.contains(joined);
    }

    private static boolean isLowerAlpha(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithBreakHyphen(String line) {
        int n = line.length();
        if (n < 2 || line.charAt(n - 1) != '-') {
            return false;
        }
        char p = line.charAt(n - 2);
        return Character.isLetterOrDigit(p);
    }

    private static boolean startsWithWordChar(String line) {
        return !line.isEmpty() && Character.isLetterOrDigit(line.charAt(0));
    }

    private static String lastToken(String s) {
        int e = s.length();
        int b = e;
        while (b > 0 && Character.isLetterOrDigit(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(b, e);
    }

    private static String firstToken(String s) {
        int e = 0;
        while (e < s.length() && Character.isLetterOrDigit(s.charAt(e))) {
            e++;
        }
        return s.substring(0, e);
    }

    /** Per-line repairs: run-together words, spinal levels glued to the next word. */
    static String repairLine(String line) {
        return repairLine(line, true);
    }

    /** As {@link #repairLine(String)}; {@code runsPossible} false when the text the line comes from has no run-together words. */
    private static String repairLine(String line, boolean runsPossible) {
        String s = line;
        if (runsPossible && containsIgnoreCaseAny(s)) {
            s = fixRunTogether(s);
        }
        if (s.indexOf('-') >= 0 && hasLevelStart(s)) {
            s = LEVEL_GLUED.matcher(s).replaceAll("$1 ");
        }
        return s;
    }

    /** LEVEL_GLUED starts with a spinal level: C, T, L or S and a digit. */
    private static boolean hasLevelStart(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == 'C' || c == 'T' || c == 'L' || c == 'S') && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIgnoreCaseAny(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.contains("notmedically") || l.contains("medicallynecessary") || l.contains("necessaryand")
                || l.contains("andappropriate") || l.contains("isnot") || l.contains("wasnot") || l.contains("arenot")
                || l.contains("ismedically") || l.contains("aremedically") || l.contains("wasmedically")
                || l.contains("notcertified");
    }

    /** "isnotmedicallynecessaryandappropriate" -> "is not medically necessary and appropriate". */
    public static String fixRunTogether(String s) {
        Matcher m = RUN_TOGETHER.matcher(s);
        StringBuilder b = new StringBuilder(s.length() + 16);
        int last = 0;
        while (m.find()) {
            // extend the glued run as far as it goes ("notmedicallynecessaryandappropriate")
            int end = m.end();
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            String run = s.substring(m.start(), end);
            b.append(s, last, m.start());
            b.append(splitRun(run));
            last = end;
        }
        if (last == 0) {
            return s;
        }
        b.append(s, last, s.length());
        return b.toString();
    }

    private static String splitRun(String run) {
        String spaced = RUN_SPLIT.matcher(run).replaceAll("$0 ");
        // RUN_SPLIT can't see the last word; guard against "is not" inside real words by only splitting known runs
        return MULTI_SPACE.matcher(spaced).replaceAll(" ").strip();
    }


    /** Block of lines to running prose: line breaks and whitespace runs become one space. */
    public static String reflow(String block) {
        if (block == null) {
            return null;
        }
        // into a char array: this runs over whole letters several times per parse
        int n = block.length();
        char[] out = new char[n];
        int k = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = block.charAt(i);
            // printable ASCII is never whitespace: the common case skips the Character lookup
            if ((c > ' ' && c < 0x7F) || !(Character.isWhitespace(c) || c == '\u00A0')) {
                if (space) {
                    out[k++] = ' '; // never past n: a space is only owed for whitespace already skipped
                    space = false;
                }
                out[k++] = c;
            } else {
                space = k > 0;
            }
        }
        return new String(out, 0, k);
    }
}
