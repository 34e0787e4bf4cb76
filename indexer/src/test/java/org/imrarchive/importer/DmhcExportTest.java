package org.imrarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imrarchive.letter.DmhcCase;
import org.imrarchive.letter.DmhcCaseType;
import org.imrarchive.letter.ImrType;
import org.imrarchive.letter.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shapes a DMHC export comes in, on small invented rows: header spellings, delimiters, encodings. */
class DmhcExportTest {

    private static final String ROW = "MN09-1001;2009;Orthopedic;Back;Surgery;Spinal Fusion;Upheld Decision of Health Plan;Medical Necessity";

    private static DmhcExport.Reading read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static DmhcExport.Reading read(byte[] bytes) {
        return DmhcExport.read("invented.csv", "0".repeat(64), bytes);
    }

    private static List<DmhcExport.Row> rows(DmhcExport.Reading reading) {
        assertThat(reading).isInstanceOf(DmhcExport.Reading.Rows.class);
        return ((DmhcExport.Reading.Rows) reading).rows();
    }

    private static DmhcExport.Row.Determination only(DmhcExport.Reading reading) {
        List<DmhcExport.Row> rows = rows(reading);
        assertThat(rows).hasSize(1).first().isInstanceOf(DmhcExport.Row.Determination.class);
        return (DmhcExport.Row.Determination) rows.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ReferenceID;ReportYear;DiagnosisCategory;DiagnosisSubCategory;TreatmentCategory;TreatmentSubCategory;Determination;Type",
            "Reference ID;Report Year;Diagnosis Category;Diagnosis Sub Category;Treatment Category;Treatment Sub Category;Determination;Type",
            "Reference.ID;Report.Year;Diagnosis.Category;Diagnosis.Sub.Category;Treatment.Category;Treatment.Sub.Category;Determination;Type",
            "REFERENCE_ID;report year;diagnosis category;DIAGNOSIS SUB CATEGORY;treatment category;Treatment Sub-Category;DETERMINATION;type",
            "\"Reference ID\";\"Report Year\";\"Diagnosis Category\";\"Diagnosis Sub Category\";\"Treatment Category\";\"Treatment Sub Category\";\"Determination\";\"Type\""})
    void everySpellingOfTheHeaderReadsTheSameRow(String header) {
        DmhcExport.Row.Determination row = only(read(header + "\n" + ROW + "\n"));

        assertThat(row.letter().caseNumber()).isEqualTo("MN09-1001");
        assertThat(row.reportYear()).isEqualTo(2009);
        assertThat(row.letter().decisions().get(0).outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(row.letter().decisions().get(0).item()).isEqualTo("Spinal Fusion");
        assertThat(row.letter().diagnoses()).containsExactly("Orthopedic", "Back");
        assertThat(row.line()).isEqualTo(2);
    }

    @Test
    void aLeadingColumnOfRowNumbersIsIgnored() {
        String text = ",Reference.ID,Report.Year,Treatment.Category,Treatment.Sub.Category,Determination\n"
                + "1,MN09-1001,2009,Surgery,Spinal Fusion,Overturned Decision of Health Plan\n";

        DmhcExport.Row.Determination row = only(read(text));

        assertThat(row.letter().caseNumber()).isEqualTo("MN09-1001");
        assertThat(row.letter().decisions().get(0).outcome()).isEqualTo(Outcome.OVERTURNED);
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t"})
    void theDelimiterIsTheOneTheHeaderUses(String delimiter) {
        String text = String.join(delimiter, "Reference ID", "Report Year", "Treatment Category", "Determination") + "\n"
                + String.join(delimiter, "EI05-77", "2005", "\"Diagnostic Imaging, Screening; and Testing\"",
                        "Overturned Decision of Health Plan") + "\n";

        DmhcExport.Row.Determination row = only(read(text));

        assertThat(DmhcExport.delimiter(text)).isEqualTo(delimiter.charAt(0));
        assertThat(row.letter().caseNumber()).isEqualTo("EI05-77");
        assertThat(row.letter().decisions().get(0).item()).isEqualTo("Diagnostic Imaging, Screening; and Testing");
    }

    @Test
    void windows1252AndUtf8WithABomAreBothRead() {
        String text = "Reference ID;Report Year;Diagnosis Category;Treatment Category;Determination\n"
                + "MN14-3;2014;Sjögren’s syndrome;Pharmacy;Upheld Decision of Health Plan\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);

        for (byte[] bytes : List.of(withBom, text.getBytes(Charset.forName("windows-1252")))) {
            DmhcExport.Row.Determination row = only(read(bytes));
            // with the BOM left in, the first column would be "\uFEFFReference ID" and the file no export
            assertThat(row.letter().caseNumber()).isEqualTo("MN14-3");
            assertThat(row.letter().diagnoses()).containsExactly("Sjögren’s syndrome");
        }
    }

    @Test
    void aRowSplitByUnquotedCommasIsRefusedWithItsLineAndTheRestRead() {
        String text = ",Reference.ID,Report.Year,Treatment.Category,Determination\n"
                + "1,MN09-1,2009,Surgery,Upheld Decision of Health Plan\n"
                + "2,MN09-2,2009,Diagnostic Imaging, Screening and Testing,Upheld Decision of Health Plan\n"
                + "3,MN09-3,2009,Pharmacy,Overturned Decision of Health Plan\n";

        List<DmhcExport.Row> rows = rows(read(text));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isInstanceOf(DmhcExport.Row.Determination.class);
        assertThat(rows.get(1)).isInstanceOfSatisfying(DmhcExport.Row.Malformed.class, m -> {
            assertThat(m.line()).isEqualTo(3);
            assertThat(m.reason()).contains("has 6 columns, the header has 5");
        });
        assertThat(rows.get(2)).isInstanceOfSatisfying(DmhcExport.Row.Determination.class,
                d -> assertThat(d.letter().caseNumber()).isEqualTo("MN09-3"));
    }

    @Test
    void aRowThatNamesNoTreatmentIsStillADetermination() {
        DmhcExport.Row.Determination row = only(read("Reference ID;Report Year;Diagnosis Category;Treatment Category;"
                + "Treatment Sub Category;Determination\nMN16-9;2016;Digestive;;;Upheld Decision of Health Plan\n"));

        assertThat(row.letter().caseNumber()).isEqualTo("MN16-9");
        assertThat(row.letter().decisions().get(0).outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(row.letter().decisions().get(0).item()).isNull();
    }

    @Test
    void aFileWithoutTheColumnsIsNoExport() {
        DmhcExport.Reading reading = read("Name;Age\nAda;36\n");

        assertThat(reading).isInstanceOfSatisfying(DmhcExport.Reading.NotAnExport.class, n -> assertThat(n.reason())
                .isEqualTo("not a DMHC IMR export: missing column(s) ReferenceID, ReportYear, TreatmentCategory, Determination"));
    }

    private static final String FULL_HEADER = "ReferenceID,ReportYear,DiagnosisCategory,DiagnosisSubCategory,TreatmentCategory,"
            + "TreatmentSubCategory,Determination,Type,AgeRange,PatientGender,IMRType,DaysToReview,DaysToAdopt,Findings";

    /** One row of the current portal's layout, with the given Type, AgeRange, IMRType and days. */
    private static DmhcExport.Row.Determination portalRow(String type, String ageRange, String imrType, String daysToReview,
                                                          String daysToAdopt) {
        return only(read(FULL_HEADER + "\n" + String.join(",", "MN20-32737", "2020", "Mental Disorder", "Anxiety",
                "Mental Health", "RTC", "Overturned Decision of Health Plan", type, ageRange, "Female", imrType,
                daysToReview, daysToAdopt, "\"The reviewer found the RTC medically necessary.\"") + "\n"));
    }

    @Test
    void everyColumnOfThePortalLayoutIsKept() {
        DmhcExport.Row.Determination row = portalRow("Medical Necessity", "11 to 20", "Expedited", "1.0", "12");

        assertThat(row.letter().dmhc()).isEqualTo(new DmhcCase(DmhcCaseType.MEDICAL_NECESSITY, ImrType.EXPEDITED, "11-20",
                1, 12, "Mental Disorder", "Anxiety", "Mental Health", "RTC"));
        assertThat(row.letter().warnings()).isEmpty();
        // the columns that fed the letter before stay where they were
        assertThat(row.letter().diagnoses()).containsExactly("Mental Disorder", "Anxiety");
        assertThat(row.letter().patient().gender()).isEqualTo("Female");
    }

    @Test
    void theSpacedHeaderOfThe2001To2016FileNamesTheSameColumns() {
        DmhcExport.Row.Determination row = only(read("Reference ID;Report Year;Diagnosis Category;Diagnosis Sub Category;"
                + "Treatment Category;Treatment Sub Category;Determination;Type;Age Range;Patient Gender\n"
                + "MN16-22638;2016;Mental;Eating Disorder;Mental Health Treatment;Residential Treatment Center - Admission;"
                + "Upheld Decision of Health Plan;Experimental/Investigational;11_20;Female\n"));

        // that file has no IMRType and no days: absent, not guessed
        assertThat(row.letter().dmhc()).isEqualTo(new DmhcCase(DmhcCaseType.EXPERIMENTAL_INVESTIGATIONAL, null, "11-20",
                null, null, "Mental", "Eating Disorder", "Mental Health Treatment", "Residential Treatment Center - Admission"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Medical Necessity|MEDICAL_NECESSITY",
            "MEDICAL NECESSITY|MEDICAL_NECESSITY",
            "medical necessity|MEDICAL_NECESSITY",
            "Experimental/Investigational|EXPERIMENTAL_INVESTIGATIONAL",
            "Experimental / Investigational|EXPERIMENTAL_INVESTIGATIONAL",
            "EXPERIMENTAL/INVESTIGATIONAL|EXPERIMENTAL_INVESTIGATIONAL",
            "Experimental Investigational|EXPERIMENTAL_INVESTIGATIONAL",
            "Urgent Care|URGENT_CARE",
            "urgent care|URGENT_CARE"})
    void everySpellingOfTheTypeIsOneType(String type, DmhcCaseType expected) {
        DmhcExport.Row.Determination row = portalRow(type, "41 to 50", "Standard", "20", "3");

        assertThat(row.letter().dmhc().caseType()).isEqualTo(expected);
        assertThat(row.letter().warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Standard|STANDARD", "STANDARD|STANDARD", "standard|STANDARD",
            "Expedited|EXPEDITED", "EXPEDITED|EXPEDITED", " expedited |EXPEDITED"})
    void everySpellingOfTheImrTypeIsOneTrack(String imrType, ImrType expected) {
        assertThat(portalRow("Medical Necessity", "41 to 50", imrType, "20", "3").letter().dmhc().imrType()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"41 to 50|41-50", "41-50|41-50", "41 - 50|41-50", "11_20|11-20", "0 to 10|0-10",
            "0-10|0-10", "51 to 64|51-64", "65+|65+", "65 or Over|65+", "65 and older|65+", "Unknown|Unknown"})
    void everySpellingOfAnAgeRangeIsOneRange(String ageRange, String expected) {
        assertThat(portalRow("Medical Necessity", ageRange, "Standard", "20", "3").letter().dmhc().ageRange()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"21|21", "21.0|21", "0|0", "075|75"})
    void daysAreWholeNumbersHoweverWritten(String days, int expected) {
        DmhcCase dmhc = portalRow("Medical Necessity", "41 to 50", "Standard", days, days).letter().dmhc();

        assertThat(dmhc.daysToReview()).isEqualTo(expected);
        assertThat(dmhc.daysToAdopt()).isEqualTo(expected);
    }

    @Test
    void categoriesAreTheExportsWordsWithTheirSpacingTidied() {
        DmhcExport.Row.Determination row = only(read(FULL_HEADER + "\n"
                + "MN22-80330,2022,Digestive System/ Gastrointestinal,Oth  Skin / Subcutaneous Dis,Rehab/ Svc - Outpt,"
                + "Physical Therapy,Overturned Decision of Health Plan,Medical Necessity,65+,Male,Standard,12,2,\n"));

        DmhcCase dmhc = row.letter().dmhc();
        assertThat(dmhc.diagnosisCategory()).isEqualTo("Digestive System/Gastrointestinal");
        assertThat(dmhc.diagnosisSubCategory()).isEqualTo("Oth Skin/Subcutaneous Dis");
        assertThat(dmhc.treatmentCategory()).isEqualTo("Rehab/Svc - Outpt");
        assertThat(dmhc.treatmentSubCategory()).isEqualTo("Physical Therapy");
    }

    @Test
    void blankColumnsAreAbsent() {
        DmhcCase dmhc = portalRow("", "", "", "", "").letter().dmhc();

        assertThat(dmhc).isEqualTo(new DmhcCase(null, null, null, null, null, "Mental Disorder", "Anxiety", "Mental Health", "RTC"));
    }

    @Test
    void anUnknownTypeOrTrackKeepsTheRowAsOtherAndTheExportsWordsInAWarning() {
        DmhcExport.Row.Determination row = portalRow("Coverage Dispute", "41 to 50", "Urgent", "20", "3");

        assertThat(row.letter().decisions().get(0).outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(row.letter().dmhc().caseType()).isEqualTo(DmhcCaseType.OTHER);
        assertThat(row.letter().dmhc().imrType()).isEqualTo(ImrType.OTHER);
        assertThat(row.letter().warnings()).containsExactly(
                "Type \"Coverage Dispute\" is none of Medical Necessity, Experimental/Investigational, Urgent Care: stored as OTHER",
                "IMRType \"Urgent\" is neither Standard nor Expedited: stored as OTHER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"n/a", "2.5", "-3", "ten"})
    void daysThatAreNoWholeNumberAreLeftOutWithAWarningAndTheRowKept(String days) {
        DmhcExport.Row.Determination row = portalRow("Medical Necessity", "41 to 50", "Standard", days, "3");

        assertThat(row.letter().dmhc().daysToReview()).isNull();
        assertThat(row.letter().dmhc().daysToAdopt()).isEqualTo(3);
        assertThat(row.letter().warnings()).containsExactly("DaysToReview \"" + days + "\" is no whole number of days: left out");
    }
}
