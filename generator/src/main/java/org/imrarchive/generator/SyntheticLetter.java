package org.imrarchive.generator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.imrarchive.letter.Decision;
import org.imrarchive.letter.Guideline;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.LetterDates;
import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Patient;
import org.imrarchive.letter.Procedure;
import org.imrarchive.letter.Reviewer;
import org.imrarchive.letter.SourceInfo;

/**
 * One synthetic letter: its file name in the corpus, its ground truth, and its bytes as text or as PDF
 * (rendered on demand, so a benchmark can take the text of a letter the corpus writes as PDF).
 */
public final class SyntheticLetter {
    public static final String TEXT = "text/plain";
    public static final String PDF = "application/pdf";

    private final int index;
    private final String fileName;
    private final LetterTruth truth;
    private final LetterDocument document;
    private final SyntheticCase synthetic;

    SyntheticLetter(int index, String fileName, LetterTruth truth, LetterDocument document, SyntheticCase synthetic) {
        this.index = index;
        this.fileName = fileName;
        this.truth = truth;
        this.document = document;
        this.synthetic = synthetic;
    }

    /** 0-based position in the corpus. */
    public int index() {
        return index;
    }

    /** "synthetic-000001.txt" or "synthetic-000002.pdf". */
    public String fileName() {
        return fileName;
    }

    public LetterFormat format() {
        return truth.format();
    }

    /** Whether the corpus writes this letter as PDF. */
    public boolean isPdf() {
        return PDF.equals(truth.media());
    }

    public LetterTruth truth() {
        return truth;
    }

    /** The letter as text, as a PDF-to-text tool would give it. */
    public String text() {
        return TextRendering.render(document, synthetic.look());
    }

    /** The letter laid out as a PDF. */
    public byte[] pdf() {
        return PdfRendering.render(document, truth.caseNumber());
    }

    /**
     * The letter as a correct parse of it would read, built from what the generator wrote rather than by parsing:
     * for filling an index at scale quickly (search benchmarks), never for judging the parser.
     */
    public Letter asLetter() {
        SyntheticCase c = synthetic;
        LetterTruth.Dates d = truth.dates();
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < c.disputes().size(); i++) {
            SyntheticCase.Dispute x = c.disputes().get(i);
            LetterTruth.DecisionTruth t = truth.decisions().get(i);
            List<Guideline> guidelines = new ArrayList<>();
            for (int k = 0; k < x.cites().size(); k++) {
                LetterTruth.GuidelineTruth g = t.guidelines().get(k);
                guidelines.add(new Guideline(g.source(), g.chapter(), g.title(), g.pages(), x.cites().get(k).written(c.format())));
            }
            List<Guideline> ca = new ArrayList<>();
            if (t.claimsAdministratorGuidelines() != null) {
                for (LetterTruth.GuidelineTruth g : t.claimsAdministratorGuidelines()) {
                    ca.add(new Guideline(g.source(), g.chapter(), g.title(), g.pages(), null));
                }
            }
            decisions.add(new Decision(t.item(), t.outcome(), new Procedure(t.procedure().name(), t.procedure().category(),
                    t.procedure().bodyRegion(), t.procedure().levels()), guidelines, ca, String.join("\n\n", x.rationale())));
        }
        Reviewer r = new Reviewer(c.reviewer().specialty(),
                c.reviewer().physician() ? "Board Certified in " + c.reviewer().board() : c.reviewer().profession(), c.reviewer().states());
        return new Letter(new SourceInfo(fileName, null, c.format()), c.caseNumber(),
                new LetterDates(date(d.injury()), date(d.urDenial()), date(d.assigned()), date(d.received()), date(d.determination())),
                new Patient(c.age(), c.sex()), r, c.diagnoses(), String.join("  ", c.summary()), decisions, List.of());
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    /** The bytes the corpus writes for this letter: PDF or UTF-8 text. */
    public byte[] bytes() {
        return isPdf() ? pdf() : text().getBytes(StandardCharsets.UTF_8);
    }
}
