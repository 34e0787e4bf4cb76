package org.imrarchive.parse.read;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.imrarchive.parse.text.TextCleaner;

/** The disputed item as the letter names it: its text repaired, and the words that tell two namings apart. */
public final class ItemText {

    private static final Pattern ITEM_LEAD = Pattern.compile("(?i)^(?:the\\s+)?(?:request(?:ed)?\\s+(?:for\\s+)?(?:the\\s+)?)");
    private static final Pattern ITEM_TRAILING = Pattern.compile("[\\s:;,]+$");
    private static final Pattern ITEM_FULL_STOP = Pattern.compile("(?<![A-Za-z]\\.[A-Za-z])\\.$");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DOSE_NUMBER = Pattern.compile("\\d+(?:mg)?");

    private static final Set<String> STOP = Set.of("the", "for", "and", "with", "request", "of", "to", "at", "x", "per", "one",
            "two", "three", "four", "six", "eight", "twelve", "sessions", "session", "times", "week", "weeks", "month", "months", "left", "right",
            "bilateral", "retrospective", "prospective", "mg", "tablets", "tabs", "unknown", "quantity", "qty", "dos", "date", "service", "visits", "each");

    private ItemText() {
    }

    /** Item text with whitespace repaired and the letter's lead-ins ("the request for") and trailing punctuation removed. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = TextCleaner.reflow(s);
        t = ITEM_LEAD.matcher(t).replaceFirst("");
        t = ITEM_TRAILING.matcher(t).replaceAll("");
        t = ITEM_FULL_STOP.matcher(t).replaceAll("");
        return t.strip();
    }

    /** The words of an item that name it (lower case, three letters or more, no doses or counts). */
    public static Set<String> keyWords(String item) {
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(item.toLowerCase(Locale.ROOT))) {
            if (w.length() >= 3 && !STOP.contains(w) && !DOSE_NUMBER.matcher(w).matches()) {
                out.add(w);
            }
        }
        return out;
    }

    /** True when two namings share at least half the key words of the shorter one. */
    public static boolean similar(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        Set<String> ka = keyWords(a);
        Set<String> kb = keyWords(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        int common = 0;
        for (String k : ka) {
            if (kb.contains(k)) {
                common++;
            }
        }
        return common * 2 >= Math.min(ka.size(), kb.size());
    }
}
