package org.imrarchive.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CSV file's ledger entry as ledgers written before the row counts were fields of their own kept it: the
 * counts and the row refusals in the reason ("rows: 2 indexed, 0 duplicate, 2 rejected; line 5: ..."), cut at
 * 1,000 characters. {@link Ledger} turns such an entry into the current form as it reads it, so that a job begun
 * before the change still resumes with its account; nothing else reads the old form.
 */
final class LegacyRowAccount {

    /** The conflicts part is absent in ledgers written before conflicts were told. */
    private static final Pattern ROWS = Pattern.compile("^rows: (\\d+) indexed, (\\d+) duplicate, (\\d+) rejected(?:, (\\d+) in conflict)?");
    private static final Pattern ROW_REJECTION = Pattern.compile("line (\\d+): ([^;]+)");

    private LegacyRowAccount() {
    }

    /** The entry with its rows as fields, when it is a CSV file's entry of the old form; else the entry itself. */
    static LedgerEntry upgrade(LedgerEntry entry) {
        if (entry.rows() != null || entry.reason() == null) {
            return entry;
        }
        Matcher rows = ROWS.matcher(entry.reason());
        if (!rows.find()) {
            return entry;
        }
        ImportReport.RowCounts counts = new ImportReport.RowCounts(Long.parseLong(rows.group(1)),
                Long.parseLong(rows.group(2)), Long.parseLong(rows.group(3)),
                rows.group(4) == null ? 0 : Long.parseLong(rows.group(4)));
        List<LedgerEntry.RefusedRow> refused = new ArrayList<>();
        Matcher m = ROW_REJECTION.matcher(entry.reason());
        while (m.find()) {
            refused.add(new LedgerEntry.RefusedRow(Long.parseLong(m.group(1)), m.group(2).strip()));
        }
        return new LedgerEntry(entry.jobId(), entry.path(), entry.sha256(), entry.status(), entry.reason(),
                entry.letterId(), entry.decisions(), entry.at(), counts, refused, entry.degradations());
    }
}
