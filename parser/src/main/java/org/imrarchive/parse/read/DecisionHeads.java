package org.imrarchive.parse.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrarchive.letter.Outcome;
import org.imrarchive.parse.read.BlockFinder.Block;
import org.imrarchive.parse.read.BlockFinder.Line;

/**
 * The decision heads of the 2016-17 DWC letters: the item, then its outcome, with field labels right after.
 * The head may wrap over several lines, the outcome may stand alone on the next line (with or without the colon),
 * the item may hold colons of its own ("Oxycodone HCL ER 20mg #60 day supply: 30: Overturned"), and a partial
 * authorisation is a paragraph ("A was the original request. B was authorized by the Claims Administrator. The
 * remaining IMR eligible portion of the original request, C is: Upheld"). Thread-safe.
 */
public final class DecisionHeads {

    /** One head: its block (item, outcome, extent) and, for a partial authorisation, what was requested and authorised. */
    public record Head(Block block, String originalRequest, String authorizedPortion) {
    }

    private static final Pattern OUTCOME_AT_END = Pattern.compile("^(.*?)\\s*\\b(Upheld|Overturned|UPHELD|OVERTURNED)\\s*\\.?$");
    private static final Pattern REMAINING_PORTION = Pattern.compile(
            "(?is)^(.+?)\\s+was\\s+the\\s+original\\s+request\\.\\s*(.+?)\\s+(?:was|were)\\s+authorized\\s+by\\s+the\\s+Claims\\s+Administrator\\.\\s*"
                    + "The\\s+remaining\\s+IMR\\s+eligible\\s+portion\\s+of\\s+the\\s+original\\s+request,?\\s*(.+?)$");
    private static final Pattern WHOLE_REQUEST = Pattern.compile(
            "(?is)^(.+?)\\s+was\\s+the\\s+original\\s+request\\.\\s*The\\s+Claims\\s+Administrator\\s+authorized\\s+(.+?),?\\s+leaving\\s+the\\s+original\\s+request\\s+IMR\\s+eligible\\.\\s*"
                    + "The\\s+original\\s+request,?\\s*(.+?)$");
    private static final Pattern HEAD_END = Pattern.compile("(?i)(?:\\s+is)?\\s*:?\\s*$");
    /** Sentences a partial-authorisation head is made of; a line ending in another sentence is not part of a head. */
    private static final Pattern HEAD_SENTENCE_END = Pattern.compile("(?i)(?:original\\s+request|Claims\\s+Administrator|IMR\\s+eligible)\\.$");
    private static final int MAX_HEAD_LINES = 6;

    private DecisionHeads() {
    }

    public static List<Head> find(List<Line> lines) {
        List<Head> heads = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = OUTCOME_AT_END.matcher(lines.get(i).text());
            if (!m.matches() || FieldLabel.startsWithLabel(lines.get(i).text()) || i + 1 >= lines.size()
                    || !FieldLabel.startsWithLabel(lines.get(i + 1).text())) {
                continue; // a head is followed by the guideline fields
            }
            String before = m.group(1).strip();
            int last = i;
            if (before.isEmpty() || before.equals(":")) {
                last = i - 1; // the outcome alone on its line
                if (last < 0) {
                    continue;
                }
            } else if (!before.endsWith(":")) {
                continue;
            }
            int first = headStart(lines, last, heads.isEmpty() ? -1 : heads.get(heads.size() - 1).block().first());
            StringBuilder head = new StringBuilder();
            for (int k = first; k <= last; k++) {
                head.append(k == i ? before : lines.get(k).text()).append(' ');
            }
            String text = HEAD_END.matcher(head.toString().strip()).replaceFirst("");
            if (text.isEmpty() || text.length() > 600) {
                continue;
            }
            Outcome outcome = OutcomeInference.ofWord(m.group(2));
            String original = null;
            String authorized = null;
            String item = text;
            Matcher partial = REMAINING_PORTION.matcher(text);
            Matcher whole = WHOLE_REQUEST.matcher(text);
            if (partial.matches()) {
                original = ItemText.clean(partial.group(1));
                authorized = ItemText.clean(partial.group(2));
                item = partial.group(3);
            } else if (whole.matches()) {
                original = ItemText.clean(whole.group(1));
                authorized = ItemText.clean(whole.group(2));
                item = whole.group(3);
            }
            Block block = new Block(first, 0, lines.get(first).start(), null, ItemText.clean(item), outcome, null, i + 1, null);
            heads.add(new Head(block, original, authorized));
        }
        List<Head> out = new ArrayList<>();
        for (int k = 0; k < heads.size(); k++) {
            Head h = heads.get(k);
            int end = k + 1 < heads.size() ? heads.get(k + 1).block().first() : lines.size();
            out.add(new Head(h.block().withEnd(end), h.originalRequest(), h.authorizedPortion()));
        }
        return out;
    }

    /** Back from the head's last line to its first: a paragraph start, or the line after a field, boilerplate or finished sentence. */
    private static int headStart(List<Line> lines, int last, int previousHead) {
        int first = last;
        while (first > 0 && first > previousHead + 1 && last - first < MAX_HEAD_LINES - 1 && !lines.get(first).paragraph()) {
            String prev = lines.get(first - 1).text();
            if (FieldLabel.startsWithLabel(prev) || BlockFinder.isBoilerplate(prev)
                    || (prev.endsWith(".") && !HEAD_SENTENCE_END.matcher(prev).find())) {
                break;
            }
            first--;
        }
        return first;
    }
}
