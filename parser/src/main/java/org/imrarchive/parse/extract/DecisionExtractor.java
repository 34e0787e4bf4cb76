package org.imrarchive.parse.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;
import org.imrarchive.parse.text.Ascii;
import org.imrarchive.parse.text.Doc;
import org.imrarchive.parse.text.Scan;
import org.imrarchive.parse.text.TextCleaner;

/**
 * Finds the disputed items of a letter and, for each, its outcome, guideline fields and rationale, the way each
 * format lays them out. Static patterns only; thread-safe.
 */
public final class DecisionExtractor {

    /** What was found: the items, and where the first item block starts (the summary ends there at the latest). */
    public record Found(List<RawDecision> decisions, int firstBlockStart, boolean sectionFound) {
    }

    private static final String CA_LABELS = "Claims\\s+Administrator(?:'s)?\\s+guidelines?|(?:Medical\\s+Treatment\\s+)?Guideline\\(?s?\\)?\\s+(?:Relied\\s+Upon|Used|Cited)\\s+by\\s+(?:the\\s+)?Claims\\s+Administrator"
            + "|Claims\\s+Administrator\\s+(?:cited|relied\\s+upon|citation)|UR\\s+guidelines?|Utilization\\s+Review\\s+guidelines?";
    private static final String EXPERT_LABELS = "MAXIMUS\\s+guidelines?|(?:Medical\\s+Treatment\\s+)?Guideline\\(?s?\\)?\\s+(?:Relied\\s+Upon|Used|Cited)\\s+by\\s+(?:the\\s+)?(?:Expert|Professional|IMR|Physician|Medical)\\s+Reviewer(?:\\s+and\\s+why)?"
            + "|Expert\\s+Reviewer(?:'s)?\\s+guidelines?|IMR\\s+guidelines?|Guidelines?\\s+(?:relied\\s+upon|cited|used|applied)|Guideline\\(s\\)|Guidelines?|Criteria\\s+(?:used|applied)"
            + "|Medical\\s+Treatment\\s+Guidelines?|MTUS/ODG\\s+guidelines?|Evidence[-\\s]based\\s+guidelines?|Reference\\(?s?\\)?|Citations?|Cited\\s+guidelines?"
            + "|(?:CA\\s+)?MTUS\\s+Citations?|MTUS\\s+guidelines?";
    private static final String NON_MTUS_LABELS = "Non-?\\s?MTUS\\s+Citations?|Non-?\\s?MTUS\\s+guidelines?|Non-?\\s?MTUS\\s+references?|Non-?\\s?MTUS";
    private static final String RATIONALE_LABELS = "Decision\\s+rationale|Rationale\\s+for\\s+(?:the\\s+)?(?:Decision|Determination)|Rationale|Reasons?\\s+for\\s+(?:the\\s+)?(?:Decision|Determination)"
            + "|Clinical\\s+rationale|Basis\\s+for\\s+(?:the\\s+)?(?:Decision|Determination)|Explanation(?:\\s+of\\s+(?:the\\s+)?(?:Decision|Determination))?";
    private static final String OUTCOME_LABELS = "(?:IMR\\s+|Final\\s+)?(?:Decision|Determination|Outcome)";

    private static final Pattern FIELD = Pattern.compile(
            "(?im)^[ \\t]*(?:[-*\\u2022][ \\t]*)?(?:(?<ca>" + CA_LABELS + ")|(?<nonmtus>" + NON_MTUS_LABELS + ")|(?<ex>" + EXPERT_LABELS + ")|(?<rat>" + RATIONALE_LABELS + ")|(?<out>" + OUTCOME_LABELS + "))[ \\t]*:[ \\t]*");

