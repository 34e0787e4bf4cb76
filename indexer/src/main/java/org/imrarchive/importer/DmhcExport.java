package org.imrarchive.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.imrarchive.letter.Decision;
import org.imrarchive.letter.DmhcCase;
import org.imrarchive.letter.DmhcCaseType;
import org.imrarchive.letter.ImrType;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.LetterDates;
import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.Patient;
import org.imrarchive.letter.Procedure;
import org.imrarchive.letter.ProcedureCategory;
import org.imrarchive.letter.SourceInfo;

/**
 * Reads the California DMHC "Independent Medical Review Determinations" CSV export: each row is one
 * health-plan IMR determination, turned into a one-decision {@link Letter} of format DMHC_IMR_CSV. A row
 * that cannot be read is refused with its line number and the rest of the file goes on.
 */
final class DmhcExport {

    static final List<String> REQUIRED = List.of("ReferenceID", "ReportYear", "TreatmentCategory", "Determination");

    /** One row: a determination, or the reason the row was refused. {@code line} is where the row starts. */
    sealed interface Row {
        long line();

        record Determination(long line, Letter letter, int reportYear) implements Row {
        }

        record Malformed(long line, String reason) implements Row {
        }
    }

    /** The rows of an export, or the reason the whole file is not one. */
    sealed interface Reading {
        record Rows(List<Row> rows) implements Reading {
        }

        record NotAnExport(String reason) implements Reading {
        }
    }

    private DmhcExport() {
    }

