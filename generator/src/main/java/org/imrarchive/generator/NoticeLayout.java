package org.imrarchive.generator;

import java.util.List;

/** 2013 "Notice of Independent Medical Review Determination" letters: "1) MAXIMUS ... has determined the request for ITEM is ...". */
final class NoticeLayout implements Layout {

    /** Two letters in five give "Cited guidelines:" only; the others separate the claims administrator's and the reviewer's. */
    static boolean citedGuidelines(SyntheticCase.Look look) {
        return look.variant() % 5 < 2;
    }

    @Override
    public LetterDocument write(SyntheticCase c) {
        LetterDocument.Builder b = new LetterDocument.Builder();
        b.line(c.look().variant() % 3 == 0 ? Wording.padded(c.determination()) : Wording.written(c.determination())).gap().gap();
        b.heading("Notice of Independent Medical Review Determination");
        b.line("Employee:                     ");
        b.line("Claim Number:                 ");
        b.line("Date of UR Decision:          " + Wording.slashed(c.urDenial()));
        b.line("Date of Injury:               " + Wording.slashed(c.injury()));
        b.line("IMR Case Number:              " + c.caseNumber()).gap();
        b.heading("Dear ___________:");
        b.para("MAXIMUS Federal Services, Inc. has completed the Independent Medical Review of the above workers' compensation case.  "
                + "This letter provides you with the IMR Final Determination and explains how the determination was made.  The Application for "
                + "Independent Medical Review (IMR) was filed on " + Wording.slashed(c.received()) + " disputing the Utilization Review Denial dated "
                + Wording.slashed(c.urDenial()) + ".  A Notice of Assignment and Request for Information was provided to the above parties on "
                + Wording.slashed(c.assigned()) + ".  The determinations are as follows:");
        int n = 1;
        for (SyntheticCase.Dispute d : c.disputes()) {
            b.para(n++ + ") MAXIMUS Federal Services, Inc. has determined the request for " + d.item().text() + " " + Wording.necessity(d.upheld()));
        }
        b.para("This decision is final and binding.  It may be appealed only by filing a verified petition with the Workers' Compensation "
                + "Appeals Board within 30 days of the date of mailing of this determination, on the grounds set forth in Labor Code section 4610.6(h).");
        b.line("Sincerely,").gap().line("Medical Director").line("MAXIMUS Federal Services, Inc.").gap();
        b.line("cc: Department of Industrial Relations, Division of Workers' Compensation").gap();
        b.heading("INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE");
        b.heading("Medical Qualifications of the Expert Reviewer:");
        Reviewer r = c.reviewer();
        String intro;
        if (r.physician()) {
            intro = "The independent Physician Reviewer who reviewed this case is " + Wording.qualification(r);
        } else if (r.specialty().equals("Chiropractor")) {
            intro = "The independent Chiropractor who reviewed this case is licensed in Chiropractic and is licensed to practice in " + r.statesWritten() + ".";
        } else {
            intro = "The independent Expert Reviewer who reviewed this case is " + Wording.qualification(r);
        }
        b.para(intro + "  " + Wording.CLINICAL_PRACTICE + "  " + Wording.SELECTED.replace("expert reviewer", "Expert Reviewer") + "  " + Wording.FAMILIAR);
        b.heading("Expert Reviewer Case Summary:");
        b.para("The expert reviewer developed the following case summary based on a review of the case file, including all medical records:");
        StringBuilder s = new StringBuilder();
        s.append("The patient is a ").append(c.age()).append(" year old ").append(c.sex()).append(' ').append(c.occupation())
                .append(" who was injured on ").append(Wording.slashed(c.injury())).append(" when ").append(c.he()).append(' ')
                .append(c.mechanism()).append(".  ");
        for (String sentence : c.summary()) {
            s.append(sentence).append("  ");
        }
        s.append("Diagnoses: ").append(String.join("; ", c.diagnoses())).append('.');
        b.para(s.toString());
        n = 1;
        boolean citedForm = citedGuidelines(c.look());
        for (SyntheticCase.Dispute d : c.disputes()) {
            b.para(n++ + ") Regarding the request for " + d.item().text() + ":");
            if (citedForm) {
                b.para("Cited guidelines: " + joined(d.cites(), c));
                Wording.rationale(b, d.rationale(), "Rationale: ", "The request for " + d.item().text() + " " + Wording.necessity(d.upheld()));
                continue;
            }
            b.heading("Medical Treatment Guideline(s) Used by the Claims Administrator:");
            if (d.claimsAdministratorCites().isEmpty()) {
                b.para("The Claims Administrator did not cite any evidence-based criteria for its decision.");
            } else {
                b.para("The Claims Administrator based its decision on the " + joined(d.claimsAdministratorCites(), c));
            }
            b.heading("Medical Treatment Guideline(s) Used by the Expert Reviewer:");
            if (d.reviewerAgreesWithClaimsAdministrator()) {
                b.para("The Expert Reviewer found the guideline cited by the Claims Administrator relevant and appropriate for the employee's "
                        + "clinical circumstance.");
            } else {
                b.para("The Expert Reviewer based his/her decision on the " + joined(d.cites(), c));
            }
            b.heading("Rationale for the Decision:");
            Wording.rationale(b, d.rationale(), null, "The request for " + d.item().text() + " " + Wording.necessity(d.upheld()));
        }
        return b.build(c.look().runningHeader());
    }

    private static String joined(List<Cite> cites, SyntheticCase c) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cites.size(); i++) {
            String w = cites.get(i).written(c.format());
            out.append(i < cites.size() - 1 ? w.substring(0, w.length() - 1) + "; " : w);
        }
        return out.toString();
    }
}
