package org.imrarchive.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * A letter as the text a PDF-to-text tool gives: wrapped lines, "Page i of n" at the foot of each page and the
 * running header at the top of the next, in the letter's own habits of line endings and trailing spaces.
 */
final class TextRendering {
    private static final float[] MONOSPACE = Wrapping.monospace();

    private TextRendering() {
    }

    static String render(LetterDocument doc, SyntheticCase.Look look) {
        List<String> lines = lines(doc, look.width());
        int perPage = look.linesPerPage();
        // pages: drop blank lines that would open a page
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>(perPage);
        for (String line : lines) {
            if (page.isEmpty() && line.isEmpty() && !pages.isEmpty()) {
                continue;
            }
            page.add(line);
            if (page.size() == perPage) {
                pages.add(page);
                page = new ArrayList<>(perPage);
            }
        }
        while (!page.isEmpty() && page.get(page.size() - 1).isEmpty()) {
            page.remove(page.size() - 1);
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        String eol = look.crlf() ? "\r\n" : "\n";
        String tail = look.trailingSpaces() ? " " : "";
        StringBuilder out = new StringBuilder(lines.size() * (look.width() + 4) + 256);
        int total = pages.size();
        for (int p = 0; p < total; p++) {
            if (p > 0 && doc.runningHeader() != null) {
                emit(out, doc.runningHeader(), tail, eol, look.doubleSpaced());
            }
            for (String line : pages.get(p)) {
                emit(out, line, tail, eol, look.doubleSpaced());
            }
            emit(out, "Page " + (p + 1) + " of " + total, tail, eol, look.doubleSpaced());
        }
        return out.toString();
    }

    private static void emit(StringBuilder out, String line, String tail, String eol, boolean doubleSpaced) {
        out.append(line).append(tail).append(eol);
        if (doubleSpaced) {
            out.append(tail).append(eol);
        }
    }

    /** The document's lines before pagination. */
    static List<String> lines(LetterDocument doc, float width) {
        return lines(doc, width, MONOSPACE);
    }

    static List<String> lines(LetterDocument doc, float width, float[] charWidths) {
        List<String> lines = new ArrayList<>(256);
        for (LetterDocument.Block b : doc.blocks()) {
            if (b instanceof LetterDocument.Para p) {
                Wrapping.wrap(p.text(), width, charWidths, lines);
                lines.add("");
            } else if (b instanceof LetterDocument.Line l) {
                Wrapping.wrap(l.text(), width, charWidths, lines);
            } else {
                lines.add("");
            }
        }
        return lines;
    }
}
