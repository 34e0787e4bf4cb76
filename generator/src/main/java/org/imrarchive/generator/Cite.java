package org.imrarchive.generator;

import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.LetterFormat;

/**
 * One guideline citation, written the way each letter format writes it. {@code chapter} is the ACOEM chapter number,
 * the ODG chapter name or the Postsurgical body part; {@code topic} the guideline's section ("Opioids").
 */
record Cite(GuidelineSource source, String chapter, String title, String topic, String pages) {

    static Cite chronicPain(String topic, String pages) {
        return new Cite(GuidelineSource.MTUS_CHRONIC_PAIN, null, null, topic, pages);
    }

    static Cite acoem(int chapter, String pages) {
        return new Cite(GuidelineSource.MTUS_ACOEM, String.valueOf(chapter), Guidelines.acoemTitle(chapter), null, pages);
    }

    static Cite acoemNonMtus(int chapter, String pages) {
        return new Cite(GuidelineSource.ACOEM_NON_MTUS, String.valueOf(chapter), Guidelines.acoemTitle(chapter), null, pages);
    }

    static Cite odg(String chapter, String topic) {
        return new Cite(GuidelineSource.ODG, chapter, null, topic, null);
    }

    static Cite postsurgical(String bodyPart, String pages) {
        return new Cite(GuidelineSource.MTUS_POSTSURGICAL, null, null, bodyPart, pages);
    }

    static Cite acupuncture() {
        return new Cite(GuidelineSource.MTUS_OTHER, null, null, "Acupuncture Medical Treatment Guidelines", null);
    }

    static Cite psychiatricAssociation() {
        return new Cite(GuidelineSource.OTHER, null, null,
                "American Psychiatric Association Practice Guideline for the Treatment of Patients with Major Depressive Disorder", null);
    }

    private String pagesWord() {
        return pages.contains("-") || pages.contains(",") ? "pages " : "page ";
    }

    /** The expert reviewer's citation, as a sentence without its lead-in. */
    String written(LetterFormat format) {
        return switch (format) {
            case DWC_IMR_2013 -> dwc();
            case MAXIMUS_IMR_2014 -> maximus();
            case IMR_NOTICE_2013 -> notice();
            default -> professionalReview();
        };
    }

    /** 2013 DWC: "MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96." */
    private String dwc() {
        return switch (source) {
            case MTUS_CHRONIC_PAIN -> "MTUS Chronic Pain Medical Treatment Guidelines " + topic + " Page(s): " + pages + ".";
            case MTUS_ACOEM -> "MTUS ACOEM Chapter " + chapter + " " + title + " Page(s): " + pages + ".";
            case ACOEM_NON_MTUS -> "Non-MTUS Citation ACOEM Practice Guidelines, 2nd Edition (2004), Chapter " + chapter + ", " + title
                    + ", " + pagesWord() + pages + ".";
            case ODG -> "Non-MTUS Citation Official Disability Guidelines (ODG), " + chapter + " chapter, " + topic + ".";
            case MTUS_POSTSURGICAL -> "Postsurgical Treatment Guidelines, " + topic + ".";
            case MTUS_OTHER -> "MTUS Acupuncture Medical Treatment Guidelines.";
            case OTHER -> topic + ".";
        };
    }

    private String maximus() {
        return switch (source) {
            case MTUS_CHRONIC_PAIN -> "MTUS Chronic Pain Medical Treatment Guidelines, " + topic + ", " + pagesWord() + pages + ".";
            case MTUS_ACOEM -> "MTUS ACOEM Chapter " + chapter + " " + title + ", " + pagesWord() + pages + ".";
            case ACOEM_NON_MTUS -> "ACOEM Practice Guidelines, 2nd Edition (2004), Chapter " + chapter + ", " + title + ", "
                    + pagesWord() + pages + ", which is not part of the MTUS.";
            case ODG -> "Official Disability Guidelines (ODG), " + chapter + " chapter, " + topic + ".";
            case MTUS_POSTSURGICAL -> "MTUS Postsurgical Treatment Guidelines, " + topic + ", " + pagesWord() + pages + ".";
            case MTUS_OTHER -> "MTUS Acupuncture Medical Treatment Guidelines.";
            case OTHER -> topic + ".";
        };
    }

