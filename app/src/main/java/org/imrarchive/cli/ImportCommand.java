package org.imrarchive.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.imrarchive.importer.ImportOptions;
import org.imrarchive.importer.ImportProgress;
import org.imrarchive.importer.ImportReport;
import org.imrarchive.importer.Importer;
import org.imrarchive.importer.ProgressBar;
import org.imrarchive.importer.SummaryTable;
import org.imrarchive.storage.runtime.ElasticsearchRuntimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Imports archives in the foreground with a progress bar; the same command again resumes an interrupted job. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import letters (PDF, text, HTML), folders (walked recursively), zips (nested too, read "
                + "without unpacking) and DMHC CSV exports into the archive.",
                "Every file ends indexed, duplicate or rejected with its reason; the account is printed and written "
                        + "as JSON. Running the same command again after a crash or Ctrl-C finishes the job.",
                "Exit code 0 when the import finished (rejections included), 3 when it was interrupted or failed."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or zips.")
    List<Path> inputs;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Where to write the JSON report (default: $IMR_HOME/imports/<job>.json).")
    Path report;

    @Option(names = "--quarantine", paramLabel = "DIR",
            description = "Where to copy rejected files (default: $IMR_HOME/quarantine/<job>/).")
    Path quarantine;

    @Option(names = "--parallelism", paramLabel = "N", description = "Files parsed at once (default: the number of cores).")
    int parallelism;

    @picocli.CommandLine.ParentCommand
    Imr parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, String> env = parent.env();
        try (ArchiveConnection archive = ArchiveConnection.open(env)) {
            ImportReport result = interruptibleByCtrlC(() -> run(archive, env));
            spec.commandLine().getOut().println(SummaryTable.render(result));
            if (result.state() != ImportProgress.State.FINISHED) {
                spec.commandLine().getErr().println("The import did not finish: run the same command again to finish it.");
            }
            return result.state() == ImportProgress.State.FINISHED ? 0 : 3;
        }
    }

    /**
     * Ctrl-C interrupts the import, which stores what it has read and ends INTERRUPTED; the hook waits
     * for that before the JVM (and the embedded node's own hook) goes on shutting down.
     */
    private static ImportReport interruptibleByCtrlC(java.util.function.Supplier<ImportReport> importRun) {
        Thread importer = Thread.currentThread();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Thread hook = new Thread(() -> {
            importer.interrupt();
            try {
                done.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "imr-import-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return importRun.get();
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it only waits for the countDown above
            }
        }
    }

    ImportReport run(ArchiveConnection archive, Map<String, String> env) {
        Path home = ElasticsearchRuntimes.home(env);
        ImportOptions options = ImportOptions.inHome(home, Importer.jobIdFor(inputs));
        if (report != null) {
            options = options.withReportFile(report);
        }
        if (quarantine != null) {
            options = options.withQuarantineDir(quarantine);
        }
        if (parallelism > 0) {
            options = new ImportOptions(options.jobId(), options.reportFile(), options.quarantineDir(), options.limits(),
                    parallelism, options.largeImport(), options.retryWindow(), options.forgetAfter());
        }
        return new Importer(archive.gateway()).run(inputs, options, ProgressBar.onConsole());
    }
}
