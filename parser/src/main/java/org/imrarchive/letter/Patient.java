package org.imrarchive.letter;

/** What a letter says of the injured worker: age in years and gender, each null when not stated. */
public record Patient(Integer age, String gender) {
    public static Patient unknown() {
        return new Patient(null, null);
    }
}
