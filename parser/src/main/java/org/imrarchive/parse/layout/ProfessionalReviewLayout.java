package org.imrarchive.parse.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.Reviewer;
import org.imrarchive.parse.read.BlockFinder;
import org.imrarchive.parse.read.DecisionBlock;
import org.imrarchive.parse.read.FieldLabel;
import org.imrarchive.parse.read.Header;
import org.imrarchive.parse.read.ItemText;
import org.imrarchive.parse.read.OutcomeInference;
import org.imrarchive.parse.read.ReviewerReader;
import org.imrarchive.parse.text.SectionedLetter;
import org.imrarchive.parse.text.TextCleaner;

/**
 * "MEDICAL PROFESSIONAL REVIEW" letters: the items under "ISSUE AT DISPUTE", one guidelines section and one
 * rationale section for all of them (split per item when it is numbered like the items).
 */
public final class ProfessionalReviewLayout implements LetterLayout {

    private static final List<LayoutMarker> MARKERS = List.of(
            LayoutMarker.of("professional", "MEDICAL\\s+PROFESSIONAL\\s+REVIEW|(?i)^\\s*Medical\\s+Professional\\s+Review\\s*$", 5),
            LayoutMarker.of("dispute", "(?i)ISSUES?\\s+AT\\s+DISPUTE", 3),
            LayoutMarker.of("professional", "(?i)RELIED\\s+UPON\\s+BY\\s+(?:THE\\s+)?PROFESSIONAL\\s+REVIEWER", 4),
            LayoutMarker.of("rationale", "(?i)RATIONALE\\s+FOR\\s+WHY\\s+THE\\s+REQUESTED", 3),
            LayoutMarker.of("qualifications", "(?i)MEDICAL\\s+REVIEWER\\s+QUALIFICATIONS", 3),
            LayoutMarker.of("reviewed", "(?i)DOCUMENTS\\s+REVIEWED\\s+FOR\\s+DETERMINATION", 3));

    private static final Pattern ISSUE_WRAP = Pattern.compile(
            "(?i)^(?:whether\\s+|is\\s+|are\\s+|was\\s+)?(?:the\\s+)?(?:(?:retrospective|prospective)\\s+)?(?:request(?:ed)?\\s+(?:for\\s+)?(?:the\\s+)?|requested\\s+)?(.+?)"
                    + "(?:\\s+(?:is|are|was|were|is/was)\\s+)?(?:\\s*(?:not\\s+)?medically\\s+necessary(?:\\s+(?:and|or)\\s+appropriate)?[^?.]*)?\\s*[?.]?$");
    private static final Pattern ISSUE_SUFFIX = Pattern.compile("(?i)\\s*[-\\u2013:]\\s*(?:non-?certified|denied|modified|upheld|overturned)\\.?$");

    private final ReviewerReader reviewers;

    public ProfessionalReviewLayout(ReviewerReader reviewers) {
        this.reviewers = reviewers;
    }

    @Override
    public LetterFormat format() {
        return LetterFormat.MEDICAL_PROFESSIONAL_REVIEW;
    }

    @Override
    public List<LayoutMarker> markers() {
        return MARKERS;
    }

    @Override
    public Reviewer reviewer(SectionedLetter doc, Header header, List<String> warnings) {
        return reviewers.read(doc, header, warnings);
    }

    @Override
    public DecisionBlocks decisions(SectionedLetter doc) {
        String text = doc.text();
        String issue = doc.body(SectionedLetter.Heading.ISSUE);
        List<String> items = new ArrayList<>();
        if (issue != null) {
            List<BlockFinder.Unit> units = BlockFinder.units(BlockFinder.lines(issue, 0, issue.length()));
            if (!units.isEmpty()) {
                for (BlockFinder.Unit u : units) {
                    items.add(issueItem(u.text()));
                }
            } else {
                String flat = TextCleaner.reflow(issue);
                if (!flat.isEmpty()) {
                    items.add(issueItem(flat));
                }
            }
        }
        items.removeIf(s -> s == null || s.isBlank());
        String guidelines = doc.body(SectionedLetter.Heading.MPR_GUIDELINES);
        SectionedLetter.Mark rationaleMark = doc.first(SectionedLetter.Heading.MPR_RATIONALE);
        String rationale = rationaleMark == null ? null
                : text.substring(rationaleMark.bodyStart(), Math.max(rationaleMark.bodyStart(), doc.end(rationaleMark)));
        String rationaleHeading = rationaleMark == null ? null : text.substring(rationaleMark.start(), rationaleMark.bodyStart());
        String flatRationale = rationale == null ? null : TextCleaner.reflow(rationale);
        // the claims administrator's guidelines and a labelled outcome may be a labelled line anywhere
        String caField = null;
        Outcome labelled = null;
        for (FieldLabel.Found f : FieldLabel.all(text)) {
            int end = text.indexOf('\n', f.valueStart());
            String v = text.substring(f.valueStart(), end < 0 ? text.length() : end).strip();
            if (f.label() == FieldLabel.CLAIMS_ADMINISTRATOR_GUIDELINES && caField == null) {
                caField = v;
            } else if (f.label() == FieldLabel.OUTCOME && labelled == null) {
                labelled = OutcomeInference.firstWord(v).map(OutcomeInference.Word::outcome).orElse(null);
            }
        }
        List<String> perItemRationale = splitRationale(rationale, items.size());
        List<DecisionBlock> out = new ArrayList<>();
        int n = 1;
        for (String item : items) {
            String itemRationale = perItemRationale != null ? perItemRationale.get(n - 1) : flatRationale;
            Outcome o = items.size() == 1 ? labelled : null;
            if (o == null && itemRationale != null) {
                o = items.size() > 1 && perItemRationale == null ? OutcomeInference.conclusionNaming(item, itemRationale)
                        : OutcomeInference.conclusion(itemRationale, item);
            }
            if (o == null && rationaleHeading != null) {
                String h = rationaleHeading.toUpperCase(Locale.ROOT);
                if (h.contains("NOT MEDICALLY NECESSARY")) {
                    o = Outcome.UPHELD;
                } else if (h.contains("MEDICALLY NECESSARY")) {
                    o = Outcome.OVERTURNED;
                }
            }
            out.add(new DecisionBlock(n, item, o, caField, guidelines == null ? null : TextCleaner.reflow(guidelines), true,
                    itemRationale, rationale != null || guidelines != null));
            n++;
        }
        int firstStart = doc.first(SectionedLetter.Heading.ISSUE) == null ? -1 : doc.first(SectionedLetter.Heading.ISSUE).start();
        return new DecisionBlocks(out, firstStart, issue != null || rationale != null);
    }

    private static String issueItem(String s) {
        String t = s.strip();
        Matcher m = ISSUE_WRAP.matcher(t);
        if (m.matches()) {
            t = m.group(1);
        }
        t = ISSUE_SUFFIX.matcher(t).replaceAll("");
        return ItemText.clean(t);
    }

    private static List<String> splitRationale(String rationale, int items) {
        if (rationale == null || items < 2) {
            return null;
        }
        List<BlockFinder.Unit> units = BlockFinder.units(BlockFinder.lines(rationale, 0, rationale.length()));
        if (units.size() != items) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (BlockFinder.Unit u : units) {
            out.add(u.text());
        }
        return out;
    }
}
