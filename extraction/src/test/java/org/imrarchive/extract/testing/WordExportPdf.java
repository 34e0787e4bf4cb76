package org.imrarchive.extract.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A PDF as Word exports the DWC's letters: text in TrueType "TimesNewRomanPSMT", referenced but not embedded, with
 * WinAnsi encoding and widths in the file, so PDFBox must substitute a font to lay it out (a degraded extraction).
 * Shared by the tests of every module that reads PDFs (extraction's test jar).
 */
public final class WordExportPdf {

    private static final int LINES_PER_PAGE = 70;

    private WordExportPdf() {
    }

    /** The lines, 70 to a page; characters outside printable ASCII become '?'. */
    public static byte[] of(List<String> lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            COSDictionary font = timesNotEmbedded();
            for (int start = 0; start < Math.max(1, lines.size()); start += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                PDResources resources = new PDResources();
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), font);
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                page.setResources(resources);
                doc.addPage(page);
                StringBuilder content = new StringBuilder("BT /F1 8 Tf 10 TL 36 750 Td\n");
                for (String line : lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE))) {
                    String ascii = line.replace('\t', ' ').replaceAll("[^\\x20-\\x7e]", "?");
                    content.append('(').append(ascii.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
                            .append(") Tj T*\n");
                }
                content.append("ET\n");
                PDStream stream = new PDStream(doc);
                try (OutputStream out = stream.createOutputStream()) {
                    out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(stream);
            }
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static COSDictionary timesNotEmbedded() {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "TimesNewRomanPSMT");
        descriptor.setInt(COSName.FLAGS, 34); // serif, nonsymbolic
        descriptor.setItem(COSName.FONT_BBOX, new PDRectangle(-568, -216, 2568, 1109).getCOSArray());
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 891);
        descriptor.setInt(COSName.DESCENT, -216);
        descriptor.setInt(COSName.CAP_HEIGHT, 662);
        descriptor.setInt(COSName.STEM_V, 80);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
        font.setName(COSName.BASE_FONT, "TimesNewRomanPSMT");
        font.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
        font.setInt(COSName.FIRST_CHAR, 32);
        font.setInt(COSName.LAST_CHAR, 126);
        COSArray widths = new COSArray();
        for (int c = 32; c <= 126; c++) {
            widths.add(COSInteger.get(c == 32 ? 250 : 500));
        }
        font.setItem(COSName.WIDTHS, widths);
        font.setItem(COSName.FONT_DESC, descriptor);
        return font;
    }
}
