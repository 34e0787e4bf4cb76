package org.imrarchive.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.imrarchive.letter.LetterFormat;

/** The ground truth of a synthetic letter: what its layout states, labelled by the development corpus's conventions. */
final class Labels {
    private Labels() {
    }

    static LetterTruth of(SyntheticCase c, String file, String media) {
        LetterFormat f = c.format();
        LetterTruth.Dates dates = switch (f) {
            case DWC_IMR_2013 -> new LetterTruth.Dates(iso(c.injury()), iso(c.urDenial()), iso(c.assigned()), iso(c.received()), null);
            case MAXIMUS_IMR_2014 -> new LetterTruth.Dates(iso(c.injury()), iso(c.urDenial()), null, iso(c.received()), iso(c.determination()));
            case IMR_NOTICE_2013 -> new LetterTruth.Dates(iso(c.injury()), iso(c.urDenial()), iso(c.assigned()), iso(c.received()), iso(c.determination()));
            default -> new LetterTruth.Dates(iso(c.injury()), iso(c.urDenial()), null, null, iso(c.determination()));
        };
        boolean citedForm = f == LetterFormat.IMR_NOTICE_2013 && NoticeLayout.citedGuidelines(c.look());
        List<LetterTruth.DecisionTruth> decisions = new ArrayList<>();
        for (SyntheticCase.Dispute d : c.disputes()) {
            List<LetterTruth.GuidelineTruth> guidelines = new ArrayList<>();
            d.cites().forEach(cite -> guidelines.add(cite.truth(f)));
            List<LetterTruth.GuidelineTruth> ca = null;
            if (f == LetterFormat.DWC_IMR_2013) {
                ca = new ArrayList<>();
                for (Cite cite : d.claimsAdministratorCites()) {
                    ca.add(cite.sourceOnly());
                }
            } else if (f == LetterFormat.IMR_NOTICE_2013 && !citedForm) {
                ca = new ArrayList<>();
                for (Cite cite : d.claimsAdministratorCites()) {
                    ca.add(cite.truth(f));
                }
            }
            Item item = d.item();
            decisions.add(new LetterTruth.DecisionTruth(item.text(), d.outcome(),
                    new LetterTruth.ProcedureTruth(d.kind().name(), d.kind().category(), item.region(), item.levels()), guidelines, ca));
        }
        return new LetterTruth(file, media, f, c.caseNumber(), dates, c.age(), c.sex(), c.reviewer().specialty(), c.reviewer().states(),
                c.diagnoses(), decisions);
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
