package org.imrarchive.reliability;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.imrarchive.importer.ImportOptions;
import org.imrarchive.importer.ImportProgress;
import org.imrarchive.importer.ImportReport;
import org.imrarchive.importer.Importer;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.runtime.ClusterAddress;

/**
 * An import in a JVM of its own, so a test can kill it with SIGKILL as a crash or the OOM killer would.
 * Arguments: ES URLs (comma-separated), index prefix, job id, report file, then the inputs.
 * Exits 0 when the import finished.
 */
public final class ImportMain {

    private ImportMain() {
    }

    public static void main(String[] args) {
        ClusterAddress address = new ClusterAddress(ClusterAddress.parseNodes(args[0]), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        List<Path> inputs = Arrays.stream(args, 4, args.length).map(Path::of).toList();
        ImportOptions options = ImportOptions.defaults().withJobId(args[2]).withReportFile(Path.of(args[3]))
                .withLargeImport(100);
        try (ArchiveGateway gateway = ArchiveGateway.connect(address, args[1], 1)) {
            ImportReport report = new Importer(gateway).run(inputs, options, null);
            System.out.println("import " + report.state() + ": " + report.indexed() + " indexed, " + report.duplicates()
                    + " duplicates, " + report.rejected() + " rejected of " + report.filesSeen());
            System.exit(report.state() == ImportProgress.State.FINISHED ? 0 : 1);
        }
    }
}