    private String notice() {
        return switch (source) {
            case MTUS_CHRONIC_PAIN -> "Chronic Pain Medical Treatment Guidelines (2009), " + topic + ", " + pagesWord() + pages
                    + ", which is part of the MTUS.";
            case MTUS_ACOEM -> "ACOEM Practice Guidelines, 2nd Edition (2004), Chapter " + chapter + ", " + title + ", "
                    + pagesWord() + pages + ", which is part of the MTUS.";
            case ACOEM_NON_MTUS -> "ACOEM Practice Guidelines, 2nd Edition (2004), Chapter " + chapter + ", " + title + ", "
                    + pagesWord() + pages + ", which is not part of the MTUS.";
            case ODG -> "Official Disability Guidelines (ODG), " + chapter + " chapter, " + topic + ", which is not part of the MTUS.";
            case MTUS_POSTSURGICAL -> "Postsurgical Treatment Guidelines (2009), " + topic + ", " + pagesWord() + pages
                    + ", which is part of the MTUS.";
            case MTUS_OTHER -> "Acupuncture Medical Treatment Guidelines (2009), Section 9792.24.1, which is part of the MTUS.";
            case OTHER -> topic + ".";
        };
    }

    private String professionalReview() {
        return switch (source) {
            case MTUS_CHRONIC_PAIN -> "California MTUS Chronic Pain Medical Treatment Guidelines, " + topic + ", " + pagesWord() + pages + ".";
            case MTUS_ACOEM -> "California MTUS ACOEM Practice Guidelines, 2nd Edition (2004), Chapter " + chapter + ", " + title + ", "
                    + pagesWord() + pages + ".";
            case ACOEM_NON_MTUS -> "ACOEM Practice Guidelines, 2nd Edition (2004), Chapter " + chapter + ", " + title + ", "
                    + pagesWord() + pages + ", which is not part of the MTUS.";
            case ODG -> "Official Disability Guidelines (ODG), " + chapter + " chapter, " + topic + ".";
            case MTUS_POSTSURGICAL -> "California MTUS Postsurgical Treatment Guidelines, " + topic + ", " + pagesWord() + pages + ".";
            case MTUS_OTHER -> "California MTUS Acupuncture Medical Treatment Guidelines, Title 8, California Code of Regulations, Section 9792.24.1.";
            case OTHER -> topic + ".";
        };
    }

    /** The claims administrator's shorter citation in 2013 DWC letters: the guideline named, no section or pages. */
    String claimsAdministratorDwc() {
        return switch (source) {
            case MTUS_CHRONIC_PAIN -> "Decision based on MTUS Chronic Pain Medical Treatment Guidelines.";
            case MTUS_ACOEM -> "Decision based on MTUS ACOEM.";
            case ACOEM_NON_MTUS -> "Decision based on Non-MTUS Citation ACOEM Practice Guidelines, 2nd Edition (2004).";
            case ODG -> "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), " + chapter + " chapter.";
            case MTUS_POSTSURGICAL -> "Decision based on MTUS Postsurgical Treatment Guidelines.";
            case MTUS_OTHER -> "Decision based on MTUS Acupuncture Medical Treatment Guidelines.";
            case OTHER -> "Decision based on " + topic + ".";
        };
    }

    /** What the letter states of this citation, the way the development corpus labels it. */
    LetterTruth.GuidelineTruth truth(LetterFormat format) {
        return switch (source) {
            case MTUS_ACOEM, ACOEM_NON_MTUS -> new LetterTruth.GuidelineTruth(source, chapter, title, pages);
            case MTUS_CHRONIC_PAIN -> new LetterTruth.GuidelineTruth(source, null, topic, pages);
            case MTUS_POSTSURGICAL -> new LetterTruth.GuidelineTruth(source, null, topic,
                    format == LetterFormat.DWC_IMR_2013 ? null : pages);
            case ODG -> new LetterTruth.GuidelineTruth(source, chapter, topic, null);
            case MTUS_OTHER, OTHER -> new LetterTruth.GuidelineTruth(source, null, null, null);
        };
    }

    /** The claims administrator's citation in DWC letters states the source only. */
    LetterTruth.GuidelineTruth sourceOnly() {
        return new LetterTruth.GuidelineTruth(source, null, null, null);
    }
}
