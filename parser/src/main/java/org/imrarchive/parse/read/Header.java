package org.imrarchive.parse.read;

import java.util.EnumMap;
import java.util.Map;

import org.imrarchive.parse.read.HeaderFields.Field;
import org.imrarchive.parse.text.SectionedLetter;

/**
 * The labelled fields of a letter: a value a layout read from its own header shape wins, then a label in the
 * header block (before the first section heading), else the first one anywhere in the letter.
 */
public record Header(HeaderFields all, int headerEnd, Map<Field, String> read) {

    public Header {
        read = read.isEmpty() ? Map.of() : Map.copyOf(read);
    }

    public static Header of(SectionedLetter doc) {
        return new Header(new HeaderFields(doc.text()), doc.firstHeadingStart(), Map.of());
    }

    /** This header with a value the layout read itself. */
    public Header with(Field f, String value) {
        Map<Field, String> m = new EnumMap<>(Field.class);
        m.putAll(read);
        m.put(f, value);
        return new Header(all, headerEnd, m);
    }

    /** The value of a field, or null. */
    public String get(Field f) {
        String own = read.get(f);
        if (own != null) {
            return own;
        }
        String v = all.getBefore(f, headerEnd);
        return v != null ? v : all.get(f);
    }
}
