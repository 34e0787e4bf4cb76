package org.imrarchive.importer;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrarchive.letter.DmhcCaseType;
import org.imrarchive.letter.ImrType;

/**
 * The spellings the DMHC exports use for one thing, read as one value. The 2001-2016 file writes age ranges
 * {@code 41-50} and {@code 11_20}, the current portal {@code 41 to 50}; categories come with and without a space
 * after a slash ({@code Endocrine/ Metabolic}, {@code Endocrine/Metabolic}); a spreadsheet round trip writes days as
 * {@code 21.0}. Every method takes the trimmed cell, or null for a blank one, and returns null for null.
 */
final class DmhcVocabulary {

    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*(?:-|–|_|to)\\s*(\\d{1,3})");
    private static final Pattern AND_OVER = Pattern.compile("(\\d{1,3})\\s*(?:\\+|(?:or|and)\\s+(?:over|older|above))");
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DmhcVocabulary() {
    }

    /**
     * The {@code Type} column by its letters alone, so case, spaces and slashes do not matter
     * ({@code Experimental / Investigational}, {@code EXPERIMENTAL/INVESTIGATIONAL}), or the two letters the
     * ReferenceIDs use for it (MN, EI, UC); {@code OTHER} for a label that is none of the three.
     */
    static DmhcCaseType caseType(String value) {
        if (value == null) {
            return null;
        }
        String letters = letters(value);
        if (letters.equals("medicalnecessity") || letters.equals("mn")) {
            return DmhcCaseType.MEDICAL_NECESSITY;
        }
        if (letters.startsWith("experimental") || letters.startsWith("investigational") || letters.equals("ei")) {
            return DmhcCaseType.EXPERIMENTAL_INVESTIGATIONAL;
        }
        if (letters.equals("urgentcare") || letters.equals("uc")) {
            return DmhcCaseType.URGENT_CARE;
        }
        return DmhcCaseType.OTHER;
    }

    /** The {@code IMRType} column ({@code Standard}, {@code Expedited}, in any case); {@code OTHER} for anything else. */
    static ImrType imrType(String value) {
        if (value == null) {
            return null;
        }
        String letters = letters(value);
        if (letters.equals("standard")) {
            return ImrType.STANDARD;
        }
        if (letters.startsWith("expedite")) {
            return ImrType.EXPEDITED;
        }
        return ImrType.OTHER;
    }

    /**
     * An age range as {@code 41-50} or {@code 65+}, whichever way the export writes it; a value of any other shape
     * is kept as the export writes it, since an age range is a free label the archive only groups by.
     */
    static String ageRange(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        Matcher range = RANGE.matcher(v);
        if (range.matches()) {
            return Integer.parseInt(range.group(1)) + "-" + Integer.parseInt(range.group(2));
        }
        Matcher over = AND_OVER.matcher(v);
        if (over.matches()) {
            return Integer.parseInt(over.group(1)) + "+";
        }
        return value.strip();
    }

    /** A category with runs of whitespace made one space and none around a slash; the words and their case kept. */
    static String category(String value) {
        if (value == null) {
            return null;
        }
        return SPACES.matcher(SLASH.matcher(value.strip()).replaceAll("/")).replaceAll(" ");
    }

    /** A count of days: {@code 21} or {@code 21.0}; null when the cell is no whole, non-negative number. */
    static Integer days(String value) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(value.strip());
            if (d.signum() < 0 || d.stripTrailingZeros().scale() > 0 || d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                return null;
            }
            return d.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static String letters(String value) {
        StringBuilder s = new StringBuilder(value.length());
        value.codePoints().filter(Character::isLetter).map(Character::toLowerCase).forEach(s::appendCodePoint);
        return s.toString();
    }
}