    private static final Pattern LABEL_LINE = Pattern.compile(
            "^(?:\\(?(\\d{1,2})[.)]\\s+)?(.+?)\\s*(?::|\\s-|\\s\\u2013|\\s\\u2014)\\s*(?i:(upheld|overturned|uphold|overturn|reversed))\\s*\\.?$");
    private static final Pattern OUTCOME_WORD = Pattern.compile("(?i)\\b(upheld|uphold|overturned|overturn|reversed)\\b");
    private static final Pattern NUMBERED = Pattern.compile("^\\(?(\\d{1,2})[.)]\\s*(?=\\S)");
    /** Both alternatives start at \\b and one of the letters i a w b r d n u: stated once up front, before the alternatives. */
    private static final Pattern NECESSITY = Pattern.compile(
            "(?i)\\b(?=[iIaAwWbBrRdDnNuU])(?:\\b(?:is|are|was|were|be|been|remains?)\\s+(not\\s+|un)?medically\\s+(?:necessary|indicated|reasonable)(?:\\s+(?:and|or)\\s+appropriate)?"
                    + "|\\b(?:denial|non-?certification|adverse\\s+determination|UR\\s+(?:decision|determination)|utilization\\s+review\\s+(?:decision|determination))\\s+(?:is|was|should\\s+be|will\\s+be)\\s+(upheld|overturned|reversed))");
    private static final Pattern DETERMINED = Pattern.compile(
            "(?is)\\bhas\\s+determined\\s+(?:that\\s+)?(?:the\\s+)?(?:request(?:ed)?\\s+(?:for\\s+)?|requested\\s+)?(.+?)\\s+(?:is|are|was|were)\\s+(not\\s+)?medically\\s+necessary");
    private static final Pattern ITEM_SUBJECT = Pattern.compile(
            "(?is)^(?:(?:therefore|thus|accordingly|consequently|as\\s+such|in\\s+summary|based\\s+on\\s+[^,]{0,80}),?\\s+)?(?:the\\s+)?(?:(?:retrospective|prospective|current|proposed)\\s+)?(?:request(?:ed)?\\s+(?:for\\s+)?(?:the\\s+)?|requested\\s+)?(.+?)\\s+(?:is|are|was|were)\\s+(?:not\\s+)?medically\\s+necessary");
    private static final Pattern REGARDING = Pattern.compile(
            "(?i)^(?:regarding|re:|as\\s+to|with\\s+(?:regard|respect)\\s+to|in\\s+regard\\s+to|concerning|for|request(?:ed)?\\s*(?:#\\s*\\d+)?\\s*:|item\\s*(?:#\\s*\\d+)?\\s*:|issue\\s*(?:#\\s*\\d+)?\\s*:|decision\\s+for)\\s*(?:the\\s+)?(?:request(?:ed)?\\s+(?:for\\s+)?(?:the\\s+)?|requested\\s+)?");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^the\\s+final\\s+determination\\s+was\\s+based\\s+on\\s+decisions?\\s+for\\s+the\\s+disputed\\s+items?/services?\\s+set\\s+forth\\s+below:?");
    private static final Pattern LETTER_LEVEL = Pattern.compile(
            "(?i)\\bFinal\\s+Determination\\s*:?\\s*(?:is\\s+to\\s+)?(partial(?:ly)?\\s+overturn(?:ed)?|partial(?:ly)?\\s+uphold|overturn(?:ed)?|uphold|upheld)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s+[A-Z(\"']|\\s*$)");

    private DecisionExtractor() {
    }

    public static Found extract(Doc doc, LetterFormat format) {
        return switch (format) {
            case IMR_NOTICE_2013 -> notice(doc);
            case MEDICAL_PROFESSIONAL_REVIEW -> mpr(doc);
            default -> standard(doc, format);
        };
    }

    /** A letter-level "Final Determination: UPHOLD" (all items) or "OVERTURN"; null when partial or absent. */
    public static Outcome letterLevelOutcome(String text) {
        Matcher m = Scan.first(LETTER_LEVEL, Scan.Text.of(text), 20, 80, "final determination");
        if (m != null) {
            String v = m.group(1).toLowerCase(Locale.ROOT);
            if (v.startsWith("partial")) {
                return null;
            }
            return v.startsWith("overturn") ? Outcome.OVERTURNED : Outcome.UPHELD;
        }
        return null;
    }

    // ------------------------------------------------------------------ DWC 2013 and MAXIMUS 2014

    private static Found standard(Doc doc, LetterFormat format) {
        Doc.Mark section = doc.first(Doc.Heading.DECISIONS);
        String text = doc.text();
        int from;
        int to;
        if (section != null) {
            from = section.bodyStart();
            to = sectionEnd(doc, section);
        } else {
            // no heading (a missing page, or a variant): look after the summary, or anywhere
            Doc.Mark summary = doc.first(Doc.Heading.SUMMARY);
            from = summary != null ? summary.bodyStart() : 0;
            to = text.length();
        }
        List<Line> lines = lines(text, from, to);
        List<Block> blocks = labelBlocks(lines);
        if (blocks.isEmpty()) {
            blocks = numberedBlocks(lines, false);
        }
        if (blocks.isEmpty() && section == null) {
            blocks = fieldBlocks(lines);
        }
        if (blocks.isEmpty() && section != null) {
            blocks = singleBlock(lines);
        }
        List<RawDecision> out = new ArrayList<>();
        int firstStart = blocks.isEmpty() ? -1 : blocks.get(0).start;
        for (Block b : blocks) {
            out.add(readBlock(b, lines));
        }
        return new Found(out, firstStart, section != null);
    }

