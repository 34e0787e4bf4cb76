package org.imrarchive.generator;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.imrarchive.letter.LetterFormat;

/**
 * What to generate: {@code letters} synthetic letters from {@code seed} into the folder {@code out}; a share
 * {@code pdfShare} (0..1) of them written as PDF instead of text; drawn from {@code formats} with their usual weights.
 */
public record GeneratorOptions(int letters, long seed, Path out, double pdfShare, Set<LetterFormat> formats) {

    /** Case numbers are seven digits and unique, so no more letters than that. */
    public static final int MAX_LETTERS = 10_000_000;

    /** The four letter formats the parser reads (the DMHC CSV is a spreadsheet row, not a letter). */
    public static final Set<LetterFormat> LETTER_FORMATS = Set.copyOf(EnumSet.of(LetterFormat.DWC_IMR_2013,
            LetterFormat.MAXIMUS_IMR_2014, LetterFormat.IMR_NOTICE_2013, LetterFormat.MEDICAL_PROFESSIONAL_REVIEW));

    public GeneratorOptions {
        if (letters < 0 || letters > MAX_LETTERS) {
            throw new IllegalArgumentException("letters must be between 0 and " + MAX_LETTERS + ", got " + letters);
        }
        Objects.requireNonNull(out, "out");
        if (!(pdfShare >= 0.0 && pdfShare <= 1.0)) {
            throw new IllegalArgumentException("pdfShare must be between 0 and 1, got " + pdfShare);
        }
        if (formats == null || formats.isEmpty()) {
            throw new IllegalArgumentException("formats must name at least one letter format");
        }
        for (LetterFormat f : formats) {
            if (!LETTER_FORMATS.contains(f)) {
                throw new IllegalArgumentException("cannot generate " + f + " letters; formats are " + LETTER_FORMATS);
            }
        }
        formats = Set.copyOf(formats);
    }

    /** All four formats, 10% of the letters as PDF. */
    public static GeneratorOptions of(int letters, long seed, Path out) {
        return new GeneratorOptions(letters, seed, out, 0.1, LETTER_FORMATS);
    }

    public GeneratorOptions withPdfShare(double share) {
        return new GeneratorOptions(letters, seed, out, share, formats);
    }

    public GeneratorOptions withFormats(Set<LetterFormat> only) {
        return new GeneratorOptions(letters, seed, out, pdfShare, only);
    }
}
