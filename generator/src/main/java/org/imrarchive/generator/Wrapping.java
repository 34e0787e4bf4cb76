package org.imrarchive.generator;

import java.util.List;

/**
 * Greedy word wrap that keeps the letter's own spacing (two spaces after a sentence) inside a line and drops it at
 * a break, the way a word processor lays text out. Widths come from a per-character table: one unit per character
 * for text files, font metrics for PDF.
 */
final class Wrapping {
    private Wrapping() {
    }

    /** Adds the lines of {@code text} (hard breaks at '\n') no wider than {@code width} to {@code out}. */
    static void wrap(String text, float width, float[] charWidths, List<String> out) {
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            wrapSegment(text, start, end, width, charWidths, out);
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
    }

    private static float widthOf(char c, float[] charWidths) {
        return c < charWidths.length ? charWidths[c] : charWidths['m'];
    }

    private static void wrapSegment(String text, int from, int to, float width, float[] charWidths, List<String> out) {
        int lineStart = -1; // start index of the current line in text
        int lineEnd = -1;   // end (exclusive) of the last word placed on the current line
        float lineWidth = 0;
        int i = from;
        boolean any = false;
        while (i < to) {
            int spaceStart = i;
            while (i < to && text.charAt(i) == ' ') {
                i++;
            }
            int wordStart = i;
            while (i < to && text.charAt(i) != ' ') {
                i++;
            }
            if (wordStart == i) {
                break; // trailing spaces
            }
            float wordWidth = 0;
            for (int k = wordStart; k < i; k++) {
                wordWidth += widthOf(text.charAt(k), charWidths);
            }
            if (lineStart < 0) {
                lineStart = wordStart;
                lineEnd = i;
                lineWidth = wordWidth;
                continue;
            }
            float gap = (wordStart - spaceStart) * widthOf(' ', charWidths);
            if (lineWidth + gap + wordWidth <= width) {
                lineEnd = i;
                lineWidth += gap + wordWidth;
            } else {
                out.add(text.substring(lineStart, lineEnd));
                any = true;
                lineStart = wordStart;
                lineEnd = i;
                lineWidth = wordWidth;
            }
        }
        if (lineStart >= 0) {
            out.add(text.substring(lineStart, lineEnd));
            any = true;
        }
        if (!any) {
            out.add("");
        }
    }

    /** One unit per character: widths for plain text. */
    static float[] monospace() {
        float[] w = new float[128];
        java.util.Arrays.fill(w, 1f);
        return w;
    }
}
