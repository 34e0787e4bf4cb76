package org.imrarchive.importer;

import java.util.Locale;
import java.util.Map;

/** The table the command line prints when an import ends: the account, then the rejected files and why. */
public final class SummaryTable {

    /** Rejections listed before "... and N more"; the JSON report lists every one. */
    public static final int LISTED = 20;

    private SummaryTable() {
    }

    public static String render(ImportReport r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Import %s: %s in %.1f s%n", r.jobId(), r.state(), r.durationSeconds()));
        row(s, "Files seen", r.filesSeen(), null);
        row(s, "Indexed", r.indexed(), null);
        row(s, "Duplicates", r.duplicates(), null);
        row(s, "Rejected", r.rejected(), null);
        row(s, "Letters", r.letters(), null);
        row(s, "Decisions", r.decisions(), null);
        if (r.rows().indexed() + r.rows().duplicates() + r.rows().rejected() + r.rows().conflicts() > 0) {
            row(s, "CSV rows", r.rows().indexed(), "indexed, " + r.rows().duplicates() + " duplicate, "
                    + r.rows().rejected() + " rejected" + (r.rows().conflicts() > 0 ? ", " + r.rows().conflicts() + " in conflict" : ""));
        }
        if (r.degraded() > 0) {
            row(s, "Degraded", r.degraded(), "letters whose text may be less faithful than their file, because:");
            r.degradations().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(LISTED)
                    .forEach(d -> s.append(String.format(Locale.ROOT, "  %20d  %s%n", d.getValue(), d.getKey())));
            if (r.degradations().size() > LISTED) {
                s.append(String.format(Locale.ROOT, "  %20s  ... and %d more reasons (see the JSON report)%n", "",
                        r.degradations().size() - LISTED));
            }
        }
        if (r.resumed() > 0) {
            row(s, "Resumed", r.resumed(), "files already accounted for by an earlier run");
        }
        s.append(r.balanced()
                ? String.format(Locale.ROOT, "  indexed + duplicates + rejected = %d = files seen%n", r.filesSeen())
                : String.format(Locale.ROOT, "  %d file(s) not accounted for: run the same import again%n",
                        r.filesSeen() - r.indexed() - r.duplicates() - r.rejected()));
        if (!r.rejections().isEmpty()) {
            s.append(String.format(Locale.ROOT, "%nRejected files:%n"));
            int width = Math.max(1, Math.min(60, r.rejections().stream().limit(LISTED)
                    .mapToInt(x -> x.path().length()).max().orElse(1)));
            r.rejections().stream().limit(LISTED).forEach(x ->
                    s.append(String.format(Locale.ROOT, "  %-" + width + "s  %s%n", x.path(), x.reason())));
            long shown = Math.min(LISTED, r.rejections().size());
            if (r.rejected() > shown) {
                s.append(String.format(Locale.ROOT, "  ... and %d more (see the JSON report)%n", r.rejected() - shown));
            }
        }
        if (!r.rowRejections().isEmpty()) {
            s.append(String.format(Locale.ROOT, "%nRejected CSV rows:%n"));
            r.rowRejections().stream().limit(LISTED).forEach(x ->
                    s.append(String.format(Locale.ROOT, "  %s line %d  %s%n", x.path(), x.line(), x.reason())));
            long shown = Math.min(LISTED, r.rowRejections().size());
            long refused = r.rows().rejected() + r.rows().conflicts();
            if (refused > shown) {
                s.append(String.format(Locale.ROOT, "  ... and %d more (see the JSON report)%n", refused - shown));
            }
        }
        if (r.message() != null) {
            s.append(String.format(Locale.ROOT, "%n%s%n", r.message()));
        }
        return s.toString();
    }

    private static void row(StringBuilder s, String label, long value, String note) {
        s.append(String.format(Locale.ROOT, "  %-11s %8d%s%n", label, value, note == null ? "" : "  " + note));
    }
}
