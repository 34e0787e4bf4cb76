package org.imrarchive.parse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the top-level alternatives of a pattern table's regex can start with, so a caller can skip the
 * expensive case-insensitive match when a word cannot begin any of them. An alternative
 * {@code (?:IMR\s+)?Case} can start with either "IMR" or "Case". A regex of any other shape gives
 * empty: the caller then always runs the match.
 */
public final class LeadingLiterals {

    private LeadingLiterals() {
    }

    public static Optional<List<String>> of(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= regex.length(); i++) {
            char c = i < regex.length() ? regex.charAt(i) : '|';
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                String alt = regex.substring(start, i);
                start = i + 1;
                if (alt.startsWith("(?:")) {
                    int close = alt.indexOf(")?");
                    if (close < 0 || alt.indexOf('(', 1) >= 0 && alt.indexOf('(', 1) < close) {
                        return Optional.empty();
                    }
                    out.add(alt.substring(3, close));
                    out.add(alt.substring(close + 2));
                } else {
                    out.add(alt);
                }
            }
        }
        return Optional.of(out);
    }
}
