package org.imrarchive.e2e;

import java.nio.file.Path;
import org.imrarchive.importer.BackgroundImportJobs;
import org.imrarchive.importer.ImportJobs;
import org.imrarchive.importer.ImportOptions;
import org.imrarchive.importer.Importer;
import org.imrarchive.storage.ArchiveGateway;

/** The server's parts as `imr serve` puts them together: the real importer in the background. */
final class ServerWiring {

    private ServerWiring() {
    }

    /** The importer the API runs in the background; reports and quarantine under the test's work folder. */
    static ImportJobs importJobs(ArchiveGateway gateway, Path work) {
        return new BackgroundImportJobs(new Importer(gateway), id -> ImportOptions.inHome(work, id));
    }
}
