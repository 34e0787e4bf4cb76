package org.imrarchive.generator;

import java.util.ArrayList;
import java.util.List;

/** 2013 DWC letters: header block, "HOW THE IMR FINAL DETERMINATION WAS MADE", "ITEM:  Upheld" decisions. */
final class DwcLayout implements Layout {

    @Override
    public LetterDocument write(SyntheticCase c) {
        LetterDocument.Builder b = new LetterDocument.Builder();
        List<String> items = new ArrayList<>();
        c.disputes().forEach(d -> items.add(d.item().text()));
        b.line("Case Number: " + c.caseNumber() + "   Date Assigned: " + Wording.padded(c.assigned()));
        b.line("Date of Injury: " + Wording.padded(c.injury()) + "   Date of UR Decision: " + Wording.padded(c.urDenial()));
        b.line("UR Denial Date: " + Wording.padded(c.urDenial()) + "   Priority: Standard");
        b.line("Application Received: " + Wording.padded(c.received()));
        b.line("Employee Name:     ").line("Provider Name:     ").line("Employer Name:     ").line("Claims Administrator:     ");
        b.para("Disputed Services: " + String.join("; ", items));
        b.line("Expert Reviewer Information:");
        b.line("State(s) of Licensure: " + c.reviewer().statesWritten() + "   Certification(s)/Specialty: " + c.reviewer().specialty());
        b.gap();
        b.heading("HOW THE IMR FINAL DETERMINATION WAS MADE");
        b.para("MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the employer, "
                + "employee, providers or the claims administrator. The expert reviewer is " + Wording.qualification(c.reviewer()) + " "
                + Wording.CLINICAL_PRACTICE + " " + Wording.SELECTED + " " + Wording.FAMILIAR);
        b.heading("CLINICAL CASE SUMMARY");
        b.para("The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:");
        StringBuilder s = new StringBuilder();
        s.append("This ").append(c.age()).append(" year-old ").append(c.sex()).append(" sustained an injury on ").append(Wording.twoDigit(c.injury()))
                .append(" while employed by\n.  Requests under consideration include ").append(Wording.series(items)).append(".  ");
        for (String sentence : c.summary()) {
            s.append(sentence).append("  ");
        }
        s.append("Diagnoses included ").append(String.join("; ", c.diagnoses())).append(".  ");
        s.append(c.disputes().size() == 1 ? "The request was non-certified on " : "The requests were non-certified on ")
                .append(Wording.twoDigit(c.urDenial())).append(" citing guidelines criteria and lack of medical necessity.");
        b.para(s.toString());
        b.heading("IMR ISSUES, DECISIONS AND RATIONALES");
        b.para("The Final Determination was based on decisions for the disputed items/services set forth below:");
        for (SyntheticCase.Dispute d : c.disputes()) {
            b.para(d.item().text() + ":  " + (d.upheld() ? "Upheld" : "Overturned"));
            StringBuilder ca = new StringBuilder("Claims Administrator guideline: ");
            for (Cite cite : d.claimsAdministratorCites()) {
                ca.append(cite.claimsAdministratorDwc()).append("  ");
            }
            b.para(ca.toString().strip());
            StringBuilder ours = new StringBuilder("MAXIMUS guideline: ");
            for (Cite cite : d.cites()) {
                ours.append("Decision based on ").append(cite.written(c.format())).append("  ");
            }
            b.para(ours.toString().strip());
            Wording.rationale(b, d.rationale(), "Decision rationale: ",
                    "The " + d.item().text() + " " + Wording.necessity(d.upheld()));
        }
        return b.build(c.look().runningHeader());
    }
}
