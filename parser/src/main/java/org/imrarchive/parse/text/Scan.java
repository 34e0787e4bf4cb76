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
        public static Text of(String s) {
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
        for (int pos : positions) {
            int from = Math.max(0, pos - back);
            int to = Math.min(n, pos + forward);
            m.region(from, to);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    /** Whether the pattern matches near any hint. */
    public static boolean found(Pattern p, Text t, int back, int forward, String... hints) {
        return first(p, t, back, forward, hints) != null;
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
