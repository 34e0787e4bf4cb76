package org.imrarchive.parse.layout;

import java.util.regex.Pattern;

import org.imrarchive.parse.text.Scan;

/**
 * Something a layout prints that others do not, with the weight it adds to the layout's score. Looked for cheapest
 * first: only where its leading literal occurs, only at line starts, or (neither known) at every position of the
 * windows around its hints.
 */
public record LayoutMarker(String[] hints, Pattern pattern, int weight, String lead, boolean lineStart) {

    /** A marker: a lower-case word it cannot match without ("a|b" for either), its regex and weight. */
    public static LayoutMarker of(String hint, String regex, int weight) {
        return new LayoutMarker(hint.split("\\|"), Pattern.compile(regex), weight, Scan.leadingLiteral(regex),
                Scan.startsAtLineStart(regex));
    }

    public boolean foundIn(Scan.Text text) {
        if (lead != null) {
            return Scan.foundStartingWith(pattern, lead, text, 200, 400, hints);
        }
        if (lineStart) {
            return Scan.foundAtLineStart(pattern, text, 200, 400, hints);
        }
        return Scan.found(pattern, text, 200, 400, hints);
    }
}
