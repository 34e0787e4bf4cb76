package org.imrarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrarchive.importer.ImportOptions;
import org.imrarchive.importer.ImportProgress;
import org.imrarchive.importer.ImportReport;
import org.imrarchive.importer.Importer;
import org.imrarchive.storage.ArchiveGateway;

/** DMHC export rows written by a test and imported through the real importer, so the API reads them as users' do. */
final class DmhcCsv {

    /** The columns of the DMHC's current export. */
    static final String HEADER = "ReferenceID,ReportYear,DiagnosisCategory,DiagnosisSubCategory,TreatmentCategory,"
            + "TreatmentSubCategory,Determination,Type,AgeRange,PatientGender,IMRType,DaysToReview,DaysToAdopt,"
            + "Findings\n";

    private DmhcCsv() {
    }

    /** Writes {@link #HEADER} and {@code rows} as {@code name} in a folder of its own, imports it and refreshes. */
    static void importRows(ArchiveGateway gateway, Path folder, String name, CharSequence rows) throws IOException {
        Path imports = Files.createDirectories(folder.resolve("imports-" + name));
        Files.writeString(imports.resolve(name), HEADER + rows);
        ImportReport report = new Importer(gateway).run(List.of(imports), ImportOptions.defaults(), null);
        assertThat(report.state()).isEqualTo(ImportProgress.State.FINISHED);
        gateway.refresh();
    }
}
