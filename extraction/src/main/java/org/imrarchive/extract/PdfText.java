package org.imrarchive.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Text layer of a PDF via PDFBox 3. Stateless; a new document and stripper per call. */
final class PdfText {

    static final String ENCRYPTED = "encrypted PDF: cannot read without password";
    static final String NO_TEXT_LAYER = "PDF has no text layer (scanned image?); OCR is not supported";

    /**
     * Scratch space for streams PDFBox creates while working: up to 16 MiB in memory per document, then a temp
     * file. (The input itself is already a byte array bounded by the extractor's size limit.) The function makes
     * a new cache per document, so sharing it across threads is safe.
     */
    private static final StreamCacheCreateFunction STREAM_CACHE = MemoryUsageSetting.setupMixed(16L << 20).streamCache;

    /** Acrobat requires {@code %%EOF} within the last 1024 bytes; without it the file was cut short. */
    private static final int EOF_WINDOW = 1024;

    private PdfText() {
    }

    static Extraction extract(byte[] bytes) {
        if (!hasEofMarker(bytes)) {
            // PDFBox's lenient parser would often recover the first pages of a truncated file; partial text of a
            // determination letter (decision missing) is worse than a rejection.
            return new Extraction.Rejected("corrupt PDF: truncated (no %%EOF marker at end of file)");
        }
        // Empty user password: PDFs "encrypted" only to restrict printing/copying open without one.
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, STREAM_CACHE)) {
            if (doc.getNumberOfPages() == 0) {
                return new Extraction.Rejected("corrupt PDF: no pages");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // Overlap suppression (for fake-bold text drawn twice) is a quarter of the extraction time in PDFBox's
            // TreeMap bookkeeping, and changes nothing on the real letters (Word exports never overprint);
            // ExtractionFidelityTest holds the text to the default stripper's.
            stripper.setSuppressDuplicateOverlappingText(false);
            // Deterministic line breaks whatever the platform (the default is the JVM's line.separator).
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            // Owner-password permissions (e.g. "no copying") are not enforced: PDFTextStripper ignores them, and
            // archiving public determinations is what the text is for.
            String text = stripper.getText(doc);
            if (TextDecoder.isBlank(text)) {
                return new Extraction.Rejected(NO_TEXT_LAYER);
            }
            return new Extraction.Text(text, Extraction.PDF, substitutedFonts(doc));
        } catch (InvalidPasswordException e) {
            return new Extraction.Rejected(ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            if (mentionsEncryption(e)) {
                return new Extraction.Rejected(ENCRYPTED);
            }
            return new Extraction.Rejected("corrupt PDF: " + TextExtractor.shortCause(e));
        }
    }

    /**
     * One reason per font, used on some page, that is neither embedded nor one of the standard 14: PDFBox then
     * substitutes a system font (logging "Using fallback font ..." per page), so a glyph without a Unicode
     * mapping or width in the file may come out wrong. Fonts inside form XObjects are not looked at.
     */
    private static List<String> substitutedFonts(PDDocument doc) throws IOException {
        Set<String> names = new TreeSet<>();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font != null && !font.isEmbedded() && !font.isStandard14()) {
                    names.add(font.getName() == null ? name.getName() : font.getName());
                }
            }
        }
        return names.stream().map(n -> "font " + n + " not embedded; a substitute was used").toList();
    }

    private static boolean hasEofMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - EOF_WINDOW);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /** Public-key security and unsupported handlers fail with plain IOExceptions about decryption. */
    private static boolean mentionsEncryption(Throwable e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("decrypt") || m.contains("password") || m.contains("security handler");
    }
}
