package org.imrarchive.letter;

/** What a guideline field says about the evidence behind a decision, when that is not a guideline. */
public enum GuidelineFlag {
    /** "… did not cite any medical evidence for its decision." */
    NO_MEDICAL_EVIDENCE_CITED,
    /** "… based their decision on recommendation(s) outside of the MTUS Guidelines." */
    OUTSIDE_MTUS
}
