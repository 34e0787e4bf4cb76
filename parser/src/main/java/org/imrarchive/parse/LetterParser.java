package org.imrarchive.parse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrarchive.letter.Decision;
import org.imrarchive.letter.Guideline;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.LetterDates;
import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.Patient;
import org.imrarchive.letter.Procedure;
import org.imrarchive.letter.Reviewer;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.parse.layout.DecisionBlocks;
import org.imrarchive.parse.layout.Dwc2016Layout;
import org.imrarchive.parse.layout.DwcLayout;
import org.imrarchive.parse.layout.LayoutDetector;
import org.imrarchive.parse.layout.LetterLayout;
import org.imrarchive.parse.layout.MaximusLayout;
import org.imrarchive.parse.layout.NoticeLayout;
import org.imrarchive.parse.layout.ProfessionalReviewLayout;
import org.imrarchive.parse.read.DecisionBlock;
import org.imrarchive.parse.read.Header;
import org.imrarchive.parse.read.HeaderFields.Field;
import org.imrarchive.parse.read.OutcomeInference;
import org.imrarchive.parse.read.Prose;
import org.imrarchive.parse.read.ReviewerReader;
import org.imrarchive.parse.normalize.Dates;
import org.imrarchive.parse.normalize.GuidelineNormalizer;
import org.imrarchive.parse.normalize.GuidelineNormalizer.RawStyle;
import org.imrarchive.parse.normalize.ProcedureNormalizer;
import org.imrarchive.parse.normalize.SpecialtyNormalizer;
import org.imrarchive.parse.text.Ascii;
import org.imrarchive.parse.text.SectionedLetter;
import org.imrarchive.parse.text.TextCleaner;

/**
 * Text in, letter out. Pure: no I/O, no clocks except an injected "today" for two-digit years,
 * and never throws on bad input (garbage gives a {@link ParseResult.Rejected}).
 *
 * <p>One instance is immutable after construction (the procedure catalog and specialty list are read from the
 * classpath then) and may be shared by any number of threads.
 */
public final class LetterParser {

    /** Longest text taken for a letter; real letters are 5-40 KB. */
    public static final int MAX_CHARS = 4_000_000;

