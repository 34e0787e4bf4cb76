package org.imrarchive.generator;

import java.util.ArrayList;
import java.util.List;

/** 2014-2015 MAXIMUS letters: "Final Determination Letter", numbered "1. ITEM is (not) medically necessary and appropriate." */
final class MaximusLayout implements Layout {

    @Override
    public LetterDocument write(SyntheticCase c) {
        LetterDocument.Builder b = new LetterDocument.Builder();
        List<String> items = new ArrayList<>();
        c.disputes().forEach(d -> items.add(d.item().text()));
        b.line("MAXIMUS FEDERAL SERVICES, INC.").line("Independent Medical Review Final Determination Letter").gap();
        b.line("P.O. Box 138009").line("Sacramento, CA 95813-8009").line("Fax: (916) 605-4270").gap();
        b.line("Dated: " + Wording.slashed(c.determination())).gap();
        b.line("IMR Case Number:          " + c.caseNumber());
        b.line("Date of Injury:           " + Wording.padded(c.injury()));
        b.line("UR Denial Date:           " + Wording.padded(c.urDenial()));
        b.line("Date of Receipt:          " + Wording.padded(c.received()));
        b.line("Claim Number:             ");
        b.para("Disputed Items/Services:  " + String.join("; ", items));
        b.heading("DEAR    :");
        b.para("MAXIMUS Federal Services, Inc. has completed the Independent Medical Review (IMR) of the above workers' compensation case.  "
                + "This letter provides you with the IMR Final Determination and explains how the determination was made.");
        String verdict;
        if (c.allUpheld()) {
            verdict = "Final Determination: UPHOLD.  This means we decided that none of the disputed items/services are medically necessary and appropriate.";
        } else if (c.noneUpheld()) {
            verdict = "Final Determination: OVERTURN.  This means we decided that all of the disputed items/services are medically necessary and appropriate.";
        } else {
            verdict = "Final Determination: OVERTURN IN PART.  This means we decided that some of the disputed items/services are medically "
                    + "necessary and appropriate and some are not.";
        }
        b.para(verdict + "  A detailed explanation of the decision for each of the disputed items/services is provided later in this letter.");
        b.para("This determination is final and binding on all parties.  A determination of the Administrative Director under Labor Code "
                + "section 4610.6 may be appealed by filing a verified petition with the Workers' Compensation Appeals Board within 30 days of "
                + "the date of mailing of this determination. The only grounds for appeal are those stated in Labor Code section 4610.6(h).");
        b.line("Sincerely,").gap().line("Medical Director").line("MAXIMUS Federal Services, Inc.").gap();
        b.line("cc: Department of Industrial Relations, Division of Workers' Compensation").gap();
        b.heading("HOW THE IMR FINAL DETERMINATION WAS MADE");
        String who = c.reviewer().physician() ? "physician reviewer" : "expert reviewer";
        b.para("MAXIMUS Federal Services sent the complete case file to a " + who + ".  He/she has no affiliation with the employer, employee, "
                + "providers or the claims administrator.  The " + who + " is " + Wording.qualification(c.reviewer()) + "  "
                + Wording.CLINICAL_PRACTICE + "  " + Wording.SELECTED.replace("The expert reviewer", "The " + who));
        b.heading("DOCUMENTS REVIEWED");
        b.line("1. Application of Independent Medical Review dated " + Wording.slashed(c.received()));
        b.line("2. Utilization Review Determination dated " + Wording.slashed(c.urDenial()));
        b.line("3. Medical records from the primary treating physician");
        b.line("4. Utilization Review Treatment Guidelines").gap();
        b.heading("CLINICAL CASE SUMMARY");
        StringBuilder s = new StringBuilder();
        s.append("The ").append(c.look().variant() % 2 == 0 ? "patient" : "injured worker").append(" is a ").append(c.age()).append("-year-old ")
                .append(c.sex()).append(' ').append(c.occupation()).append(" who reported an industrial injury on ").append(Wording.slashed(c.injury()))
                .append(" when ").append(c.he()).append(' ').append(c.mechanism()).append(".  ");
        for (String sentence : c.summary()) {
            s.append(sentence).append("  ");
        }
        s.append("Diagnoses include: ").append(String.join("; ", c.diagnoses())).append(".  ");
        s.append("A utilization review determination dated ").append(Wording.slashed(c.urDenial())).append(" non-certified the ")
                .append(c.disputes().size() == 1 ? "request." : "requests.");
        b.para(s.toString());
        b.heading("IMR DECISION(S) AND RATIONALE(S)");
        b.para("The Final Determination was based on decisions for the disputed items/services set forth below:");
        int n = 1;
        for (SyntheticCase.Dispute d : c.disputes()) {
            b.para(n++ + ". " + d.item().text() + " " + Wording.necessity(d.upheld()));
            boolean citationLines = c.look().variant() % 4 == 1;
            if (citationLines) {
                for (Cite cite : d.cites()) {
                    boolean mtus = cite.source().name().startsWith("MTUS");
                    b.line((mtus ? "MTUS Citation: " : "Non-MTUS Citation: ") + cite.written(c.format()).replaceFirst("^MTUS ", ""));
                }
                b.gap();
            } else {
                StringBuilder used = new StringBuilder("Guidelines used: ");
                for (int i = 0; i < d.cites().size(); i++) {
                    String w = d.cites().get(i).written(c.format());
                    used.append(i < d.cites().size() - 1 ? w.substring(0, w.length() - 1) + "; " : w);
                }
                b.para(used.toString());
            }
            Wording.rationale(b, d.rationale(), null, "The request for " + d.item().text() + " " + Wording.necessity(d.upheld()));
        }
        return b.build(c.look().runningHeader());
    }
}
