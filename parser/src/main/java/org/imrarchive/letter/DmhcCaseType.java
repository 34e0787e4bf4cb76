package org.imrarchive.letter;

/**
 * The DMHC export's {@code Type} column: why the health plan denied the service the IMR reviewed.
 * {@code OTHER} is a value the export spells some way the importer does not know: the row is kept (dropping a
 * whole determination for one unfamiliar label would change the archive's counts) and a letter warning keeps the
 * export's own words.
 */
public enum DmhcCaseType {
    /** Denied as not medically necessary. */
    MEDICAL_NECESSITY,
    /** Denied as experimental or investigational. */
    EXPERIMENTAL_INVESTIGATIONAL,
    /** Reimbursement denied for emergency or urgent care the enrollee already received. */
    URGENT_CARE,
    OTHER
}
