package org.imrarchive.letter;

public enum GuidelineSource {
    MTUS_ACOEM,
    MTUS_CHRONIC_PAIN,
    MTUS_POSTSURGICAL,
    MTUS_OTHER,
    ODG,
    ACOEM_NON_MTUS,
    OTHER
}
