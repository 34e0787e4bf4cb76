package org.imrarchive.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.imrarchive.api.ApiConfig;
import org.imrarchive.api.ApiServer;
import org.imrarchive.importer.BackgroundImportJobs;
import org.imrarchive.importer.Importer;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.runtime.ClusterAddress;

/**
 * The API server with its import jobs under an IMR_HOME, as {@code imr serve} wires them, in a JVM of its own so a
 * test can kill it with SIGKILL. Arguments: ES URLs (comma-separated), index prefix, IMR_HOME, and a file to write
 * the HTTP port to once it listens. Runs until killed.
 */
public final class ServeMain {

    private ServeMain() {
    }

    public static void main(String[] args) throws Exception {
        ClusterAddress address = new ClusterAddress(ClusterAddress.parseNodes(args[0]), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        Path home = Path.of(args[2]);
        ArchiveGateway gateway = ArchiveGateway.connect(address, args[1], 1);
        BackgroundImportJobs jobs = BackgroundImportJobs.inHome(new Importer(gateway), home, Duration.ofDays(30));
        ApiServer server = ApiServer.start(ApiConfig.defaults().withPort(0).withUploadDirectory(home.resolve("uploads")),
                gateway, jobs);
        Path portFile = Path.of(args[3]);
        Files.writeString(portFile.resolveSibling(portFile.getFileName() + ".tmp"), Integer.toString(server.port()));
        Files.move(portFile.resolveSibling(portFile.getFileName() + ".tmp"), portFile);
        System.out.println("serving on port " + server.port());
        Thread.currentThread().join();
    }
}