    /** The decisions section runs over qualification and closing headings? No: it ends at the closing or a later major heading. */
    private static int sectionEnd(Doc doc, Doc.Mark section) {
        for (Doc.Mark m : doc.marks()) {
            if (m.start() <= section.start()) {
                continue;
            }
            if (m.heading() == Doc.Heading.CLOSING || m.heading() == Doc.Heading.DECISIONS || m.heading() == Doc.Heading.SUMMARY
                    || m.heading() == Doc.Heading.DOCUMENTS || m.heading() == Doc.Heading.HOW_MADE) {
                return m.start();
            }
        }
        return doc.text().length();
    }

    // ------------------------------------------------------------------ 2013 Notice

    private static Found notice(Doc doc) {
        String text = doc.text();
        // the numbered determination sentences: "1) MAXIMUS Federal Services, Inc. has determined the request for X is not ..."
        List<RawDecision> determinations = new ArrayList<>();
        List<Line> all = lines(text, 0, text.length());
        for (Unit u : units(all)) {
            Matcher m = DETERMINED.matcher(u.text);
            if (mayBeDetermination(u.text) && m.find()) {
                RawDecision d = new RawDecision();
                d.number = u.number;
                d.item = cleanItem(m.group(1));
                d.outcome = m.group(2) != null ? Outcome.UPHELD : Outcome.OVERTURNED;
                determinations.add(d);
            }
        }
        if (determinations.isEmpty()) {
            // unnumbered: "MAXIMUS Federal Services, Inc. has determined the request for X is ..."
            Matcher m = DETERMINED.matcher(TextCleaner.reflow(text));
            int n = 1;
            while (m.find()) {
                RawDecision d = new RawDecision();
                d.number = n++;
                d.item = cleanItem(m.group(1));
                d.outcome = m.group(2) != null ? Outcome.UPHELD : Outcome.OVERTURNED;
                determinations.add(d);
            }
        }
        Doc.Mark section = doc.first(Doc.Heading.DECISIONS);
        int from = section != null ? section.bodyStart() : 0;
        int to = section != null ? closingAfter(doc, section.start()) : text.length();
        List<Line> lines = lines(text, from, to);
        List<Block> blocks = regardingBlocks(lines);
        if (blocks.isEmpty()) {
            blocks = numberedBlocks(lines, true);
        }
        if (blocks.isEmpty()) {
            blocks = labelBlocks(lines);
        }
        if (blocks.isEmpty()) {
            blocks = fieldBlocks(lines);
        }
        List<RawDecision> read = new ArrayList<>();
        for (Block b : blocks) {
            read.add(readBlock(b, lines));
        }
        int firstStart = blocks.isEmpty() ? -1 : blocks.get(0).start;
        if (determinations.isEmpty()) {
            return new Found(read, firstStart, section != null);
        }
        // each determination takes the block of the same number, else the block at the same position
        List<RawDecision> out = new ArrayList<>();
        Set<RawDecision> used = new HashSet<>();
        for (int i = 0; i < determinations.size(); i++) {
            RawDecision d = determinations.get(i);
            RawDecision b = null;
            for (RawDecision r : read) {
                if (!used.contains(r) && r.number != null && r.number.equals(d.number) && similar(r.item, d.item)) {
                    b = r;
                    break;
                }
            }
            if (b == null) {
                for (RawDecision r : read) {
                    if (!used.contains(r) && similar(r.item, d.item)) {
                        b = r;
                        break;
                    }
                }
            }
            if (b == null && i < read.size() && !used.contains(read.get(i)) && read.size() == determinations.size()) {
                b = read.get(i);
            }
            if (b != null) {
                used.add(b);
                d.claimsAdministratorGuidelines = b.claimsAdministratorGuidelines;
                d.guidelines = b.guidelines;
                d.rationale = b.rationale;
                d.hasBlock = true;
                if (d.outcome == null) {
                    d.outcome = b.outcome;
                }
            }
            out.add(d);
        }
        return new Found(out, firstStart, section != null);
    }

    private static int closingAfter(Doc doc, int start) {
        for (Doc.Mark m : doc.marks()) {
            if (m.start() > start && m.heading() == Doc.Heading.CLOSING) {
                return m.start();
            }
        }
        return doc.text().length();
    }

