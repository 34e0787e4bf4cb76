package org.imrarchive.importer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * The command line's progress display: files done of expected, letters per second and time left. On a
 * terminal one line is redrawn in place; into a file or pipe a plain line is written every few seconds,
 * so logs stay readable.
 */
public final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 24;

    private final PrintStream out;
    private final boolean terminal;
    private final Duration every;
    private long lastLine;
    private int lastLength;

    public ProgressBar(PrintStream out, boolean terminal, Duration plainLineEvery) {
        this.out = out;
        this.terminal = terminal;
        this.every = plainLineEvery;
    }

    /** On standard error, redrawn when the program runs on a terminal. */
    public static ProgressBar onConsole() {
        return new ProgressBar(System.err, System.console() != null, Duration.ofSeconds(5));
    }

    @Override
    public void progress(ImportProgress p) {
        String line = line(p);
        if (terminal) {
            String padded = line.length() < lastLength ? line + " ".repeat(lastLength - line.length()) : line;
            out.print("\r" + padded);
            lastLength = line.length();
            if (p.ended()) {
                out.println();
            }
            out.flush();
            return;
        }
        long now = System.nanoTime();
        if (p.ended() || lastLine == 0 || now - lastLine >= every.toNanos()) {
            out.println(line);
            out.flush();
            lastLine = now;
        }
    }

    static String line(ImportProgress p) {
        long done = p.indexed() + p.duplicates() + p.rejected();
        long expected = Math.max(p.filesExpected(), done);
        int filled = expected == 0 ? 0 : (int) Math.min(WIDTH, done * WIDTH / expected);
        StringBuilder s = new StringBuilder();
        s.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
        s.append(done).append('/').append(expected).append(" files");
        s.append(String.format(Locale.ROOT, "  %.1f letters/s", p.lettersPerSecond()));
        if (!p.ended()) {
            long eta = p.etaSeconds();
            s.append("  ETA ").append(eta < 0 ? "--:--" : clock(eta));
        }
        s.append("  (").append(p.indexed()).append(" indexed, ").append(p.duplicates()).append(" duplicate, ")
                .append(p.rejected()).append(" rejected)");
        if (p.ended()) {
            s.append("  ").append(p.state());
        }
        if (p.message() != null) {
            s.append("  ").append(p.message());
        }
        return s.toString();
    }

    static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
