package org.imrarchive.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.imrarchive.extract.testing.WordExportPdf;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * What an archivist might bring, written fresh for each test class: letters as text, HTML and PDF in a
 * folder tree, the same letter under two names, a zip with a nested zip (three levels and one too deep),
 * an entry escaping its folder, a zip bomb, an oversized file, a binary and an empty file, and a DMHC CSV
 * export with quotes and commas in its Findings and two bad rows.
 */
final class ArchiveFixture {

    /** A real 2013 letter, in the repository (the parser's development corpus); module directory relative. */
    static final Path SAMPLE = Path.of("../parser/src/test/resources/corpus/dwc-2013/discogram-upheld.txt");

    /** Letter files and CSV files that become new letters. */
    static final int INDEXED = 8;
    /** The sample's byte copy and its PDF twin. */
    static final int DUPLICATES = 2;
    /** Empty, binary, not a letter, oversized, escaping entry, nested too deep, two zip bombs. */
    static final int REJECTED = 8;
    static final int FILES = INDEXED + DUPLICATES + REJECTED;
    /** Letters from files (one decision each in the sample) plus the CSV's two good rows. */
    static final int LETTERS = 7 + 2;

    private ArchiveFixture() {
    }

    static String sample() throws IOException {
        return Files.readString(SAMPLE, StandardCharsets.UTF_8);
    }

    /** The sample letter about a patient of another age: another letter, same shape. */
    static String variant(int age) throws IOException {
        return sample().replace("46 year", age + " year");
    }

    static Path write(Path root) throws IOException {
        Path archive = root.resolve("archive");
        Path letters = archive.resolve("letters");
        Files.createDirectories(letters.resolve("2014"));
        Files.createDirectories(letters.resolve("html"));
        Files.createDirectories(letters.resolve("pdf"));
        Files.writeString(letters.resolve("2014/discogram.txt"), sample());
        Files.writeString(letters.resolve("2014/discogram-age47.txt"), variant(47));
        Files.writeString(letters.resolve("2014/discogram-copy.txt"), sample());
        Files.writeString(letters.resolve("html/discogram-age48.html"), html(variant(48)));
        pdf(letters.resolve("pdf/discogram-age49.pdf"), variant(49));
        pdf(letters.resolve("pdf/discogram-sample.pdf"), sample());
        Files.write(letters.resolve("empty.txt"), new byte[0]);
        Files.write(letters.resolve("scan.bin"), binary());
        Files.writeString(letters.resolve("shopping-list.txt"), "Milk, eggs and bread.\nCall the plumber on Tuesday.\n");

        try (RandomAccessFile big = new RandomAccessFile(archive.resolve("huge-scan.txt").toFile(), "rw")) {
            big.setLength(51L * 1024 * 1024); // sparse: over the 50 MB limit without writing 51 MB
        }

        byte[] deepest = zip(List.of(new Entry("x.txt", variant(90).getBytes(StandardCharsets.UTF_8))));
        byte[] deeper = zip(List.of(
                new Entry("discogram-age52.txt", variant(52).getBytes(StandardCharsets.UTF_8)),
                new Entry("deepest.zip", deepest)));
        byte[] nested = zip(List.of(
                new Entry("deep/discogram-age51.txt", variant(51).getBytes(StandardCharsets.UTF_8)),
                new Entry("deeper.zip", deeper)));
        Files.write(archive.resolve("bundle.zip"), zip(List.of(
                new Entry("inner/discogram-age50.txt", variant(50).getBytes(StandardCharsets.UTF_8)),
                new Entry("../evil.txt", "I would overwrite your files".getBytes(StandardCharsets.UTF_8)),
                new Entry("nested.zip", nested))));
        bomb(archive.resolve("bomb.zip"), 200L * 1024 * 1024);
        bomb(archive.resolve("quiet-bomb.zip"), 40L * 1024 * 1024); // under the size limit: caught by its ratio
        Files.writeString(archive.resolve("dmhc-imr.csv"), CSV);
        return archive;
    }

    /** Two good rows (Findings with quotes, commas and a line break), a bad Determination, a short row. */
    static final String CSV = """
            ReferenceID,ReportYear,DiagnosisCategory,DiagnosisSubCategory,TreatmentCategory,TreatmentSubCategory,Determination,Type,AgeRange,PatientGender,IMRType,DaysToReview,DaysToAdopt,Findings
            MN16-22639,2016,Mental,Autism Spectrum,Mental Health,Applied Behavioral Analysis (ABA),Overturned Decision of Health Plan,Medical Necessity,0 to 10,Male,Standard,12,5,"The physician reviewer found that ""ABA therapy"" is medically necessary, given the patient's age, diagnosis, and progress."
            MN17-25001,2017,Cancer,Breast,Pharmacy,Antineoplastic Agents,Upheld Decision of Health Plan,Experimental/Investigational,41 to 50,Female,Expedited,3,2,"Nature of statutory criteria/case summary: the enrollee, a 45-year-old female, requested ""Drug X"".
            The reviewer found, however, that the drug is not likely to be more beneficial, and upheld the denial."
            MN17-25002,2017,Digestive,Crohn's,Pharmacy,Biologics,Maybe Later,Medical Necessity,21 to 30,Female,Standard,10,1,"Findings, with commas."
            MN17-25003,2017,Digestive
            """;

    static String html(String text) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html><head><title>IMR letter</title></head><body>\n");
        for (String line : text.split("\n")) {
            s.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        return s.append("</body></html>\n").toString();
    }

    static void pdf(Path file, String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = text.lines().toList();
            int perPage = 70;
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 8);
                    content.setLeading(10);
                    content.newLineAtOffset(36, 750);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        content.showText(line.replace('\t', ' '));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    /** A Word-exported PDF of {@code text}: its font is not embedded, so PDFBox substitutes one (degraded). */
    static void pdfInFontNotEmbedded(Path file, String text) throws IOException {
        Files.write(file, WordExportPdf.of(text.lines().toList()));
    }

    static byte[] binary() {
        byte[] b = new byte[4096];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    record Entry(String name, byte[] bytes) {
    }

    static byte[] zip(List<Entry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.bytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A small zip that expands to {@code bytes} of zeros, written as a stream: never held in memory. */
    static void bomb(Path file, long bytes) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < bytes; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
    }
}
