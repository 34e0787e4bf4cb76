package org.imrarchive.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A letter as a PDF: US Letter pages in Helvetica 10 (a Standard 14 font, so nothing is embedded), lines wrapped by
 * the font's metrics, the running header on pages after the first and "Page i of n" at the foot of every page.
 * The bytes depend on the letter only: the document ID is derived from the case number, not from the clock.
 */
final class PdfRendering {
    private static final float FONT_SIZE = 10f;
    private static final float LEADING = 12.5f;
    private static final float MARGIN_X = 54f;
    private static final float TOP = 792f - 56f;
    private static final float BOTTOM = 64f;
    private static final float TEXT_WIDTH = 612f - 2 * MARGIN_X;
    private static final int LINES_PER_PAGE = (int) ((TOP - BOTTOM) / LEADING);
    private static final float[] HELVETICA = helveticaWidths();

    private PdfRendering() {
    }

    private static float[] helveticaWidths() {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float[] w = new float[128];
        try {
            for (char c = 32; c < 127; c++) {
                w[c] = font.getStringWidth(String.valueOf(c)) / 1000f * FONT_SIZE;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w;
    }

    static byte[] render(LetterDocument doc, String documentId) {
        List<String> lines = TextRendering.lines(doc, TEXT_WIDTH, HELVETICA);
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (String line : lines) {
            if (page.isEmpty() && line.isEmpty() && !pages.isEmpty()) {
                continue;
            }
            page.add(line);
            if (page.size() == LINES_PER_PAGE) {
                pages.add(page);
                page = new ArrayList<>();
            }
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int total = pages.size();
            for (int p = 0; p < total; p++) {
                PDPage pdPage = new PDPage(PDRectangle.LETTER);
                pdf.addPage(pdPage);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, pdPage)) {
                    cs.setFont(font, FONT_SIZE);
                    if (p > 0 && doc.runningHeader() != null) {
                        text(cs, MARGIN_X, 792f - 36f, doc.runningHeader());
                    }
                    cs.beginText();
                    cs.setLeading(LEADING);
                    cs.newLineAtOffset(MARGIN_X, TOP);
                    for (String line : pages.get(p)) {
                        if (!line.isEmpty()) {
                            cs.showText(line);
                        }
                        cs.newLine();
                    }
                    cs.endText();
                    String footer = "Page " + (p + 1) + " of " + total;
                    float w = 0;
                    for (int i = 0; i < footer.length(); i++) {
                        w += HELVETICA[footer.charAt(i)];
                    }
                    text(cs, (612f - w) / 2, 36f, footer);
                }
            }
            COSArray id = new COSArray();
            byte[] idBytes = documentId.getBytes(StandardCharsets.US_ASCII);
            id.add(new COSString(idBytes));
            id.add(new COSString(idBytes));
            pdf.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF of " + documentId, e);
        }
    }

    private static void text(PDPageContentStream cs, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
