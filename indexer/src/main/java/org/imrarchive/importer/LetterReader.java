package org.imrarchive.importer;

import java.util.List;
import java.util.Locale;
import org.imrarchive.extract.Extraction;
import org.imrarchive.extract.TextExtractor;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.parse.LetterParser;
import org.imrarchive.parse.ParseResult;

/**
 * One file's bytes to letters, whatever the format: a letter file (PDF, HTML, text) gives one letter, through
 * extraction then the pure parser, with the source (path, content hash, format) filled in; a DMHC CSV export gives
 * one letter per row and the rows it could not read. What {@code imr parse} prints and what the importer stores
 * come from here.
 */
public final class LetterReader {

    private final TextExtractor extractor = new TextExtractor();
    private final LetterParser parser = new LetterParser();

    /** The outcome of reading one file. */
    public sealed interface Reading {
    }

    /**
     * A letter, the text it was parsed from, and the sha256 of the file's bytes.
     *
     * @param degradations why the text may be less faithful than the file (e.g. a substitute font); empty when none
     */
    public record Read(Letter letter, String text, String sha256, List<String> degradations) implements Reading {
    }

    /** Why the file is not a letter we can read. */
    public record Unreadable(String reason, String sha256) implements Reading {
    }

    /** A DMHC export: a letter per readable row, and each row refused with its line, in file order. */
    record Rows(List<DmhcExport.Row> rows, String sha256) implements Reading {
    }

    public Reading read(String path, byte[] bytes) {
        String sha = LetterIdentity.sha256(bytes);
        if (path.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            DmhcExport.Reading export = DmhcExport.read(path, sha, bytes);
            return export instanceof DmhcExport.Reading.NotAnExport n
                    ? new Unreadable(n.reason(), sha)
                    : new Rows(((DmhcExport.Reading.Rows) export).rows(), sha);
        }
        Extraction extraction = extractor.extract(fileName(path), bytes);
        if (extraction instanceof Extraction.Rejected r) {
            return new Unreadable(r.reason(), sha);
        }
        Extraction.Text text = (Extraction.Text) extraction;
        ParseResult parsed = parser.parse(text.text(), new SourceInfo(path, sha, null));
        if (parsed instanceof ParseResult.Rejected r) {
            return new Unreadable("not a readable determination letter: " + r.reason(), sha);
        }
        Letter letter = ((ParseResult.Parsed) parsed).letter();
        return new Read(letter.withSource(new SourceInfo(path, sha, letter.source() == null ? null : letter.source().format())),
                text.text(), sha, text.degradations());
    }

    /** The name inside its archive: "a.zip!/letters/x.pdf" is "x.pdf", which is what the extractor sniffs by. */
    static String fileName(String path) {
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('!'));
        return cut < 0 ? path : path.substring(cut + 1);
    }
}
