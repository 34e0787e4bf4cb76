package org.imrarchive.parse.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fast regex search for patterns that cannot match without one of a few literal words: the words are found with
 * {@link String#indexOf}, and the pattern is only tried in a window around each. Java's regex engine tries every
 * position of a text, which for case-insensitive alternations over a 10 KB letter is most of a parse's time.
 */
public final class Scan {

    private Scan() {
    }

    /** A text and its lower-case copy (same length for the characters letters use). */
    public record Text(String text, String lower) {
        /**
         * The last few texts lowered on this thread: one parse asks for the same strings (the flat letter, the summary;
         * the same instances) again and again, and lower-casing a whole letter each time showed in profiles.
         */
        private static final int RECENT = 4;
        private static final ThreadLocal<Text[]> RECENT_TEXTS = ThreadLocal.withInitial(() -> new Text[RECENT]);

        public static Text of(String s) {
            Text[] recent = RECENT_TEXTS.get();
            for (int i = 0; i < RECENT; i++) {
                if (recent[i] != null && recent[i].text() == s) { // same instance: strings are immutable
                    return recent[i];
                }
            }
            Text t = lower(s);
            System.arraycopy(recent, 0, recent, 1, RECENT - 1);
            recent[0] = t;
            return t;
        }

        private static Text lower(String s) {
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.length() != s.length()) {
                // a character whose lower case is longer: fall back to per-character lowering
                char[] c = s.toCharArray();
                for (int i = 0; i < c.length; i++) {
                    c[i] = Character.toLowerCase(c[i]);
                }
                lower = new String(c);
            }
            return new Text(s, lower);
        }
    }

    /**
     * The first match (in text order) of {@code p} in a window [hint - back, hint + forward] around any occurrence of a
     * hint (lower-case), or null.
     */
    public static Matcher first(Pattern p, Text t, int back, int forward, String... hints) {
        int n = t.text().length();
        int[] positions = positions(t.lower(), hints);
        Matcher m = p.matcher(t.text());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        // Windows around nearby hints overlap, and searching each on its own rescans the overlap: search each run of
        // overlapping windows once as one region first. A match inside any window is a match inside the union (the
        // patterns have no possessive quantifiers or atomic groups, and bounds are transparent), so a union without a
        // match lets all its windows be skipped; when the union has one, the windows are searched one by one as before
        // so the result is the same match.
        int i = 0;
        while (i < positions.length) {
            int unionFrom = Math.max(0, positions[i] - back);
            int unionTo = Math.min(n, positions[i] + forward);
            int j = i + 1;
            while (j < positions.length && Math.max(0, positions[j] - back) <= unionTo) {
                unionTo = Math.max(unionTo, Math.min(n, positions[j] + forward));
                j++;
            }
            m.region(unionFrom, unionTo);
            if (m.find()) {
                for (int k = i; k < j; k++) {
                    m.region(Math.max(0, positions[k] - back), Math.min(n, positions[k] + forward));
                    if (m.find()) {
                        return m;
                    }
                }
            }
            i = j;
        }
        return null;
    }

    /** Whether the pattern matches near any hint. */
    public static boolean found(Pattern p, Text t, int back, int forward, String... hints) {
        return first(p, t, back, forward, hints) != null;
    }

    /**
     * As {@link #found}, for a pattern whose every match starts with {@code lead} (lower case; see {@link #leadingLiteral}):
     * instead of running the pattern at every position of the windows, it is tried only where {@code lead} occurs,
     * anchored there, up to the end of the widest window holding that position. Same answer: a match in a window
     * starts at such an occurrence and ends inside that widest window.
     */
    public static boolean foundStartingWith(Pattern p, String lead, Text t, int back, int forward, String... hints) {
        if (lead == null) {
            return found(p, t, back, forward, hints);
        }
        int n = t.text().length();
        int[] positions = positions(t.lower(), hints);
        if (positions.length == 0) {
            return false;
        }
        Matcher m = p.matcher(t.text());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int w = -1; // the last window starting at or before s: windows start and end in hint order
        for (int s = t.lower().indexOf(lead); s >= 0; s = t.lower().indexOf(lead, s + 1)) {
            while (w + 1 < positions.length && Math.max(0, positions[w + 1] - back) <= s) {
                w++;
            }
            if (w < 0) {
                continue;
            }
            int to = Math.min(n, positions[w] + forward);
            if (s > to) {
                continue;
            }
            m.region(s, to);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #found}, for a MULTILINE pattern every match of which starts at a line start (see
     * {@link #startsAtLineStart}): the pattern is tried, anchored, only at the line starts inside each window instead
     * of at every position. Same answer: a match in a window starts at one of its line starts and ends inside it.
     */
    public static boolean foundAtLineStart(Pattern p, Text t, int back, int forward, String... hints) {
        String s = t.text();
        int n = s.length();
        int[] positions = positions(t.lower(), hints);
        if (positions.length == 0) {
            return false;
        }
        Matcher m = p.matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        for (int position : positions) {
            int from = Math.max(0, position - back);
            int to = Math.min(n, position + forward);
            for (int start = from; start < to; start++) {
                if (start == 0 || Ascii.isRegexLineTerminator(s.charAt(start - 1))) {
                    m.region(start, to);
                    if (m.lookingAt()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code regex} is "(?m...)^..." with no top-level alternative: every match starts at a line start. */
    public static boolean startsAtLineStart(String regex) {
        int body = afterInlineFlags(regex);
        return body > 0 && regex.substring(2, body - 1).indexOf('m') >= 0 && regex.startsWith("^", body)
                && !hasTopLevelAlternative(regex, body);
    }

    /** Where a regex's pattern starts: after leading inline flags such as "(?im)", or 0 when it has none. */
    private static int afterInlineFlags(String regex) {
        int close = regex.indexOf(')');
        return regex.startsWith("(?") && close > 2 && regex.substring(2, close).chars().allMatch(Character::isLetter)
                ? close + 1 : 0;
    }

    private static boolean hasTopLevelAlternative(String regex, int from) {
        int depth = 0;
        boolean inClass = false;
        for (int k = from; k < regex.length(); k++) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text (lower case) every match of {@code regex} starts with: its leading run of characters that stand for
     * themselves, after any inline flags ("(?i)IMR\\s+ISSUES" gives "imr", "(?m):\\s*Upheld" gives ":"), without a
     * last one made optional; null when the regex has a top-level alternative or starts with anything else.
     */
    public static String leadingLiteral(String regex) {
        int i = afterInlineFlags(regex);
        if (hasTopLevelAlternative(regex, i)) {
            return null;
        }
        int start = i;
        while (i < regex.length() && isLiteral(regex.charAt(i))) {
            i++;
        }
        int end = i;
        if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '*' || regex.charAt(i) == '{')) {
            end--;
        }
        return end > start ? regex.substring(start, end).toLowerCase(Locale.ROOT) : null;
    }

    /** Stands for itself in a regex, whatever its flags (space and '#' do not under COMMENTS). */
    private static boolean isLiteral(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || ":;,-'\"/&%!=<>@~_".indexOf(c) >= 0;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int[] positions(String lower, String[] hints) {
        int[] out = new int[8];
        int k = 0;
        for (String h : hints) {
            int i = lower.indexOf(h);
            while (i >= 0) {
                if (k == out.length) {
                    out = Arrays.copyOf(out, k * 2);
                }
                out[k++] = i;
                i = lower.indexOf(h, i + 1);
            }
        }
        int[] r = Arrays.copyOf(out, k);
        Arrays.sort(r);
        return r;
    }
}
