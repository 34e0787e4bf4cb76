package org.imrarchive.extract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Builds small PDFs for the tests with PDFBox itself. */
final class Pdfs {

    private Pdfs() {
    }

    /**
     * A letter with one page per entry of {@code pages}, each page's lines written top-down and a
     * "Page i of n" footer at the bottom. The footer is drawn <em>before</em> the body in the content stream, so
     * it only comes out last if the extractor sorts by position.
     */
    static PDDocument letter(List<List<String>> pages) {
        PDDocument doc = new PDDocument();
        try {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int n = pages.size();
            for (int i = 0; i < n; i++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(270, 40);
                    cs.showText("Page " + (i + 1) + " of " + n);
                    cs.endText();

                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.setLeading(16);
                    cs.newLineAtOffset(72, 720);
                    for (String line : pages.get(i)) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            return doc;
        } catch (IOException e) {
            close(doc);
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(PDDocument doc) {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encrypted(PDDocument doc, String ownerPassword, String userPassword) {
        try {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            return bytes(doc);
        } catch (IOException e) {
            close(doc);
            throw new UncheckedIOException(e);
        }
    }

    /** One page showing only a picture of a letter (as a scanner would produce), no text operators. */
    static byte[] imageOnly() {
        PDDocument doc = new PDDocument();
        try {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.BLACK);
            g.drawString("Final Determination", 10, 50);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 72, 500, 400, 200);
            }
            return bytes(doc);
        } catch (IOException e) {
            close(doc);
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One page of {@code lines} in TrueType "TimesNewRomanPSMT", referenced but not embedded (as Word exports
     * do), with WinAnsi encoding and widths in the file, so PDFBox must substitute a font to lay it out.
     */
    static byte[] letterWithFontNotEmbedded(List<String> lines) {
        PDDocument doc = new PDDocument();
        try {
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

            PDPage page = new PDPage(PDRectangle.LETTER);
            PDResources resources = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            doc.addPage(page);
            StringBuilder content = new StringBuilder("BT /F1 12 Tf 16 TL 72 720 Td\n");
            for (String line : lines) {
                content.append('(').append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
                        .append(") Tj T*\n");
            }
            content.append("ET\n");
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
            return bytes(doc);
        } catch (IOException e) {
            close(doc);
            throw new UncheckedIOException(e);
        }
    }

    static byte[] blankPages(int count) {
        PDDocument doc = new PDDocument();
        for (int i = 0; i < count; i++) {
            doc.addPage(new PDPage(PDRectangle.LETTER));
        }
        return bytes(doc);
    }

    private static void close(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException ignored) {
            // already failing
        }
    }
}
