package org.imrarchive.letter;

import java.time.LocalDate;

/** The dates a letter states; a date the letter does not give is null, never a guess. */
public record LetterDates(
        LocalDate injury,
        LocalDate urDenial,
        LocalDate assigned,
        LocalDate received,
        LocalDate determination) {

    public static LetterDates none() {
        return new LetterDates(null, null, null, null, null);
    }
}