    // ------------------------------------------------------------------ MEDICAL PROFESSIONAL REVIEW

    private static Found mpr(Doc doc) {
        String text = doc.text();
        String issue = doc.body(Doc.Heading.ISSUE);
        List<String> items = new ArrayList<>();
        if (issue != null) {
            List<Line> lines = lines(issue, 0, issue.length());
            List<Unit> units = units(lines);
            if (!units.isEmpty()) {
                for (Unit u : units) {
                    items.add(issueItem(u.text));
                }
            } else {
                String flat = TextCleaner.reflow(issue);
                if (!flat.isEmpty()) {
                    items.add(issueItem(flat));
                }
            }
        }
        items.removeIf(s -> s == null || s.isBlank());
        String guidelines = doc.body(Doc.Heading.MPR_GUIDELINES);
        Doc.Mark rationaleMark = doc.first(Doc.Heading.MPR_RATIONALE);
        String rationale = rationaleMark == null ? null
                : text.substring(rationaleMark.bodyStart(), Math.max(rationaleMark.bodyStart(), doc.end(rationaleMark)));
        String rationaleHeading = rationaleMark == null ? null : text.substring(rationaleMark.start(), rationaleMark.bodyStart());
        String flatRationale = rationale == null ? null : TextCleaner.reflow(rationale);
        // the claims administrator's guidelines may be a labelled line anywhere
        String caField = null;
        Matcher f = FIELD.matcher(text);
        List<int[]> fieldSpans = new ArrayList<>();
        for (int at = findField(f, text, 0); at >= 0; at = findField(f, text, f.end())) {
            fieldSpans.add(new int[] {f.start(), f.end(), f.group("ca") != null ? 1 : f.group("out") != null ? 2 : 0});
        }
        Outcome labelled = null;
        for (int i = 0; i < fieldSpans.size(); i++) {
            int[] s = fieldSpans.get(i);
            int end = text.indexOf('\n', s[1]);
            String v = text.substring(s[1], end < 0 ? text.length() : end).strip();
            if (s[2] == 1 && caField == null) {
                caField = v;
            } else if (s[2] == 2 && labelled == null) {
                Matcher o = OUTCOME_WORD.matcher(v);
                if (o.find()) {
                    labelled = outcomeWord(o.group(1));
                }
            }
        }
        List<String> perItemRationale = splitRationale(rationale, items.size());
        List<RawDecision> out = new ArrayList<>();
        int n = 1;
        for (String item : items) {
            RawDecision d = new RawDecision();
            d.number = n;
            d.item = item;
            d.hasBlock = rationale != null || guidelines != null;
            d.guidelines = guidelines == null ? null : TextCleaner.reflow(guidelines);
            d.guidelinesAreProse = true;
            d.claimsAdministratorGuidelines = caField;
            d.rationale = perItemRationale != null ? perItemRationale.get(n - 1) : flatRationale;
            Outcome o = items.size() == 1 ? labelled : null;
            if (o == null && d.rationale != null) {
                o = items.size() > 1 && perItemRationale == null ? outcomeFor(item, d.rationale) : lastOutcome(d.rationale, item);
            }
            if (o == null && rationaleHeading != null) {
                String h = rationaleHeading.toUpperCase(Locale.ROOT);
                if (h.contains("NOT MEDICALLY NECESSARY")) {
                    o = Outcome.UPHELD;
                } else if (h.contains("MEDICALLY NECESSARY")) {
                    o = Outcome.OVERTURNED;
                }
            }
            d.outcome = o;
            out.add(d);
            n++;
        }
        int firstStart = doc.first(Doc.Heading.ISSUE) == null ? -1 : doc.first(Doc.Heading.ISSUE).start();
        return new Found(out, firstStart, issue != null || rationale != null);
    }

    private static final Pattern ISSUE_WRAP = Pattern.compile(
            "(?i)^(?:whether\\s+|is\\s+|are\\s+|was\\s+)?(?:the\\s+)?(?:(?:retrospective|prospective)\\s+)?(?:request(?:ed)?\\s+(?:for\\s+)?(?:the\\s+)?|requested\\s+)?(.+?)"
                    + "(?:\\s+(?:is|are|was|were|is/was)\\s+)?(?:\\s*(?:not\\s+)?medically\\s+necessary(?:\\s+(?:and|or)\\s+appropriate)?[^?.]*)?\\s*[?.]?$");

