package org.imrarchive.generator;

import org.imrarchive.letter.LetterFormat;

/** Writes a case in one letter format's words and order. */
interface Layout {

    LetterDocument write(SyntheticCase c);

    static Layout of(LetterFormat format) {
        return switch (format) {
            case DWC_IMR_2013 -> new DwcLayout();
            case MAXIMUS_IMR_2014 -> new MaximusLayout();
            case IMR_NOTICE_2013 -> new NoticeLayout();
            case MEDICAL_PROFESSIONAL_REVIEW -> new ProfessionalReviewLayout();
            default -> throw new IllegalArgumentException("no letter layout for " + format);
        };
    }
}
