package org.imrarchive.parse.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrarchive.letter.Outcome;
import org.imrarchive.parse.text.Ascii;

/**
 * Finds where the decision block of each disputed item starts and ends in a run of lines, by the ways letters head
 * them: "Item: Upheld" lines, numbered paragraphs, "1) Regarding the request for X:", or field labels alone.
 * Thread-safe (static patterns only).
 */
public final class BlockFinder {

    /** One non-blank line: its text (stripped), its offset, and whether a blank line came before it. */
    public record Line(String text, int start, boolean paragraph) {
    }

    /**
     * The head of one block and its extent in lines.
     *
     * @param first    first line of the block (the header line)
     * @param end      line index after the block
     * @param start    char offset of the block in the text
     * @param label    the outcome word of the head line, or null
     * @param headOutcome the outcome of a head written as a necessity sentence, or null
     * @param bodyFrom first body line
     * @param headRest text of the head after the item (same line)
     */
    public record Block(int first, int end, int start, Integer number, String item, Outcome label, Outcome headOutcome,
                        int bodyFrom, String headRest) {
        Block withEnd(int e) {
            return new Block(first, e, start, number, item, label, headOutcome, bodyFrom, headRest);
        }
    }

    /** A numbered paragraph: "1) ..." and its continuation lines. */
    public record Unit(int number, String text, int firstLine, int endLine) {
    }

