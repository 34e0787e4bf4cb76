package org.imrarchive.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.imrarchive.api.ApiConfig;
import org.imrarchive.api.ApiServer;
import org.imrarchive.importer.BackgroundImportJobs;
import org.imrarchive.importer.Importer;
import org.imrarchive.importer.ProgressBar;
import org.imrarchive.importer.SummaryTable;
import org.imrarchive.storage.runtime.ElasticsearchRuntimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the API and web UI over the archive, optionally importing first, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web UI and the JSON API (http://localhost:7070/ by default) over the archive.",
                "Uses the embedded Elasticsearch under $IMR_HOME unless ES_URL names a cluster. Ctrl-C stops "
                        + "the server and the embedded node; the archive stays for the next start."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--import", paramLabel = "PATH", split = ",",
            description = "Import these files, folders or zips before serving (already imported letters are skipped).")
    List<Path> imports = new ArrayList<>();

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: $IMR_PORT or 7070).")
    Integer port;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Interface to bind (default: $IMR_BIND or 127.0.0.1, reachable from this machine only).")
    String host;

    @picocli.CommandLine.ParentCommand
    Imr parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> env = parent.env();
        ApiConfig config = ServerSettings.fromEnvironment(env, host, port);
        Path home = ElasticsearchRuntimes.home(env);
        CountDownLatch stopped = new CountDownLatch(1);
        try (ArchiveConnection archive = ArchiveConnection.open(env)) {
            Importer importer = new Importer(archive.gateway());
            // Jobs are recorded under IMR_HOME: the --import job and uploads stay visible after a restart, and
            // those a crash left unfinished resume (before the --import job, on the same single runner).
            try (BackgroundImportJobs jobs = BackgroundImportJobs.inHome(importer, home, ServerSettings.retention(env))) {
                if (!imports.isEmpty()) {
                    var report = jobs.runNow(Importer.jobIdFor(imports), imports, ProgressBar.onConsole());
                    spec.commandLine().getOut().println(SummaryTable.render(report));
                }
                try (ApiServer server = ApiServer.start(config, archive.gateway(), jobs, List.of(),
                        archive.runtime()::supervision)) {
                    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "imr-serve-stop"));
                    spec.commandLine().getOut().printf("Archive on %s%nServing http://%s:%d/  (Ctrl-C to stop)%n",
                            archive.runtime().describe(), displayHost(config.host()), server.port());
                    spec.commandLine().getOut().flush();
                    stopped.await();
                }
            }
        }
        return 0;
    }

    private static String displayHost(String host) {
        return "127.0.0.1".equals(host) || "0.0.0.0".equals(host) ? "localhost" : host;
    }
}
