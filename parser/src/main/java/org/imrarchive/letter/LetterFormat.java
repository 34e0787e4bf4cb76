package org.imrarchive.letter;

/** The shapes a determination arrives in. */
public enum LetterFormat {
    /** 2013 DWC/MAXIMUS "HOW THE IMR FINAL DETERMINATION WAS MADE" letters. */
    DWC_IMR_2013,
    /** 2014-2015 "MAXIMUS FEDERAL SERVICES, INC. Independent Medical Review" letters. */
    MAXIMUS_IMR_2014,
    /** 2013 "Notice of Independent Medical Review Determination" letters with numbered determinations. */
    IMR_NOTICE_2013,
    /** "MEDICAL PROFESSIONAL REVIEW" letters. */
    MEDICAL_PROFESSIONAL_REVIEW,
    /** A row of the California DMHC "Independent Medical Review Determinations" CSV export. */
    DMHC_IMR_CSV
}
