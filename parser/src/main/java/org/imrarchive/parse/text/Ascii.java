package org.imrarchive.parse.text;

/**
 * Cheap keyword tests used as prefilters in front of regexes. The parser's patterns are compiled with
 * {@code (?i)} / {@code CASE_INSENSITIVE} without {@code UNICODE_CASE}, which folds case for US-ASCII letters only;
 * these helpers fold exactly the same way, so "the keyword is absent" here means the regex cannot match.
 */
public final class Ascii {

    private Ascii() {
    }

    /** Whether {@code s} contains {@code lowerNeedle} (lower-case ASCII), ASCII letters compared case-insensitively. */
    public static boolean containsIgnoreCase(CharSequence s, String lowerNeedle) {
        return indexOfIgnoreCase(s, lowerNeedle, 0) >= 0;
    }

    /** As {@link String#indexOf(String, int)}, ASCII letters compared case-insensitively; {@code lowerNeedle} is lower-case. */
    public static int indexOfIgnoreCase(CharSequence s, String lowerNeedle, int from) {
        int n = s.length();
        int m = lowerNeedle.length();
        if (m == 0) {
            return Math.max(0, Math.min(from, n));
        }
        char first = lowerNeedle.charAt(0);
        for (int i = Math.max(0, from); i <= n - m; i++) {
            if (lower(s.charAt(i)) != first) {
                continue;
            }
            int k = 1;
            while (k < m && lower(s.charAt(i + k)) == lowerNeedle.charAt(k)) {
                k++;
            }
            if (k == m) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code s} contains any of the needles (lower-case ASCII), case-insensitively. */
    public static boolean containsAnyIgnoreCase(CharSequence s, String... lowerNeedles) {
        for (String needle : lowerNeedles) {
            if (indexOfIgnoreCase(s, needle, 0) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The lowest index of any of the needles, or -1. */
    public static int firstIndexOfAnyIgnoreCase(CharSequence s, String... lowerNeedles) {
        int best = -1;
        for (String needle : lowerNeedles) {
            int i = indexOfIgnoreCase(s, needle, 0);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** The string with ASCII upper-case letters lowered and every other character kept (same length, same indexes). */
    public static String toLower(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        char[] out = s.toCharArray();
        for (; i < n; i++) {
            out[i] = lower(out[i]);
        }
        return new String(out);
    }

    /** One character with ASCII upper-case lowered, as {@code (?i)} compares it. */
    public static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** After these a MULTILINE {@code ^} may match (the regex engine itself rejects the middle of "\r\n"). */
    public static boolean isRegexLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Java's {@code \s} without UNICODE_CHARACTER_CLASS: space, tab, newline, vertical tab, form feed, carriage return. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
