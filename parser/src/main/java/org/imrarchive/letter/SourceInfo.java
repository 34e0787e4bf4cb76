package org.imrarchive.letter;

/** Where a letter came from: the file (as named inside its archive), its content hash, and its format. */
public record SourceInfo(String file, String sha256, LetterFormat format) {
    public SourceInfo withFormat(LetterFormat newFormat) {
        return new SourceInfo(file, sha256, newFormat);
    }
}
