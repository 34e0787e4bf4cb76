package org.imrarchive.importer;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;

/** Reads the imports index: what a job already accounted for, and whether a file's content was ever indexed. */
final class Ledger {

    private static final int PAGE = 1000;

    private Ledger() {
    }

    /** Every file the job accounted for in earlier runs, by ledger key. */
    static Map<String, LedgerEntry> of(ArchiveGateway gateway, String jobId) {
        Map<String, LedgerEntry> entries = new HashMap<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<LedgerEntry> page = gateway.search(ArchiveIndex.IMPORTS, b -> {
                b.query(q -> q.term(t -> t.field("jobId").value(jobId)))
                        .size(PAGE)
                        .sort(s -> s.field(f -> f.field("path").order(SortOrder.Asc)))
                        .sort(s -> s.field(f -> f.field("at").order(SortOrder.Asc)));
                if (from != null) {
                    b.searchAfter(from);
                }
                return b;
            }, LedgerEntry.class);
            List<Hit<LedgerEntry>> hits = page.hits().hits();
            for (Hit<LedgerEntry> hit : hits) {
                entries.put(hit.id(), LegacyRowAccount.upgrade(hit.source()));
            }
            if (hits.size() < PAGE) {
                return entries;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /** The file, of any job, whose identical content was indexed, if one was. */
    static Optional<LedgerEntry> indexedWith(ArchiveGateway gateway, String sha256) {
        return Optional.ofNullable(indexedWithAny(gateway, List.of(sha256)).get(sha256));
    }

    /** For each content hash of {@code sha256s} that any job indexed, one file that had it; one search for all. */
    static Map<String, LedgerEntry> indexedWithAny(ArchiveGateway gateway, Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Map.of();
        }
        List<FieldValue> values = sha256s.stream().distinct().map(FieldValue::of).toList();
        SearchResponse<LedgerEntry> r = gateway.search(ArchiveIndex.IMPORTS, b -> b
                .query(q -> q.bool(bq -> bq
                        .filter(f -> f.terms(t -> t.field("sha256").terms(v -> v.value(values))))
                        .filter(f -> f.term(t -> t.field("status").value(LedgerEntry.INDEXED)))))
                .collapse(c -> c.field("sha256")) // one entry per content hash, however many jobs indexed it
                .size(values.size()), LedgerEntry.class);
        Map<String, LedgerEntry> entries = new HashMap<>();
        for (Hit<LedgerEntry> hit : r.hits().hits()) {
            entries.putIfAbsent(hit.source().sha256(), hit.source());
        }
        return entries;
    }
}
