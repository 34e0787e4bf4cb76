package org.imrarchive.extract;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of turning one file's bytes into plain text: either the text, or the reason it could not be
 * extracted. {@link TextExtractor} never throws; every failure is a {@link Rejected} with a reason a person can act on.
 */
public sealed interface Extraction {

    /** Media type of text taken from a PDF's text layer. */
    String PDF = "application/pdf";
    /** Media type of text taken from an HTML page (block structure kept as line breaks). */
    String HTML = "text/html";
    /** Media type of a plain text file, decoded to a Java string. */
    String PLAIN = "text/plain";

    /**
     * Extracted text. Line endings and hyphenation are left as found (text files) or as produced by the
     * extractor ({@code \n} for PDF and HTML); normalising them is the parser's job.
     *
     * @param text         the text, never blank
     * @param mediaType    what the file was detected as: {@link #PDF}, {@link #HTML} or {@link #PLAIN}
     * @param degradations why the text may be less faithful than the file, one reason each (e.g. a PDF font that
     *                     is not embedded, for which PDFBox used a substitute); empty when none
     */
    record Text(String text, String mediaType, List<String> degradations) implements Extraction {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(mediaType, "mediaType");
            degradations = List.copyOf(degradations);
        }

        /** Text extracted without any degradation. */
        public Text(String text, String mediaType) {
            this(text, mediaType, List.of());
        }

        /** True when the extraction had to make do (see {@link #degradations()}); an import counts these. */
        public boolean degraded() {
            return !degradations.isEmpty();
        }
    }

    /** The file could not be turned into text; {@code reason} says why, e.g. "encrypted PDF: ...". */
    record Rejected(String reason) implements Extraction {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