    private static final Pattern LABEL_LINE = Pattern.compile(
            "^(?:\\(?(\\d{1,2})[.)]\\s+)?(.+?)\\s*(?::|\\s-|\\s\\u2013|\\s\\u2014)\\s*(?i:(upheld|overturned|uphold|overturn|reversed))\\s*\\.?$");
    private static final Pattern NUMBERED = Pattern.compile("^\\(?(\\d{1,2})[.)]\\s*(?=\\S)");
    private static final Pattern ITEM_SUBJECT = Pattern.compile(
            "(?is)^(?:(?:therefore|thus|accordingly|consequently|as\\s+such|in\\s+summary|based\\s+on\\s+[^,]{0,80}),?\\s+)?(?:the\\s+)?(?:(?:retrospective|prospective|current|proposed)\\s+)?(?:request(?:ed)?\\s+(?:for\\s+)?(?:the\\s+)?|requested\\s+)?(.+?)\\s+(?:is|are|was|were)\\s+(?:not\\s+)?medically\\s+necessary");
    private static final Pattern REGARDING = Pattern.compile(
            "(?i)^(?:regarding|re:|as\\s+to|with\\s+(?:regard|respect)\\s+to|in\\s+regard\\s+to|concerning|for|request(?:ed)?\\s*(?:#\\s*\\d+)?\\s*:|item\\s*(?:#\\s*\\d+)?\\s*:|issue\\s*(?:#\\s*\\d+)?\\s*:|decision\\s+for)\\s*(?:the\\s+)?(?:request(?:ed)?\\s+(?:for\\s+)?(?:the\\s+)?|requested\\s+)?");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^the\\s+final\\s+determination\\s+was\\s+based\\s+on\\s+decisions?\\s+for\\s+the\\s+disputed\\s+items?/services?\\s+set\\s+forth\\s+below:?");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s+[A-Z(\"']|\\s*$)");
    private static final Pattern OUTCOME_LABEL = Pattern.compile("(?i)(?:IMR\\s+|final\\s+)?(?:decision|determination|outcome)");
    private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[.:;!?]$");
    private static final Pattern REGARDING_WORD = Pattern.compile("^(?:regarding|re:|as to|with|in regard|concerning|decision for).*");
    private static final String[] OUTCOME_WORDS = {"upheld", "overturned", "uphold", "overturn", "reversed"};

    private BlockFinder() {
    }

    /** The non-blank lines of {@code text} between two offsets. */
    public static List<Line> lines(String text, int from, int to) {
        List<Line> out = new ArrayList<>();
        int pos = from;
        boolean paragraph = false;
        while (pos < to) {
            int nl = text.indexOf('\n', pos);
            if (nl < 0 || nl > to) {
                nl = to;
            }
            String l = text.substring(pos, nl).strip();
            if (!l.isEmpty()) {
                out.add(new Line(l, pos, paragraph));
                paragraph = false;
            } else {
                paragraph = true;
            }
            pos = nl + 1;
        }
        return out;
    }

    /** True for the DWC sentence that introduces the decisions ("The Final Determination was based on decisions ..."). */
    public static boolean isBoilerplate(String line) {
        return BOILERPLATE.matcher(line).lookingAt();
    }

    /** LABEL_LINE ends in an outcome word: lines without one (nearly all) skip its lazy whole-line match. */
    private static boolean mayBeLabelLine(String line) {
        // the line's end, as LABEL_LINE ends: the word, optional whitespace, an optional full stop
        int e = line.length();
        if (e > 0 && line.charAt(e - 1) == '.') {
            e--;
        }
        while (e > 0 && Ascii.isRegexSpace(line.charAt(e - 1))) {
            e--;
        }
        for (String w : OUTCOME_WORDS) {
            if (e >= w.length() && line.regionMatches(true, e - w.length(), w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Blocks headed by "Item: Upheld" lines (DWC 2013). */
    public static List<Block> labelBlocks(List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).text();
            if (!mayBeLabelLine(l) || FieldLabel.startsWithLabel(l)) {
                continue;
            }
            Matcher m = LABEL_LINE.matcher(l);
            if (!m.matches()) {
                continue;
            }
            String item = m.group(2);
            if (OUTCOME_LABEL.matcher(item).matches() || item.length() > 400) {
                continue;
            }
            int first = i;
            // an item wrapped over two lines: "Lumbar discogram L3-4, L4-5,\nL5-S1: Upheld"
            if (i > 0 && m.group(1) == null) {
                String prev = lines.get(i - 1).text();
                boolean prevIsHeader = !blocks.isEmpty() && blocks.get(blocks.size() - 1).first() == i - 1;
                if (!prevIsHeader && !ENDS_CLAUSE.matcher(prev).matches() && !FieldLabel.startsWithLabel(prev) && prev.length() < 160
                        && !isBoilerplate(prev)) {
                    Matcher pn = NUMBERED.matcher(prev);
                    item = (pn.lookingAt() ? prev.substring(pn.end()) : prev) + " " + item;
                    first = i - 1;
                }
            }
            blocks.add(new Block(first, 0, lines.get(first).start(), m.group(1) != null ? Integer.valueOf(m.group(1)) : null,
                    ItemText.clean(stripNumber(item)), OutcomeInference.ofWord(m.group(3)), null, i + 1, null));
        }
        return closed(blocks, lines.size());
    }

    private static String stripNumber(String s) {
        Matcher m = NUMBERED.matcher(s);
        return m.lookingAt() ? s.substring(m.end()) : s;
    }

    /** True when a line starts with a paragraph number ("1)", "2.", "(3)"). */
    public static boolean isNumbered(String line) {
        return NUMBERED.matcher(line).lookingAt();
    }

    /** Numbered paragraphs 1, 2, 3 ... in sequence. */
    public static List<Unit> units(List<Line> lines) {
        List<Unit> units = new ArrayList<>();
        int expected = 1;
        int i = 0;
        while (i < lines.size()) {
            Matcher m = NUMBERED.matcher(lines.get(i).text());
            if (m.lookingAt() && Integer.parseInt(m.group(1)) == expected) {
                int j = i + 1;
                while (j < lines.size() && !isNumbered(lines.get(j).text()) && !FieldLabel.startsWithLabel(lines.get(j).text())) {
                    j++;
                }
                StringBuilder b = new StringBuilder(lines.get(i).text().substring(m.end()));
                for (int k = i + 1; k < j; k++) {
                    b.append(' ').append(lines.get(k).text());
                }
                units.add(new Unit(expected, b.toString().strip(), i, j));
                expected++;
                i = j;
            } else {
                i++;
            }
        }
        return units;
    }

    /**
     * Blocks headed by numbered lines ("1. Norco 10/325mg #120 is not medically necessary and appropriate."); heads
     * that {@code skipHead} accepts are not blocks.
     */
    public static List<Block> numberedBlocks(List<Line> lines, Predicate<String> skipHead) {
        List<Block> blocks = new ArrayList<>();
        int expected = 1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).text();
            Matcher m = NUMBERED.matcher(l);
            if (!m.lookingAt() || Integer.parseInt(m.group(1)) != expected) {
                continue;
            }
            // the head: this line and its continuation up to the first sentence end (at most 4 lines)
            StringBuilder head = new StringBuilder(l.substring(m.end()));
            int j = i + 1;
            while (j < lines.size() && j < i + 4 && !endsSentence(head) && !FieldLabel.startsWithLabel(lines.get(j).text())
                    && !isNumbered(lines.get(j).text()) && head.indexOf(":") < 0) {
                head.append(' ').append(lines.get(j).text());
                j++;
            }
            String h = head.toString().strip();
            if (skipHead.test(h)) {
                continue;
            }
            if (Character.isLowerCase(h.charAt(0))) {
                continue;
            }
            int start = lines.get(i).start();
            String first = firstSentence(h);
            Matcher lab = LABEL_LINE.matcher(first);
            Block b;
            Optional<OutcomeInference.Necessity> nec;
            if (lab.matches()) {
                b = new Block(i, 0, start, expected, ItemText.clean(stripNumber(lab.group(2))), OutcomeInference.ofWord(lab.group(3)),
                        null, j, h.substring(Math.min(h.length(), first.length())).strip());
            } else if ((nec = OutcomeInference.firstNecessity(first)).isPresent() && !nec.get().labelled()) {
                Matcher subj = ITEM_SUBJECT.matcher(first.substring(0, nec.get().end()));
                String item = ItemText.clean(subj.find() ? subj.group(1) : first.substring(0, nec.get().start()));
                b = new Block(i, 0, start, expected, item, null, nec.get().outcome(), j,
                        h.substring(Math.min(h.length(), first.length())).strip());
            } else {
                if (first.length() > 250) {
                    continue;
                }
                Matcher reg = REGARDING.matcher(first);
                String item = reg.lookingAt() ? first.substring(reg.end()) : first;
                int colon = item.indexOf(':');
                String rest = "";
                if (colon >= 0) {
                    rest = item.substring(colon + 1).strip();
                    item = item.substring(0, colon);
                }
                String after = h.substring(Math.min(h.length(), first.length())).strip();
                b = new Block(i, 0, start, expected, ItemText.clean(item), null, null, j, (rest + " " + after).strip());
            }
            if (b.item() == null || b.item().isEmpty()) {
                continue;
            }
            blocks.add(b);
            expected++;
            i = j - 1;
        }
        return closed(blocks, lines.size());
    }

    /** Blocks headed by "1) Regarding the request for X:" (2013 Notice). */
    public static List<Block> regardingBlocks(List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).text();
            Matcher m = NUMBERED.matcher(l);
            String rest = m.lookingAt() ? l.substring(m.end()) : l;
            Matcher reg = REGARDING.matcher(rest);
            if (!reg.lookingAt() || reg.end() == 0 || !REGARDING_WORD.matcher(rest.toLowerCase(Locale.ROOT)).matches()) {
                continue;
            }
            StringBuilder head = new StringBuilder(rest.substring(reg.end()));
            int j = i + 1;
            while (head.indexOf(":") < 0 && j < lines.size() && j < i + 4 && !FieldLabel.startsWithLabel(lines.get(j).text())
                    && !isNumbered(lines.get(j).text())) {
                head.append(' ').append(lines.get(j).text());
                j++;
            }
            String h = head.toString();
            int colon = h.indexOf(':');
            blocks.add(new Block(i, 0, lines.get(i).start(), m.lookingAt() ? Integer.valueOf(m.group(1)) : null,
                    ItemText.clean(colon >= 0 ? h.substring(0, colon) : h), null, null, j,
                    colon >= 0 ? h.substring(colon + 1).strip() : ""));
            i = j - 1;
        }
        return closed(blocks, lines.size());
    }

    /** No item headers at all: each "Claims Administrator guideline:" (else each expert guideline label) starts a block with no item name. */
    public static List<Block> fieldBlocks(List<Line> lines) {
        List<Block> blocks = blocksAtLabel(lines, FieldLabel.CLAIMS_ADMINISTRATOR_GUIDELINES);
        if (blocks.isEmpty()) {
            blocks = blocksAtLabel(lines, FieldLabel.EXPERT_GUIDELINES);
        }
        return closed(blocks, lines.size());
    }

    private static List<Block> blocksAtLabel(List<Line> lines, FieldLabel label) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (FieldLabel.startOf(lines.get(i).text()).filter(label::equals).isPresent()) {
                blocks.add(new Block(i, 0, lines.get(i).start(), null, null, null, null, i, null));
            }
        }
        return blocks;
    }

    /** The whole run of lines as one block with no item name, when any line is a field label. */
    public static List<Block> singleBlock(List<Line> lines) {
        if (lines.isEmpty() || lines.stream().noneMatch(l -> FieldLabel.startsWithLabel(l.text()))) {
            return List.of();
        }
        return List.of(new Block(0, lines.size(), lines.get(0).start(), null, null, null, null, 0, null));
    }

    private static List<Block> closed(List<Block> blocks, int n) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int k = 0; k < blocks.size(); k++) {
            out.add(blocks.get(k).withEnd(k + 1 < blocks.size() ? blocks.get(k + 1).first() : n));
        }
        return out;
    }

    private static boolean endsSentence(CharSequence s) {
        String t = s.toString().strip();
        return t.endsWith(".") || t.endsWith(":") || t.endsWith("?");
    }

    private static String firstSentence(String s) {
        Matcher m = SENTENCE_END.matcher(s);
        if (m.find()) {
            return s.substring(0, m.end());
        }
        return s;
    }
}