    static Reading read(String path, String sha256, byte[] bytes) {
        String text;
        try {
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            return new Reading.NotAnExport("CSV is neither UTF-8 nor Windows-1252 text");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return new Reading.NotAnExport("not a DMHC IMR export: the file has no header row");
            }
            CSVRecord headerRecord = records.next();
            Map<String, Integer> header = header(headerRecord);
            List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(column(c))).toList();
            if (!missing.isEmpty()) {
                return new Reading.NotAnExport("not a DMHC IMR export: missing column(s) " + String.join(", ", missing));
            }
            List<Row> rows = new ArrayList<>();
            long lastLine = parser.getCurrentLineNumber();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // An unclosed quote leaves no way to tell where the next row starts: the rest is one refusal.
                    rows.add(new Row.Malformed(lastLine + 1, "malformed CSV from here to the end of the file: "
                            + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage())));
                    break;
                }
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                rows.add(row(new Fields(record, header), headerRecord.size(), line, path, sha256));
            }
            return new Reading.Rows(rows);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return new Reading.NotAnExport("not a readable CSV file: " + e.getMessage());
        }
    }

    /**
     * The delimiter of the header line: whichever of comma, semicolon and tab it holds most of outside quotes
     * (the portal writes commas, European spreadsheets semicolons, some copies tabs); a comma when it holds none.
     */
    static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                comma++;
            } else if (!quoted && c == ';') {
                semicolon++;
            } else if (!quoted && c == '\t') {
                tab++;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return ',';
    }

    /**
     * The header's columns by their name reduced to letters and digits in lower case, so that
     * {@code ReferenceID}, {@code Reference ID}, {@code Reference.ID} and {@code reference_id} are one column. A
     * nameless column (the row numbers R's {@code write.csv} puts first) is left unnamed, and of two columns with
     * the same reduced name the first counts.
     */
    static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = column(record.get(i));
            if (!name.isEmpty()) {
                columns.putIfAbsent(name, i);
            }
        }
        return columns;
    }

    static String column(String name) {
        StringBuilder s = new StringBuilder(name.length());
        name.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(s::appendCodePoint);
        return s.toString();
    }

    /** One record read through the header's reduced names. */
    private record Fields(CSVRecord record, Map<String, Integer> header) {

        int size() {
            return record.size();
        }

        String value(String column) {
            Integer i = header.get(column(column));
            if (i == null || i >= record.size()) {
                return null;
            }
            String v = record.get(i);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    private static Row row(Fields r, int columns, long line, String path, String sha256) {
        if (r.size() != columns) {
            // An unquoted value holding the delimiter (R's write.csv writes them so) shifts every column after it.
            return new Row.Malformed(line, "has " + r.size() + " columns, the header has " + columns
                    + (r.size() > columns ? " (a value with an unquoted delimiter?)" : ""));
        }
        String id = r.value("ReferenceID");
        if (id == null) {
            return new Row.Malformed(line, "no ReferenceID");
        }
        Outcome outcome = outcome(r.value("Determination"));
        if (outcome == null) {
            return new Row.Malformed(line, "Determination is neither \"Upheld Decision of Health Plan\" nor "
                    + "\"Overturned Decision of Health Plan\": " + r.value("Determination"));
        }
        String yearText = r.value("ReportYear");
        int year;
        try {
            year = Integer.parseInt(yearText == null ? "" : yearText);
        } catch (NumberFormatException e) {
            return new Row.Malformed(line, "ReportYear is not a year: " + yearText);
        }
        if (year < 1990 || year > 2100) {
            return new Row.Malformed(line, "ReportYear is not a year: " + yearText);
        }
        String category = r.value("TreatmentCategory");
        String subCategory = r.value("TreatmentSubCategory");
        // The 2001-2016 export leaves both blank on 140 of its rows: still a determination, on no stated treatment.
        String item = subCategory != null ? subCategory : category;
        Decision decision = new Decision(item, outcome,
                new Procedure(item, category(category, subCategory), null, List.of()), List.of(), List.of(),
                r.value("Findings"));
        List<String> diagnoses = Stream.of(r.value("DiagnosisCategory"), r.value("DiagnosisSubCategory"))
                .filter(d -> d != null).distinct().toList();
        List<String> warnings = new ArrayList<>();
        DmhcCase dmhc = dmhcCase(r, warnings);
        Letter letter = new Letter(new SourceInfo(path, sha256, LetterFormat.DMHC_IMR_CSV), id, LetterDates.none(),
                new Patient(null, r.value("PatientGender")), null, diagnoses, null, List.of(decision), warnings, dmhc);
        return new Row.Determination(line, letter, year);
    }

    /**
     * The row's columns beyond the decision. A value the archive cannot read (a Type or IMRType it does not know,
     * days that are no whole number) never refuses the row, which would take a determination out of every count for
     * one secondary column: the value becomes OTHER or is left out, and a warning on the letter keeps the export's
     * words.
     */
    private static DmhcCase dmhcCase(Fields r, List<String> warnings) {
        String type = r.value("Type");
        DmhcCaseType caseType = DmhcVocabulary.caseType(type);
        if (caseType == DmhcCaseType.OTHER) {
            warnings.add("Type \"" + type + "\" is none of Medical Necessity, Experimental/Investigational, Urgent Care: "
                    + "stored as OTHER");
        }
        String imr = r.value("IMRType");
        ImrType imrType = DmhcVocabulary.imrType(imr);
        if (imrType == ImrType.OTHER) {
            warnings.add("IMRType \"" + imr + "\" is neither Standard nor Expedited: stored as OTHER");
        }
        return new DmhcCase(caseType, imrType, DmhcVocabulary.ageRange(r.value("AgeRange")),
                days(r, "DaysToReview", warnings), days(r, "DaysToAdopt", warnings),
                DmhcVocabulary.category(r.value("DiagnosisCategory")), DmhcVocabulary.category(r.value("DiagnosisSubCategory")),
                DmhcVocabulary.category(r.value("TreatmentCategory")), DmhcVocabulary.category(r.value("TreatmentSubCategory")));
    }

    private static Integer days(Fields r, String column, List<String> warnings) {
        String value = r.value(column);
        Integer days = DmhcVocabulary.days(value);
        if (value != null && days == null) {
            warnings.add(column + " \"" + value + "\" is no whole number of days: left out");
        }
        return days;
    }

    static Outcome outcome(String determination) {
        if (determination == null) {
            return null;
        }
        String d = determination.toLowerCase(Locale.ROOT);
        if (d.startsWith("upheld")) {
            return Outcome.UPHELD;
        }
        if (d.startsWith("overturned")) {
            return Outcome.OVERTURNED;
        }
        return null;
    }

    /** The export's own treatment categories, mapped onto the archive's by their words. */
    static ProcedureCategory category(String category, String subCategory) {
        String c = ((category == null ? "" : category) + " / " + (subCategory == null ? "" : subCategory)).toLowerCase(Locale.ROOT);
        if (has(c, "pharmacy", "medication", "drug", "prescription")) {
            return ProcedureCategory.MEDICATION;
        }
        if (has(c, "imaging", "mri", "ct scan", "x-ray", "radiology", "pet scan", "ultrasound")) {
            return ProcedureCategory.DIAGNOSTIC_IMAGING;
        }
        if (has(c, "diagnostic", "testing", "laboratory", "lab ", "screening", "genetic")) {
            return ProcedureCategory.DIAGNOSTIC_TESTING;
        }
        if (has(c, "chiropractic")) {
            return ProcedureCategory.CHIROPRACTIC;
        }
        if (has(c, "acupuncture")) {
            return ProcedureCategory.ACUPUNCTURE;
        }
        if (has(c, "physical therapy", "occupational therapy", "speech therapy", "rehabilitation", "rehab")) {
            return ProcedureCategory.PHYSICAL_THERAPY;
        }
        if (has(c, "injection")) {
            return ProcedureCategory.INJECTION;
        }
        if (has(c, "mental health", "behavioral", "psych", "autism", "applied behavior")) {
            return ProcedureCategory.PSYCHOLOGICAL;
        }
        if (has(c, "home health")) {
            return ProcedureCategory.HOME_HEALTH;
        }
        if (has(c, "durable medical", "dme", "prosthe", "orthotic", "orthoses", "equipment")) {
            return ProcedureCategory.DURABLE_MEDICAL_EQUIPMENT;
        }
        if (has(c, "residential", "detox", "weight loss", "functional restoration", "program")) {
            return ProcedureCategory.PROGRAM;
        }
        if (has(c, "surgery", "surgical", "procedure")) {
            return ProcedureCategory.SURGERY;
        }
        if (has(c, "consult", "office visit", "evaluation", "referral")) {
            return ProcedureCategory.OFFICE_VISIT_CONSULT;
        }
        return ProcedureCategory.OTHER;
    }

    private static boolean has(String text, String... words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** UTF-8 (a leading BOM dropped), else Windows-1252, the two encodings such exports come in. */
    private static String decode(byte[] bytes) throws CharacterCodingException {
        try {
            String s = strict(StandardCharsets.UTF_8, bytes);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return strict(Charset.forName("windows-1252"), bytes);
        }
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
