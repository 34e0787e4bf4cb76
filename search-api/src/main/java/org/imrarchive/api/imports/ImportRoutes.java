package org.imrarchive.api.imports;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.NotAcceptableResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnsupportedMediaTypeResponse;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.imrarchive.api.ApiConfig;
import org.imrarchive.api.ApiKeyGuard;
import org.imrarchive.api.RequestParams;
import org.imrarchive.api.Routes;
import org.imrarchive.importer.ImportJobs;
import org.imrarchive.importer.ImportProgress;

/**
 * Imports over HTTP. {@code POST /api/imports} takes multipart files (letters, zips, CSV exports) or a
 * raw zip body, writes them to a fresh upload folder, starts a background import and answers 202 at
 * once. The job owns the folder: it keeps it while the job may resume (after a restart too) and deletes it when
 * the job is done. Progress is {@code GET /api/imports/{id}}, or live as server-sent events from
 * {@code /api/imports/{id}/events}; the full report of an ended job is {@code GET /api/imports/{id}/report}. Only
 * the POST needs the API key: browsers' EventSource cannot send headers, and job ids are random.
 */
public final class ImportRoutes implements Routes {

    private final ImportJobs jobs;
    private final ApiConfig config;
    private final ApiKeyGuard guard;

    public ImportRoutes(ImportJobs jobs, ApiConfig config, ApiKeyGuard guard) {
        this.jobs = jobs;
        this.config = config;
        this.guard = guard;
    }

    @Override
    public void register(Javalin app) {
        app.post("/api/imports", this::start);
        app.get("/api/imports/{id}", ctx -> ctx.json(ImportStatus.of(progress(ctx.pathParam("id")))));
        app.get("/api/imports/{id}/report", this::report);
        // Unknown jobs get a JSON 404 before the event stream (and its 200) starts. Javalin streams only
        // to "Accept: text/event-stream" (what EventSource sends) and answers others an empty 200: say why instead.
        app.before("/api/imports/{id}/events", ctx -> {
            progress(ctx.pathParam("id"));
            if (!"text/event-stream".equals(ctx.header("Accept"))) {
                throw new NotAcceptableResponse("this is an event stream: request it with the header Accept: text/event-stream,"
                        + " or GET /api/imports/{id} for the current state");
            }
        });
        app.sse("/api/imports/{id}/events", this::stream);
    }

    private ImportProgress progress(String jobId) {
        if (jobId.length() > 200) {
            throw new NotFoundResponse("no import job with that id");
        }
        return jobs.progress(jobId)
                .orElseThrow(() -> new NotFoundResponse("no import job with id " + RequestParams.shorten(jobId)));
    }

    private void start(Context ctx) {
        guard.require(ctx);
        if (ctx.contentLength() > config.maxUploadBytes()) {
            throw new ContentTooLargeResponse("the upload is larger than the limit of " + config.maxUploadBytes() + " bytes");
        }
        List<Path> saved = new ArrayList<>();
        Uploads uploads = new Uploads(config.uploadDirectory(), config.maxUploadBytes());
        try {
            String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
            if (type.startsWith("multipart/form-data")) {
                for (UploadedFile file : uploadedFiles(ctx)) {
                    try (InputStream in = file.content()) {
                        saved.add(uploads.save(file.filename(), in));
                    }
                }
            } else if (type.startsWith("application/zip") || type.startsWith("application/x-zip-compressed")) {
                String name = ctx.queryParam("name") == null ? "upload.zip" : ctx.queryParam("name");
                saved.add(uploads.save(name.toLowerCase(Locale.ROOT).endsWith(".zip") ? name : name + ".zip",
                        ctx.bodyInputStream()));
            } else {
                throw new UnsupportedMediaTypeResponse("send the files as multipart/form-data, or one zip as application/zip");
            }
            if (saved.isEmpty()) {
                throw new BadRequestResponse("no files in the request: add one or more file parts");
            }
            String jobId = jobs.startUpload(uploads.folder(), List.copyOf(saved));
            uploads.handOver();
            String self = "/api/imports/" + jobId;
            ctx.status(202).header("Location", self).json(new ImportStarted(jobId,
                    saved.stream().map(p -> p.getFileName().toString()).toList(),
                    Map.of("self", self, "events", self + "/events")));
        } catch (IOException e) {
            throw new BadRequestResponse("the upload could not be read: " + e.getMessage());
        } finally {
            uploads.close();
        }
    }

    /** Multipart parsing fails as an exception when a part or the request exceeds the configured limits. */
    private List<UploadedFile> uploadedFiles(Context ctx) {
        try {
            return ctx.uploadedFiles();
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("max") || message.contains("size") || message.contains("exceed")) {
                throw new ContentTooLargeResponse("the upload is larger than the limit of " + config.maxUploadBytes() + " bytes");
            }
            throw new BadRequestResponse("the multipart request could not be read");
        }
    }

    /** The JSON report of an ended job, listing every rejection; 409 while the job runs (it is written at the end). */
    private void report(Context ctx) {
        String jobId = ctx.pathParam("id");
        ImportProgress progress = progress(jobId);
        if (!progress.ended()) {
            throw new ConflictResponse("the report of import job " + jobId + " is written when the job ends;"
                    + " GET /api/imports/" + jobId + " shows it now");
        }
        Path file = jobs.report(jobId).orElseThrow(() -> new NotFoundResponse("import job " + jobId + " wrote no report"));
        try {
            InputStream in = Files.newInputStream(file);
            ctx.contentType("application/json")
                    .header("Content-Disposition", "inline; filename=\"" + jobId + ".json\"")
                    .result(in);
        } catch (IOException e) {
            throw new NotFoundResponse("the report of import job " + jobId + " is gone (removed by the retention rule?)");
        }
    }

    private void stream(SseClient client) {
        String jobId = client.ctx().pathParam("id");
        client.keepAlive();
        Object lock = new Object();
        AtomicBoolean sent = new AtomicBoolean();
        AtomicBoolean ended = new AtomicBoolean();
        Consumer<ImportProgress> send = p -> {
            synchronized (lock) {
                if (ended.get() || client.terminated()) {
                    return;
                }
                client.sendEvent("progress", ImportStatus.of(p));
                sent.set(true);
                if (p.ended()) {
                    ended.set(true);
                    client.close();
                }
            }
        };
        AutoCloseable subscription;
        try {
            subscription = jobs.subscribe(jobId, send);
        } catch (RuntimeException e) {
            client.close();
            return;
        }
        client.onClose(() -> {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // the job is gone or already ended
            }
        });
        // Subscribing need not replay the current state; send it unless it already came.
        if (!sent.get()) {
            jobs.progress(jobId).ifPresentOrElse(send, client::close);
        }
    }
}
