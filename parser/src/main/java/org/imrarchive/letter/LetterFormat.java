package org.imrarchive.letter;

/** The shapes a determination arrives in. */
public enum LetterFormat {
    /** 2013 DWC/MAXIMUS "HOW THE IMR FINAL DETERMINATION WAS MADE" letters. */
    DWC_IMR_2013,
    /** The DWC letters of 2016-17 as published: the 2013 sections with a credentials block and a two-column header. */
    DWC_IMR_2016,
    /** 2014-2015 "MAXIMUS FEDERAL SERVICES, INC. Independent Medical Review" letters. */
    MAXIMUS_IMR_2014,
    /** 2013 "Notice of Independent Medical Review Determination" letters with numbered determinations. */
    IMR_NOTICE_2013,
    /** "MEDICAL PROFESSIONAL REVIEW" letters. */
    MEDICAL_PROFESSIONAL_REVIEW,
    /** A row of the California DMHC "Independent Medical Review Determinations" CSV export. */
    DMHC_IMR_CSV
}