    private static String issueItem(String s) {
        String t = s.strip();
        Matcher m = ISSUE_WRAP.matcher(t);
        if (m.matches()) {
            t = m.group(1);
        }
        t = ISSUE_SUFFIX.matcher(t).replaceAll("");
        return cleanItem(t);
    }

    private static List<String> splitRationale(String rationale, int items) {
        if (rationale == null || items < 2) {
            return null;
        }
        List<Unit> units = units(lines(rationale, 0, rationale.length()));
        if (units.size() != items) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Unit u : units) {
            out.add(u.text);
        }
        return out;
    }

    // ------------------------------------------------------------------ blocks

    private record Line(String text, int start, boolean paragraph) {
    }

    private static final class Block {
        int first;       // first line of the block (the header line)
        int end;         // line index after the block
        int start;       // char offset of the block in the doc
        Integer number;
        String item;
        Outcome label;
        boolean headIsSentence;
        Outcome headOutcome;
        int bodyFrom;    // first body line
        String headRest; // text of the head line after the item (same line)
    }

    /** A numbered paragraph: "1) ..." and its continuation lines. */
    private record Unit(int number, String text, int firstLine, int endLine) {
    }

    private static List<Line> lines(String text, int from, int to) {
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

    /** DETERMINED needs "determined": checked first, as its lazy DOTALL scan is slow over the many units that lack it. */
    private static boolean mayBeDetermination(String s) {
        return Ascii.containsIgnoreCase(s, "determined");
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

    private static final String[] OUTCOME_WORDS = {"upheld", "overturned", "uphold", "overturn", "reversed"};

    /**
     * As successive {@code m.find()} calls for FIELD (from {@code from}, the previous match's end; FIELD matches are
     * never empty), but trying line starts only: FIELD starts with a multiline ^, which find() would test at every
     * character. Returns the match start, or -1.
     */
    private static int findField(Matcher m, String text, int from) {
        int n = text.length();
        int q = from;
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false); // ^ then tests the real text, as it does in find()
        while (q < n) { // ^ does not match at the end of input
            m.region(q, n);
            if (m.lookingAt()) {
                return m.start();
            }
            while (q < n && !Ascii.isRegexLineTerminator(text.charAt(q))) {
                q++;
            }
            q++;
        }
        return -1;
    }

    private static boolean isField(String line) {
        return FIELD.matcher(line).lookingAt();
    }

    /** Blocks headed by "Item: Upheld" lines (DWC 2013). */
    private static List<Block> labelBlocks(List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).text();
            if (!mayBeLabelLine(l) || isField(l)) {
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
                boolean prevIsHeader = !blocks.isEmpty() && blocks.get(blocks.size() - 1).first == i - 1;
                if (!prevIsHeader && !ENDS_CLAUSE.matcher(prev).matches() && !isField(prev) && prev.length() < 160
                        && !BOILERPLATE.matcher(prev).lookingAt()) {
                    Matcher pn = NUMBERED.matcher(prev);
                    item = (pn.lookingAt() ? prev.substring(pn.end()) : prev) + " " + item;
                    first = i - 1;
                }
            }
            Block b = new Block();
            b.first = first;
            b.bodyFrom = i + 1;
            b.start = lines.get(first).start();
            b.number = m.group(1) != null ? Integer.valueOf(m.group(1)) : null;
            b.item = cleanItem(stripNumber(item));
            b.label = outcomeWord(m.group(3));
            blocks.add(b);
        }
        closeBlocks(blocks, lines.size());
        return blocks;
    }

    private static String stripNumber(String s) {
        Matcher m = NUMBERED.matcher(s);
        return m.lookingAt() ? s.substring(m.end()) : s;
    }

    /** Numbered paragraphs 1, 2, 3 ... in sequence. */
    private static List<Unit> units(List<Line> lines) {
        List<Unit> units = new ArrayList<>();
        int expected = 1;
        int i = 0;
        while (i < lines.size()) {
            Matcher m = NUMBERED.matcher(lines.get(i).text());
            if (m.lookingAt() && Integer.parseInt(m.group(1)) == expected) {
                int j = i + 1;
                while (j < lines.size() && !NUMBERED.matcher(lines.get(j).text()).lookingAt() && !isField(lines.get(j).text())) {
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

    /** Blocks headed by numbered lines ("1. Norco 10/325mg #120 is not medically necessary and appropriate."). */
    private static List<Block> numberedBlocks(List<Line> lines, boolean skipDeterminations) {
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
            while (j < lines.size() && j < i + 4 && !endsSentence(head) && !isField(lines.get(j).text())
                    && !NUMBERED.matcher(lines.get(j).text()).lookingAt() && head.indexOf(":") < 0) {
                head.append(' ').append(lines.get(j).text());
                j++;
            }
            String h = head.toString().strip();
            if (skipDeterminations && mayBeDetermination(h) && DETERMINED.matcher(h).find()) {
                continue;
            }
            if (Character.isLowerCase(h.charAt(0))) {
                continue;
            }
            Block b = new Block();
            b.first = i;
            b.number = expected;
            b.start = lines.get(i).start();
            String first = firstSentence(h);
            Matcher lab = LABEL_LINE.matcher(first);
            Matcher nec = NECESSITY.matcher(first);
            if (lab.matches()) {
                b.item = cleanItem(stripNumber(lab.group(2)));
                b.label = outcomeWord(lab.group(3));
                b.bodyFrom = j;
                b.headRest = h.substring(Math.min(h.length(), first.length())).strip();
            } else if (nec.find() && nec.group(2) == null) {
                Matcher subj = ITEM_SUBJECT.matcher(first.substring(0, nec.end()));
                b.item = cleanItem(subj.find() ? subj.group(1) : first.substring(0, nec.start()));
                b.headOutcome = nec.group(1) != null ? Outcome.UPHELD : Outcome.OVERTURNED;
                b.headIsSentence = true;
                b.bodyFrom = j;
                b.headRest = h.substring(Math.min(h.length(), first.length())).strip();
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
                b.item = cleanItem(item);
                b.bodyFrom = j;
                String after = h.substring(Math.min(h.length(), first.length())).strip();
                b.headRest = (rest + " " + after).strip();
            }
            if (b.item == null || b.item.isEmpty()) {
                continue;
            }
            blocks.add(b);
            expected++;
            i = j - 1;
        }
        closeBlocks(blocks, lines.size());
        return blocks;
    }

    /** Blocks headed by "1) Regarding the request for X:" (2013 Notice). */
    private static List<Block> regardingBlocks(List<Line> lines) {
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
            while (head.indexOf(":") < 0 && j < lines.size() && j < i + 4 && !isField(lines.get(j).text())
                    && !NUMBERED.matcher(lines.get(j).text()).lookingAt()) {
                head.append(' ').append(lines.get(j).text());
                j++;
            }
            String h = head.toString();
            int colon = h.indexOf(':');
            Block b = new Block();
            b.first = i;
            b.bodyFrom = j;
            b.start = lines.get(i).start();
            b.number = m.lookingAt() ? Integer.valueOf(m.group(1)) : null;
            b.item = cleanItem(colon >= 0 ? h.substring(0, colon) : h);
            b.headRest = colon >= 0 ? h.substring(colon + 1).strip() : "";
            blocks.add(b);
            i = j - 1;
        }
        closeBlocks(blocks, lines.size());
        return blocks;
    }

    /** No item headers at all: each "Claims Administrator guideline:" (else each expert guideline label) starts a block with no item name. */
    private static List<Block> fieldBlocks(List<Line> lines) {
        List<Block> blocks = blocksAtField(lines, "ca");
        if (blocks.isEmpty()) {
            blocks = blocksAtField(lines, "ex");
        }
        closeBlocks(blocks, lines.size());
        return blocks;
    }

    private static List<Block> blocksAtField(List<Line> lines, String group) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = FIELD.matcher(lines.get(i).text());
            if (m.lookingAt() && m.group(group) != null) {
                Block b = new Block();
                b.first = i;
                b.bodyFrom = i;
                b.start = lines.get(i).start();
                blocks.add(b);
            }
        }
        return blocks;
    }

    private static List<Block> singleBlock(List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        if (lines.isEmpty()) {
            return blocks;
        }
        boolean anyField = false;
        for (Line l : lines) {
            if (isField(l.text())) {
                anyField = true;
                break;
            }
        }
        if (!anyField) {
            return blocks;
        }
        Block b = new Block();
        b.first = 0;
        b.bodyFrom = 0;
        b.start = lines.get(0).start();
        b.end = lines.size();
        blocks.add(b);
        return blocks;
    }

    private static void closeBlocks(List<Block> blocks, int n) {
        for (int k = 0; k < blocks.size(); k++) {
            blocks.get(k).end = k + 1 < blocks.size() ? blocks.get(k + 1).first : n;
        }
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

    /** The fields of one block: guideline labels, rationale, outcome. */
    private static RawDecision readBlock(Block b, List<Line> lines) {
        RawDecision d = new RawDecision();
        d.number = b.number;
        d.item = b.item;
        d.hasBlock = true;
        StringBuilder body = new StringBuilder();
        if (b.headRest != null && !b.headRest.isEmpty()) {
            body.append(b.headRest).append('\n');
        }
        for (int i = b.bodyFrom; i < b.end; i++) {
            String t = lines.get(i).text();
            if (BOILERPLATE.matcher(t).lookingAt()) {
                continue;
            }
            if (lines.get(i).paragraph() && body.length() > 0) {
                body.append('\n');
            }
            body.append(t).append('\n');
        }
        String text = body.toString();
        Matcher m = FIELD.matcher(text);
        List<int[]> spans = new ArrayList<>();
        for (int at = findField(m, text, 0); at >= 0; at = findField(m, text, m.end())) {
            int kind = m.group("ca") != null ? 0 : m.group("ex") != null ? 1 : m.group("nonmtus") != null ? 4 : m.group("rat") != null ? 2 : 3;
            spans.add(new int[] {m.start(), m.end(), kind});
        }
        StringBuilder unlabelled = new StringBuilder();
        int firstSpan = spans.isEmpty() ? text.length() : spans.get(0)[0];
        unlabelled.append(text, 0, firstSpan);
        Outcome fieldOutcome = null;
        for (int k = 0; k < spans.size(); k++) {
            int[] s = spans.get(k);
            int end = k + 1 < spans.size() ? spans.get(k + 1)[0] : text.length();
            if (s[2] == 0 || s[2] == 1 || s[2] == 4) {
                // a guideline field is one paragraph; unlabelled paragraphs after it are the rationale
                int valueStart = s[1];
                while (valueStart < end && Character.isWhitespace(text.charAt(valueStart))) {
                    valueStart++;
                }
                int para = text.indexOf("\n\n", valueStart);
                if (para >= 0 && para < end) {
                    unlabelled.append(text, para, end).append('\n');
                    end = para;
                }
            }
            String v = TextCleaner.reflow(text.substring(s[1], end));
            switch (s[2]) {
                case 0 -> d.claimsAdministratorGuidelines = append(d.claimsAdministratorGuidelines, v);
                case 1 -> d.guidelines = appendCitation(d.guidelines, v);
                case 4 -> d.guidelines = appendCitation(d.guidelines, "Non-MTUS Citation: " + v);
                case 2 -> d.rationale = append(d.rationale, v);
                default -> {
                    Matcher o = OUTCOME_WORD.matcher(v);
                    if (o.find() && o.start() < 20) {
                        fieldOutcome = outcomeWord(o.group(1));
                        String after = LEADING_PUNCT.matcher(v.substring(o.end())).replaceFirst("");
                        if (!after.isEmpty()) {
                            unlabelled.append(after).append('\n');
                        }
                    } else {
                        Matcher nec = NECESSITY.matcher(v);
                        if (nec.find() && nec.start() < 80) {
                            fieldOutcome = necessityOutcome(nec);
                        }
                        unlabelled.append(v).append('\n');
                    }
                }
            }
        }
        if (d.rationale == null) {
            String rest = TextCleaner.reflow(unlabelled.toString());
            if (!rest.isEmpty()) {
                d.rationale = rest;
            }
        }
        // outcome: the label on the item line, a Decision: field, the head sentence, the rationale's conclusion
        Outcome o = b.label != null ? b.label : fieldOutcome != null ? fieldOutcome : b.headOutcome;
        if (o == null && d.rationale != null) {
            o = lastOutcome(d.rationale, d.item);
        }
        d.outcome = o;
        return d;
    }

    private static String appendCitation(String a, String b) {
        if (b == null || b.isEmpty()) {
            return a;
        }
        return a == null ? b : TRAILING_STOPS.matcher(a).replaceAll("") + "; " + b;
    }

    private static String append(String a, String b) {
        if (b == null || b.isEmpty()) {
            return a;
        }
        return a == null ? b : a + " " + b;
    }

    static Outcome outcomeWord(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.startsWith("uph") ? Outcome.UPHELD : Outcome.OVERTURNED;
    }

    private static Outcome necessityOutcome(Matcher nec) {
        if (nec.group(2) != null) {
            return nec.group(2).toLowerCase(Locale.ROOT).startsWith("uph") ? Outcome.UPHELD : Outcome.OVERTURNED;
        }
        return nec.group(1) != null ? Outcome.UPHELD : Outcome.OVERTURNED;
    }

    /** The conclusion of a rationale: its last "is (not) medically necessary" sentence, preferring one naming the item. */
    static Outcome lastOutcome(String rationale, String item) {
        // one pass over the necessity sentences gives both the item's conclusion and the last one
        Outcome[] namedAndLast = scanOutcomes(item == null ? Set.of() : keyWords(item), rationale);
        return namedAndLast[0] != null ? namedAndLast[0] : namedAndLast[1];
    }

    /** The outcome of the last necessity sentence that names this item (by its words), or null. */
    static Outcome outcomeFor(String item, String text) {
        if (item == null || text == null) {
            return null;
        }
        Set<String> keys = keyWords(item);
        if (keys.isEmpty()) {
            return null;
        }
        return scanOutcomes(keys, text)[0];
    }

    /** [outcome of the last necessity sentence naming the item (by its words), outcome of the last necessity sentence]. */
    private static Outcome[] scanOutcomes(Set<String> keys, String text) {
        Outcome best = null;
        Outcome last = null;
        // NECESSITY needs "medically" or an outcome word; without them there is nothing to find
        if (!Ascii.containsAnyIgnoreCase(text, "medically", "upheld", "overturned", "reversed")) {
            return new Outcome[] {null, null};
        }
        Matcher m = NECESSITY.matcher(text);
        int bestScore = 0;
        while (m.find()) {
            last = necessityOutcome(m);
            if (keys.isEmpty()) {
                continue;
            }
            int sentenceStart = Math.max(text.lastIndexOf(". ", m.start()), 0);
            String sentence = text.substring(sentenceStart, m.start()).toLowerCase(Locale.ROOT);
            int score = 0;
            for (String k : keys) {
                if (sentence.contains(k)) {
                    score++;
                }
            }
            if (score > 0 && score >= bestScore) {
                bestScore = score;
                best = necessityOutcome(m);
            }
        }
        return new Outcome[] {best, last};
    }

    private static final Set<String> STOP = Set.of("the", "for", "and", "with", "request", "of", "to", "at", "x", "per", "one",
            "two", "three", "four", "six", "eight", "twelve", "sessions", "session", "times", "week", "weeks", "month", "months", "left", "right",
            "bilateral", "retrospective", "prospective", "mg", "tablets", "tabs", "unknown", "quantity", "qty", "dos", "date", "service", "visits", "each");

    private static Set<String> keyWords(String item) {
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(item.toLowerCase(Locale.ROOT))) {
            if (w.length() >= 3 && !STOP.contains(w) && !DOSE_NUMBER.matcher(w).matches()) {
                out.add(w);
            }
        }
        return out;
    }

    static boolean similar(String a, String b) {
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

    // regexes of per-item and per-line steps, compiled once (String.replaceAll / matches / split compile on every call)
    private static final Pattern ISSUE_SUFFIX = Pattern.compile("(?i)\\s*[-\\u2013:]\\s*(?:non-?certified|denied|modified|upheld|overturned)\\.?$");
    private static final Pattern OUTCOME_LABEL = Pattern.compile("(?i)(?:IMR\\s+|final\\s+)?(?:decision|determination|outcome)");
    private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[.:;!?]$");
    private static final Pattern REGARDING_WORD = Pattern.compile("^(?:regarding|re:|as to|with|in regard|concerning|decision for).*");
    private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s.:;-]+");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[\\s.;]+$");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DOSE_NUMBER = Pattern.compile("\\d+(?:mg)?");
    private static final Pattern ITEM_TRAILING = Pattern.compile("[\\s:;,]+$");
    private static final Pattern ITEM_FULL_STOP = Pattern.compile("(?<![A-Za-z]\\.[A-Za-z])\\.$");

    private static final Pattern ITEM_LEAD = Pattern.compile("(?i)^(?:the\\s+)?(?:request(?:ed)?\\s+(?:for\\s+)?(?:the\\s+)?)");

    /** Item text with whitespace repaired and the letter's lead-ins ("the request for") and trailing punctuation removed. */
    static String cleanItem(String s) {
        if (s == null) {
            return null;
        }
        String t = TextCleaner.reflow(s);
        t = ITEM_LEAD.matcher(t).replaceFirst("");
        t = ITEM_TRAILING.matcher(t).replaceAll("");
        t = ITEM_FULL_STOP.matcher(t).replaceAll("");
        return t.strip();
    }
}
