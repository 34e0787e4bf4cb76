package org.imrarchive.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrarchive.api.ApiConfig;
import org.imrarchive.api.ApiServer;
import org.imrarchive.importer.ImportJobs;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.testing.TestCluster;

/**
 * The archive as a person reaches it: a real Elasticsearch (the test cluster) under its own index
 * prefix, loaded with the fixture corpus, behind the real API server on a free port, which also
 * serves the web UI from the classpath.
 */
final class ArchiveServer implements AutoCloseable {

    private final ArchiveGateway gateway;
    private final ImportJobs imports;
    private final ApiServer server;

    private ArchiveServer(ArchiveGateway gateway, ImportJobs imports, ApiServer server) {
        this.gateway = gateway;
        this.imports = imports;
        this.server = server;
    }

    static ArchiveServer start(String prefix) {
        ArchiveGateway gateway = TestCluster.freshArchive(prefix);
        FixtureCorpus.load(gateway);
        Path work = workDir(prefix);
        ImportJobs imports = ServerWiring.importJobs(gateway, work);
        ApiServer server = ApiServer.start(ApiConfig.defaults().withPort(0).withUploadDirectory(work.resolve("uploads")),
                gateway, imports);
        return new ArchiveServer(gateway, imports, server);
    }

    /** A second server on the same archive that accepts imports only with {@code apiKey}. */
    ApiServer startWithApiKey(String apiKey, Path uploads) {
        return ApiServer.start(ApiConfig.defaults().withPort(0).withApiKey(apiKey).withUploadDirectory(uploads),
                gateway, imports);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    ArchiveGateway gateway() {
        return gateway;
    }

    private static Path workDir(String prefix) {
        try {
            Path dir = Path.of(System.getProperty("imr.e2e.workdir", "target/e2e-work")).resolve(prefix);
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            try {
                imports.close();
            } finally {
                gateway.close();
            }
        }
    }
}
