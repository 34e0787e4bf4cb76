package org.imrarchive.extract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
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
