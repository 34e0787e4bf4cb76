package org.imrarchive.parse.read;

import org.imrarchive.parse.read.HeaderFields.Field;
import org.imrarchive.parse.text.Doc;

/**
 * The labelled fields of a letter: a label in the header block (before the first section heading) wins, else the
 * first one anywhere in the letter.
 */
public record Header(HeaderFields all, int headerEnd) {

    public static Header of(Doc doc) {
        return new Header(new HeaderFields(doc.text()), doc.firstHeadingStart());
    }

    /** The value of a field, or null. */
    public String get(Field f) {
        String v = all.getBefore(f, headerEnd);
        return v != null ? v : all.get(f);
    }
}
