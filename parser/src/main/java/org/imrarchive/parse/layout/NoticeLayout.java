package org.imrarchive.parse.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.Reviewer;
import org.imrarchive.parse.read.BlockFinder;
import org.imrarchive.parse.read.BlockFinder.Block;
import org.imrarchive.parse.read.BlockFinder.Line;
import org.imrarchive.parse.read.BlockReader;
import org.imrarchive.parse.read.DecisionBlock;
import org.imrarchive.parse.read.Header;
import org.imrarchive.parse.read.ItemText;
import org.imrarchive.parse.read.ReviewerReader;
import org.imrarchive.parse.text.Ascii;
import org.imrarchive.parse.text.SectionedLetter;
import org.imrarchive.parse.text.TextCleaner;

/**
 * 2013 "Notice of Independent Medical Review Determination" letters: numbered determination sentences ("1) MAXIMUS
 * Federal Services, Inc. has determined the request for X is not medically necessary"), then a "1) Regarding the
 * request for X:" block per item.
 */
public final class NoticeLayout implements LetterLayout {

    private static final List<LayoutMarker> MARKERS = List.of(
            LayoutMarker.of("notice", "(?i)Notice\\s+of\\s+Independent\\s+Medical\\s+Review\\s+Determination", 3),
            LayoutMarker.of("independent", "(?i)INDEPENDENT\\s+MEDICAL\\s+REVIEW\\s+DECISION\\s+AND\\s+RATIONALE", 6),
            LayoutMarker.of("determined", "(?i)has\\s+determined\\s+(?:that\\s+)?the\\s+request(?:ed)?\\s+(?:for\\s+)?", 3),
            LayoutMarker.of("qualifications", "(?i)Medical\\s+Qualifications\\s+of\\s+the\\s+Expert\\s+Reviewer", 3),
            LayoutMarker.of("regarding", "(?im)^\\s*\\d{1,2}\\)\\s*Regarding\\s+the\\s+request", 2),
            LayoutMarker.of("relied", "(?i)Relied\\s+Upon\\s+by\\s+the\\s+Expert\\s+Reviewer", 2));

    private static final Pattern DETERMINED = Pattern.compile(
            "(?is)\\bhas\\s+determined\\s+(?:that\\s+)?(?:the\\s+)?(?:request(?:ed)?\\s+(?:for\\s+)?|requested\\s+)?(.+?)\\s+(?:is|are|was|were)\\s+(not\\s+)?medically\\s+necessary");

    private final ReviewerReader reviewers;

    public NoticeLayout(ReviewerReader reviewers) {
        this.reviewers = reviewers;
    }

    @Override
    public LetterFormat format() {
        return LetterFormat.IMR_NOTICE_2013;
    }

    @Override
    public List<LayoutMarker> markers() {
        return MARKERS;
    }

    @Override
    public Reviewer reviewer(SectionedLetter doc, Header header, List<String> warnings) {
        return reviewers.read(doc, header, warnings);
    }

    /** DETERMINED needs "determined": checked first, as its lazy DOTALL scan is slow over the many units that lack it. */
    private static boolean isDetermination(String s) {
        return Ascii.containsIgnoreCase(s, "determined") && DETERMINED.matcher(s).find();
    }

    private static DecisionBlock determination(Integer number, Matcher m) {
        return DecisionBlock.named(number, ItemText.clean(m.group(1)), m.group(2) != null ? Outcome.UPHELD : Outcome.OVERTURNED);
    }

    @Override
    public DecisionBlocks decisions(SectionedLetter doc) {
        String text = doc.text();
        List<DecisionBlock> determinations = new ArrayList<>();
        List<Line> all = BlockFinder.lines(text, 0, text.length());
        for (BlockFinder.Unit u : BlockFinder.units(all)) {
            if (Ascii.containsIgnoreCase(u.text(), "determined")) {
                Matcher m = DETERMINED.matcher(u.text());
                if (m.find()) {
                    determinations.add(determination(u.number(), m));
                }
            }
        }
        if (determinations.isEmpty()) {
            // unnumbered: "MAXIMUS Federal Services, Inc. has determined the request for X is ..."
            Matcher m = DETERMINED.matcher(TextCleaner.reflow(text));
            int n = 1;
            while (m.find()) {
                determinations.add(determination(n++, m));
            }
        }
        SectionedLetter.Mark section = doc.first(SectionedLetter.Heading.DECISIONS);
        int from = section != null ? section.bodyStart() : 0;
        int to = section != null ? closingAfter(doc, section.start()) : text.length();
        List<Line> lines = BlockFinder.lines(text, from, to);
        List<Block> blocks = BlockFinder.regardingBlocks(lines);
        if (blocks.isEmpty()) {
            blocks = BlockFinder.numberedBlocks(lines, NoticeLayout::isDetermination);
        }
        if (blocks.isEmpty()) {
            blocks = BlockFinder.labelBlocks(lines);
        }
        if (blocks.isEmpty()) {
            blocks = BlockFinder.fieldBlocks(lines);
        }
        List<DecisionBlock> read = new ArrayList<>();
        for (Block b : blocks) {
            read.add(BlockReader.read(b, lines));
        }
        int firstStart = blocks.isEmpty() ? -1 : blocks.get(0).start();
        if (determinations.isEmpty()) {
            return new DecisionBlocks(read, firstStart, section != null);
        }
        return new DecisionBlocks(matched(determinations, read), firstStart, section != null);
    }

    /** Each determination takes the block of the same number, else a block naming the same item, else the block at the same position. */
    private static List<DecisionBlock> matched(List<DecisionBlock> determinations, List<DecisionBlock> read) {
        List<DecisionBlock> out = new ArrayList<>();
        boolean[] used = new boolean[read.size()];
        for (int i = 0; i < determinations.size(); i++) {
            DecisionBlock d = determinations.get(i);
            int b = -1;
            for (int k = 0; k < read.size() && b < 0; k++) {
                DecisionBlock r = read.get(k);
                if (!used[k] && r.number() != null && r.number().equals(d.number()) && ItemText.similar(r.item(), d.item())) {
                    b = k;
                }
            }
            for (int k = 0; k < read.size() && b < 0; k++) {
                if (!used[k] && ItemText.similar(read.get(k).item(), d.item())) {
                    b = k;
                }
            }
            if (b < 0 && i < read.size() && !used[i] && read.size() == determinations.size()) {
                b = i;
            }
            if (b >= 0) {
                used[b] = true;
                d = d.withFieldsOf(read.get(b));
            }
            out.add(d);
        }
        return out;
    }

    private static int closingAfter(SectionedLetter doc, int start) {
        for (SectionedLetter.Mark m : doc.marks()) {
            if (m.start() > start && m.heading() == SectionedLetter.Heading.CLOSING) {
                return m.start();
            }
        }
        return doc.text().length();
    }
}