    private static final Pattern CASE_NUMBER = Pattern.compile("\\bCM\\s?(\\d{2})\\s?[-\\u2013]\\s?(\\d{5,8})\\b");
    private static final Pattern SUMMARY_BOILERPLATE = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:expert\\s+|professional\\s+|physician\\s+|medical\\s+)?reviewer\\s+(?:has\\s+)?developed\\s+the\\s+following\\s+[^:]{0,200}?:\\s*"
                    + "|^the\\s+following\\s+(?:clinical\\s+)?(?:case\\s+)?summary\\s+[^:]{0,200}?:\\s*"
                    + "|^(?:the\\s+)?(?:expert\\s+|professional\\s+)?reviewer\\s+based\\s+the\\s+(?:clinical\\s+)?case\\s+summary\\s+on\\s+[^:]{0,300}?:\\s*");
    private static final Pattern PAGE_N_OF_M = Pattern.compile("(?i)\\bpage\\s*(\\d{1,3})\\s*of\\s*(\\d{1,3})\\b");
    private static final Pattern SAME_AS_CA = Pattern.compile(
            "(?i)\\b(?:found|considered|agreed\\s+with|relied\\s+(?:up)?on|used)\\s+the\\s+(?:same\\s+)?guidelines?\\s+(?:cited|used|relied\\s+upon|referenced)\\s+by\\s+the\\s+claims\\s+administrator"
                    + "|\\bsame\\s+guidelines?\\s+as\\s+the\\s+claims\\s+administrator");

    private final Dates dates;
    private final TextCleaner cleaner = new TextCleaner();
    private final GuidelineNormalizer guidelines = new GuidelineNormalizer();
    private final ProcedureNormalizer procedures = new ProcedureNormalizer();
    private final LayoutDetector detector;

    /** Two-digit years resolve against the system clock's current date. */
    public LetterParser() {
        this(Clock.systemDefaultZone());
    }

    public LetterParser(Clock clock) {
        this(LocalDate.now(clock));
    }

    /** Two-digit years resolve to the most recent year not after {@code today}. */
    public LetterParser(LocalDate today) {
        this.dates = new Dates(today);
        ReviewerReader reviewers = new ReviewerReader(new SpecialtyNormalizer());
        // in the order that breaks ties between equally scored layouts
        this.detector = new LayoutDetector(List.of(new DwcLayout(reviewers), new Dwc2016Layout(reviewers), new MaximusLayout(reviewers),
                new NoticeLayout(reviewers), new ProfessionalReviewLayout(reviewers)));
    }

    public ParseResult parse(String text, SourceInfo source) {
        try {
            return parseUnchecked(text, source);
        } catch (RuntimeException | StackOverflowError e) {
            return new ParseResult.Rejected("parser failure on this input (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    private ParseResult parseUnchecked(String text, SourceInfo source) {
        String why = Screening.rejectReason(text);
        if (why != null) {
            return new ParseResult.Rejected(why);
        }
        String input = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String normalized = TextCleaner.normalizeCharacters(input);
        TextCleaner.Cleaned cleaned = cleaner.cleanNormalized(normalized);
        SectionedLetter doc = new SectionedLetter(cleaned.text());
        LetterLayout layout = detector.detect(doc.text()).orElse(null);
        if (layout == null) {
            return new ParseResult.Rejected("not an IMR determination letter: no IMR determination markers found");
        }
        LetterFormat format = layout.format();
        List<String> warnings = new ArrayList<>();

        String header = doc.text().substring(0, doc.firstHeadingStart());
        Header fields = layout.header(doc);

        DecisionBlocks found = layout.decisions(doc);
        List<DecisionBlock> raws = new ArrayList<>(found.decisions());
        // a block that names no item and decides nothing is not a decision
        raws.removeIf(r -> (r.item() == null || r.item().isBlank()) && r.outcome() == null);
        String disputed = fields.get(Field.DISPUTED);
        if (raws.isEmpty() && disputed != null) {
            // cut short before the decisions: the header still names the disputed items
            int n = 1;
            for (String item : disputed.split(";|,\\s+(?=[A-Z])")) {
                if (!item.isBlank()) {
                    raws.add(DecisionBlock.named(n++, item.strip().replaceAll("[.;,]+$", ""), null));
                }
            }
            if (!raws.isEmpty()) {
                warnings.add("letter appears truncated: no decision section found; items taken from the disputed services list");
            }
        }
        if (raws.isEmpty()) {
            return new ParseResult.Rejected("not an IMR determination letter: no decision section found");
        }

        // ---- summary
        String summary = summary(doc, found);
        String flatSummary = summary == null ? null : TextCleaner.reflow(summary);
        if (flatSummary != null) {
            flatSummary = SUMMARY_BOILERPLATE.matcher(flatSummary).replaceFirst("").strip();
            if (flatSummary.isEmpty()) {
                flatSummary = null;
            }
        }
        String flatText = TextCleaner.reflow(doc.text());
        StringBuilder rationales = new StringBuilder();
        for (DecisionBlock r : raws) {
            if (r.rationale() != null) {
                rationales.append(r.rationale()).append(' ');
            }
        }

        // ---- case number
        String caseNumber = caseNumber(fields, normalized);
        if (caseNumber == null) {
            warnings.add("no case number found");
        }

        // ---- dates
        // one string for all readers: Scan caches the lower-case copy of a text by instance
        String rationaleText = rationales.toString();
        LetterDates letterDates = dates(fields, flatSummary, flatText, rationaleText, header, warnings);

        // ---- patient
        Integer age = Prose.age(flatSummary);
        if (age == null) {
            age = Prose.age(rationaleText);
        }
        if (age == null) {
            age = Prose.age(flatText);
        }
        if (age == null) {
            warnings.add("no patient age found");
        }
        String gender = Prose.gender(flatSummary, true);
        if (gender == null) {
            gender = Prose.gender(rationaleText, false);
        }

        // ---- reviewer
        Reviewer reviewer = layout.reviewer(doc, fields, warnings);

        // ---- diagnoses
        List<String> diagnoses = Prose.diagnoses(summary);
        if (diagnoses.isEmpty()) {
            diagnoses = Prose.diagnoses(rationaleText);
        }
        if (diagnoses.isEmpty()) {
            diagnoses = Prose.diagnosesInSentences(summary);
        }
        if (diagnoses.isEmpty()) {
            warnings.add("no diagnoses found");
        }
        if (flatSummary == null) {
            warnings.add("no clinical case summary found");
        }

        // ---- decisions
        Outcome letterLevel = OutcomeInference.letterLevel(flatText);
        List<Decision> decisions = new ArrayList<>();
        int n = 1;
        for (DecisionBlock r : raws) {
            decisions.add(decision(r, n, raws.size(), letterLevel, warnings));
            n++;
        }
        if (!found.sectionFound() && !found.decisions().isEmpty()) {
            warnings.add("no decisions section heading found; items read from the letter body");
        }
        truncation(doc, raws, found.firstBlockStart(), cleaned.removedLines(), warnings);

        SourceInfo src = source == null ? new SourceInfo(null, null, format) : source.withFormat(format);
        Letter letter = new Letter(src, caseNumber, letterDates, new Patient(age, gender), reviewer, diagnoses, flatSummary,
                decisions, dedupe(warnings));
        return new ParseResult.Parsed(letter);
    }

    private static List<String> dedupe(List<String> warnings) {
        List<String> out = new ArrayList<>();
        for (String w : warnings) {
            if (!out.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String summary(SectionedLetter doc, DecisionBlocks found) {
        SectionedLetter.Mark m = doc.first(SectionedLetter.Heading.SUMMARY);
        if (m == null) {
            return null;
        }
        int end = doc.end(m);
        // the summary ends where the first decision block starts, when no heading comes between
        if (found.firstBlockStart() > m.bodyStart() && found.firstBlockStart() < end) {
            end = found.firstBlockStart();
        }
        // in Notice letters the summary runs up to the first "1) Regarding the request" block
        return doc.text().substring(m.bodyStart(), Math.max(m.bodyStart(), end));
    }

    private static String caseNumber(Header header, String text) {
        String labelled = header.get(Field.CASE_NUMBER);
        if (labelled != null) {
            Matcher m = CASE_NUMBER.matcher(labelled);
            if (m.find()) {
                return "CM" + m.group(1) + "-" + m.group(2);
            }
        }
        Matcher m = CASE_NUMBER.matcher(text);
        if (m.find()) {
            return "CM" + m.group(1) + "-" + m.group(2);
        }
        return null;
    }

    private LetterDates dates(Header header, String summary, String flatText, String rationales,
                              String headerText, List<String> warnings) {
        LocalDate injury = dates.first(header.get(Field.INJURY));
        if (injury == null) {
            injury = Prose.injury(summary, dates);
        }
        if (injury == null) {
            injury = Prose.injury(flatText, dates);
        }
        LocalDate ur = dates.first(header.get(Field.UR_DENIAL));
        if (ur == null) {
            ur = Prose.urDenial(flatText.length() > 0 ? preamble(flatText) : null, dates);
        }
        if (ur == null) {
            ur = Prose.urDenial(summary, dates);
        }
        if (ur == null) {
            ur = Prose.urDenial(rationales, dates);
        }
        if (ur == null) {
            ur = Prose.urDenial(flatText, dates);
        }
        LocalDate assigned = dates.first(header.get(Field.ASSIGNED));
        if (assigned == null) {
            assigned = Prose.assigned(flatText, dates);
        }
        LocalDate received = dates.first(header.get(Field.RECEIVED));
        if (received == null) {
            received = Prose.received(flatText, dates);
        }
        LocalDate determination = dates.first(header.get(Field.DETERMINATION));
        if (determination == null) {
            determination = Prose.topDateLine(firstLines(headerText, 30), dates);
        }
        if (injury == null) {
            warnings.add("no date of injury found");
        }
        if (ur == null) {
            warnings.add("no utilization review denial date found");
        }
        return new LetterDates(injury, ur, assigned, received, determination);
    }

    /** The letter's opening prose, where Notice letters tell their dates ("filed on ... disputing the Utilization Review Denial dated ..."). */
    private static String preamble(String flatText) {
        int i = flatText.indexOf("disputing");
        if (i < 0) {
            return null;
        }
        return flatText.substring(Math.max(0, i - 200), Math.min(flatText.length(), i + 200));
    }

    private static String firstLines(String text, int n) {
        int pos = 0;
        for (int i = 0; i < n && pos >= 0 && pos < text.length(); i++) {
            pos = text.indexOf('\n', pos + 1);
        }
        return pos < 0 ? text : text.substring(0, pos);
    }

    private Decision decision(DecisionBlock r, int n, int total, Outcome letterLevel, List<String> warnings) {
        String label = "item " + n + (r.item() == null ? "" : " (" + r.item() + ")");
        Outcome outcome = r.outcome();
        if (outcome == null && letterLevel != null) {
            outcome = letterLevel;
        }
        if (outcome == null) {
            warnings.add("no outcome found for " + label);
        }
        Procedure procedure = null;
        if (r.item() == null || r.item().isBlank()) {
            warnings.add("no item name found for item " + n);
        } else {
            ProcedureNormalizer.Result pr = procedures.normalize(r.item());
            procedure = pr.procedure();
            if (!pr.recognised()) {
                warnings.add("procedure not recognised for " + label + "; category OTHER");
            }
        }
        GuidelineNormalizer.Citations ca = guidelines.read(r.claimsAdministratorGuidelines(), RawStyle.SENTENCE);
        GuidelineNormalizer.Citations expert;
        // SAME_AS_CA always ends in "claims administrator": most guideline fields lack it and skip the search
        if (r.guidelines() != null && Ascii.containsIgnoreCase(r.guidelines(), "administrator") && SAME_AS_CA.matcher(r.guidelines()).find()) {
            // "The Expert Reviewer found the guideline cited by the Claims Administrator relevant and appropriate"
            expert = guidelines.read(r.claimsAdministratorGuidelines(), RawStyle.CITATION);
        } else {
            expert = r.guidelinesAreProse()
                    ? new GuidelineNormalizer.Citations(guidelines.parseProse(r.guidelines(), RawStyle.CITATION), List.of())
                    : guidelines.read(r.guidelines(), RawStyle.CITATION);
        }
        // "did not cite any medical evidence" is an answer, not a missing guideline
        if (r.hasBlock() && expert.guidelines().isEmpty() && expert.flags().isEmpty()) {
            warnings.add("no expert reviewer guideline found for " + label);
        }
        String rationale = r.rationale() == null || r.rationale().isBlank() ? null : r.rationale().strip();
        if (rationale == null && r.hasBlock()) {
            warnings.add(n == total ? "letter appears truncated: decision rationale for item " + n + " is missing"
                    : "no decision rationale found for " + label);
        } else if (!r.hasBlock() && total > 0) {
            warnings.add("letter appears truncated: decision rationale for item " + n + " is missing");
        }
        return new Decision(r.item(), r.originalRequest(), r.authorizedPortion(), outcome, procedure, expert.guidelines(),
                expert.flags(), ca.guidelines(), ca.flags(), rationale);
    }

    /** A letter that stops mid-sentence, or whose last item has no conclusion, was cut short. */
    private static void truncation(SectionedLetter doc, List<DecisionBlock> raws, int firstBlockStart, List<String> removedLines, List<String> warnings) {
        DecisionBlock last = raws.get(raws.size() - 1);
        if (last.rationale() != null) {
            String r = last.rationale().strip();
            char c = r.isEmpty() ? '.' : r.charAt(r.length() - 1);
            // "... is not medically necessary" without its full stop is the conclusion all the same
            boolean closes = c == '.' || c == '!' || c == '?' || c == ')' || c == '"' || c == '\''
                    || Ascii.containsIgnoreCase(r.substring(Math.max(0, r.length() - 20)), "medically necessary");
            boolean closingAfter = false;
            for (SectionedLetter.Mark m : doc.marks()) {
                if (m.heading() == SectionedLetter.Heading.CLOSING && m.start() > firstBlockStart) {
                    closingAfter = true;
                }
            }
            if (!closes && !closingAfter) {
                warnings.add("letter appears truncated: decision rationale for item " + raws.size() + " ends mid-sentence");
            }
        }
        // "Page 2 of 4" as the last page footer: pages 3 and 4 are missing
        int lastPage = 0;
        int pages = 0;
        for (String line : removedLines) {
            Matcher m = PAGE_N_OF_M.matcher(line);
            if (m.find()) {
                lastPage = Math.max(lastPage, Integer.parseInt(m.group(1)));
                pages = Math.max(pages, Integer.parseInt(m.group(2)));
            }
        }
        if (pages > 0 && lastPage < pages) {
            warnings.add("letter appears truncated: the last page present is page " + lastPage + " of " + pages);
        }
        String text = doc.text().strip();
        // only the end matters: lower-case the last characters, not the whole letter
        String tail = text.substring(Math.max(0, text.length() - "continued".length())).toLowerCase(Locale.ROOT);
        if (tail.endsWith("continued") || text.endsWith("-")) {
            warnings.add("letter appears truncated: text ends mid-word");
        }
    }
}
