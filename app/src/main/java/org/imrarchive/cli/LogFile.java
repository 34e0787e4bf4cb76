package org.imrarchive.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.imrarchive.storage.runtime.ElasticsearchRuntimes;

/**
 * Where library logging goes: {@code $IMR_HOME/logs/<command>.log} (e.g. {@code import.log}), never the console, so that warnings such as
 * PDFBox's "Using fallback font ..." (one per page of a Word-exported letter) cannot break the import's progress
 * bar or mix with {@code imr parse}'s output. The commands report what a user needs themselves.
 *
 * <p>slf4j-simple (which PDFBox's commons-logging also reaches) reads its configuration from system properties
 * once, when the first logger is created; so this is applied first thing in {@link Imr#main}. It truncates its
 * file when it opens it, hence one file per command: a running {@code imr serve} keeps its log while
 * {@code imr import} runs, and each file holds its command's last run.
 */
record LogFile(Path path) {

    /** The log file of {@code command} (a subcommand's name, or "imr") for the archive at {@code IMR_HOME}. */
    static LogFile of(Map<String, String> env, String command) {
        return new LogFile(ElasticsearchRuntimes.home(env).resolve("logs").resolve(command + ".log"));
    }

    /** Sends slf4j-simple's output to the file, with timestamps; creates its folder. */
    void install() {
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the log folder " + path.getParent(), e);
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", path.toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    }
}
