package org.imrarchive.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrarchive.letter.Outcome;

/**
 * The duplicate check of a DMHC export's rows. A row whose ReferenceID an earlier row already has (in this file,
 * elsewhere in the job, or in the archive) is a duplicate when it says the same, and a conflict when its outcome
 * differs: the earlier row stands, and the conflict is listed with both lines, since dropping it as a duplicate hid
 * that the export contradicts itself.
 */
final class RowCheck {

    private final DuplicateCheck check;
    private final SeenInJob seen;

    RowCheck(DuplicateCheck check, SeenInJob seen) {
        this.check = check;
        this.seen = seen;
    }

    /**
     * What became of an export's rows: those to store, and the account of the others.
     *
     * @param duplicateOf what the whole file duplicates (same content as another file), if it does
     */
    record Account(List<DmhcExport.Row.Determination> fresh, long duplicates, long conflicts,
                   List<LedgerEntry.RefusedRow> refused, Optional<String> duplicateOf) {

        ImportReport.RowCounts counts(long indexed) {
            return new ImportReport.RowCounts(indexed, duplicates, refused.size() - conflicts, conflicts);
        }

        /** The counts in words, as the ledger's reason gives them to a person reading it. */
        String summary() {
            return "rows: " + fresh.size() + " indexed, " + duplicates + " duplicate, " + (refused.size() - conflicts)
                    + " rejected" + (conflicts > 0 ? ", " + conflicts + " in conflict" : "");
        }
    }

    Account check(String path, String sha, List<DmhcExport.Row> rows) {
        List<LedgerEntry.RefusedRow> refused = new ArrayList<>();
        List<DmhcExport.Row.Determination> fresh = new ArrayList<>();
        long duplicates = 0;
        long conflicts = 0;
        String sameContent = seen.content(sha, path);
        Optional<String> duplicateOf = sameContent != null ? Optional.of("same content as " + sameContent)
                : check.alreadyImported(sha);
        Map<String, DmhcExport.Row.Determination> inThisFile = new HashMap<>();
        List<DmhcExport.Row.Determination> newToJob = new ArrayList<>();
        List<DmhcExport.Row.Determination> inOtherFile = new ArrayList<>();
        for (DmhcExport.Row row : rows) {
            if (row instanceof DmhcExport.Row.Malformed m) {
                refused.add(new LedgerEntry.RefusedRow(m.line(), m.reason()));
            } else if (row instanceof DmhcExport.Row.Determination d) {
                if (duplicateOf.isPresent()) {
                    duplicates++;
                    continue;
                }
                DmhcExport.Row.Determination first = inThisFile.putIfAbsent(d.letter().caseNumber(), d);
                if (first != null) {
                    if (outcome(first).equals(outcome(d))) {
                        duplicates++;
                    } else {
                        conflicts++;
                        refused.add(conflict(d, outcome(first), "line " + first.line()));
                    }
                } else if (seen.letter(d.letter().caseNumber(), holder(path, d)) != null) {
                    inOtherFile.add(d);
                } else {
                    newToJob.add(d);
                }
            }
        }
        List<DmhcExport.Row.Determination> toLookUp = new ArrayList<>(newToJob);
        toLookUp.addAll(inOtherFile);
        Map<String, DuplicateCheck.StoredLetter> stored = new HashMap<>();
        for (int from = 0; from < toLookUp.size(); from += DuplicateCheck.LOOKUP_BATCH) {
            stored.putAll(check.storedLetters(toLookUp.subList(from, Math.min(toLookUp.size(), from + DuplicateCheck.LOOKUP_BATCH))
                    .stream().map(d -> d.letter().caseNumber()).toList()));
        }
        for (DmhcExport.Row.Determination d : inOtherFile) {
            // the other file's row is stored, or on its way: compare when the archive can tell already
            DuplicateCheck.StoredLetter other = stored.get(d.letter().caseNumber());
            if (other != null && !other.outcomes().isEmpty() && !other.outcomes().contains(outcome(d))) {
                conflicts++;
                refused.add(conflict(d, other.outcomes().get(0), other.from()));
            } else {
                duplicates++;
            }
        }
        for (DmhcExport.Row.Determination d : newToJob) {
            String id = d.letter().caseNumber();
            DuplicateCheck.StoredLetter existing = stored.get(id);
            if (DuplicateCheck.inArchive(id, sha, existing).isPresent()) {
                if (!existing.outcomes().isEmpty() && !existing.outcomes().contains(outcome(d))) {
                    conflicts++;
                    refused.add(conflict(d, existing.outcomes().get(0), existing.from()));
                } else {
                    duplicates++;
                }
                seen.settled(null, id, holder(path, d)); // the archive answers for this letter from now on
            } else {
                fresh.add(d);
            }
        }
        refused.sort(Comparator.comparingLong(LedgerEntry.RefusedRow::line));
        return new Account(fresh, duplicates, conflicts, refused, duplicateOf);
    }

    /** The rows are stored: the archive answers for their letters from now on. */
    void stored(String path, List<DmhcExport.Row.Determination> rows) {
        rows.forEach(d -> seen.settled(null, d.letter().caseNumber(), holder(path, d)));
    }

    private static Outcome outcome(DmhcExport.Row.Determination row) {
        return row.letter().decisions().get(0).outcome();
    }

    private static LedgerEntry.RefusedRow conflict(DmhcExport.Row.Determination row, Outcome earlier, String where) {
        return new LedgerEntry.RefusedRow(row.line(), "conflict: ReferenceID " + row.letter().caseNumber() + " is "
                + earlier + " at " + where + " but " + outcome(row) + " here; the earlier determination stands");
    }

    /** What a DMHC row is remembered by: its file and line. */
    private static String holder(String path, DmhcExport.Row.Determination row) {
        return path + " line " + row.line();
    }
}
