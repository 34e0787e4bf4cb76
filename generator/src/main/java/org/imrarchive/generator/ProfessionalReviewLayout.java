package org.imrarchive.generator;

/** "MEDICAL PROFESSIONAL REVIEW" letters: one ISSUE AT DISPUTE, guidelines in prose, "IS/WAS (NOT) MEDICALLY NECESSARY". */
final class ProfessionalReviewLayout implements Layout {

    /** Half the letters list diagnoses one per numbered line, the others inline. */
    static boolean numberedDiagnoses(SyntheticCase.Look look) {
        return look.variant() % 2 == 0;
    }

    @Override
    public LetterDocument write(SyntheticCase c) {
        SyntheticCase.Dispute d = c.disputes().get(0);
        LetterDocument.Builder b = new LetterDocument.Builder();
        b.heading("MEDICAL PROFESSIONAL REVIEW");
        b.line("Case Number:          " + c.caseNumber());
        b.line("Date of Injury:       " + Wording.padded(c.injury()));
        b.line("Date of UR Denial:    " + Wording.padded(c.urDenial()));
        b.line("Determination Date:   " + Wording.padded(c.determination())).gap();
        b.heading("ISSUE AT DISPUTE:");
        b.para(d.item().text());
        b.heading("CASE SUMMARY:");
        StringBuilder s = new StringBuilder();
        s.append("The injured worker is a ").append(c.age()).append(" year old ").append(c.sex()).append(' ').append(c.occupation())
                .append(" who was injured on ").append(Wording.slashed(c.injury())).append(" when ").append(c.he()).append(' ')
                .append(c.mechanism()).append(".  ");
        for (String sentence : c.summary()) {
            s.append(sentence).append("  ");
        }
        boolean numbered = numberedDiagnoses(c.look());
        if (!numbered) {
            s.append("Diagnoses include ").append(String.join("; ", c.diagnoses())).append('.');
        }
        b.para(s.toString().strip());
        if (numbered) {
            b.line("Diagnoses:");
            int n = 1;
            for (String dx : c.diagnoses()) {
                b.line(n++ + ". " + dx);
            }
            b.gap();
        }
        b.para("The utilization review dated " + Wording.slashed(c.urDenial()) + " non-certified the request, noting that the guideline criteria were not met.");
        b.heading("DOCUMENTS REVIEWED FOR DETERMINATION:");
        b.line("1. Application for Independent Medical Review");
        b.line("2. Utilization Review Determination dated " + Wording.slashed(c.urDenial()));
        b.line("3. Primary treating physician reports").gap();
        b.heading("MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:");
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < d.cites().size(); i++) {
            String w = d.cites().get(i).written(c.format());
            if (i == 0) {
                g.append(w).append("  This guideline was used because it addresses the requested treatment for this condition.  ");
            } else {
                g.append(w, 0, w.length() - 1).append(", was also consulted for its additional guidance.  ");
            }
        }
        b.para(g.toString().strip());
        b.heading("RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS " + (d.upheld() ? "NOT " : "") + "MEDICALLY NECESSARY:");
        Wording.rationale(b, d.rationale(), null, "Therefore, the request for " + d.item().text() + " is " + (d.upheld() ? "not " : "")
                + "medically necessary.");
        b.heading("MEDICAL REVIEWER QUALIFICATIONS:");
        Reviewer r = c.reviewer();
        b.line(r.physician() ? "Physician, Board Certified in " + r.board() + ", licensed in " + r.statesWritten()
                : (r.specialty().equals("Psychologist") ? "Psychologist" : r.profession()) + ", licensed in " + r.statesWritten());
        return b.build(c.look().runningHeader());
    }
}
