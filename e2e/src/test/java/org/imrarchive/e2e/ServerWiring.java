package org.imrarchive.e2e;

import java.nio.file.Path;
import java.util.List;
import org.imrarchive.analytics.UpholdRates;
import org.imrarchive.api.Routes;
import org.imrarchive.api.stats.StatsRoutes;
import org.imrarchive.importer.BackgroundImportJobs;
import org.imrarchive.importer.ImportJobs;
import org.imrarchive.importer.ImportOptions;
import org.imrarchive.importer.Importer;
import org.imrarchive.storage.ArchiveGateway;

/** The server's parts as `imr serve` puts them together: the real importer and the analytics endpoints. */
final class ServerWiring {

    private ServerWiring() {
    }

    /** The importer the API runs in the background; reports and quarantine under the test's work folder. */
    static ImportJobs importJobs(ArchiveGateway gateway, Path work) {
        return new BackgroundImportJobs(new Importer(gateway), id -> ImportOptions.inHome(work, id));
    }

    /** /api/stats/*: the ApiServer takes them as extra routes, as `imr serve` gives them. */
    static List<Routes> statsRoutes(ArchiveGateway gateway) {
        return List.of(new StatsRoutes(new UpholdRates(gateway)));
    }
}
