package org.imrarchive.letter;

/**
 * The DMHC export's {@code IMRType} column: the review's track. An expedited review is one for an imminent and
 * serious threat to the enrollee's health, decided in days rather than weeks. {@code OTHER}: as for
 * {@link DmhcCaseType#OTHER}, an unfamiliar label keeps its row and is named in a letter warning.
 */
public enum ImrType {
    STANDARD,
    EXPEDITED,
    OTHER
}
