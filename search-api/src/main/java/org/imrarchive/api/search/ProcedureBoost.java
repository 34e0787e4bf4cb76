package org.imrarchive.api.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.Optional;
import org.imrarchive.parse.normalize.ProcedureNormalizer;

/**
 * Ranks the decisions on the procedure a search names above the rest: "norco" asks about
 * Hydrocodone/Acetaminophen decisions, "lumbar discogram" about Discography, "ESI" about epidural steroid
 * injections. The search text is read with the parser's procedure catalog, the rules that named every
 * decision's procedure at import, and decisions on that procedure get a constant lift larger than any text
 * score, so they come first, in text-score order. Matching is not changed: the lift is an optional clause.
 *
 * <p>This replaced scoring the words a second time in the item and procedure-name fields, which for
 * synonym-rich searches ("norco" expands to five drug names and phrases) cost more than the whole text match
 * at 1,000,000 decisions; a keyword term costs next to nothing (BENCHMARKS.md, section 3).
 */
final class ProcedureBoost {

    /** Above any BM25 score a search of a few words reaches, so the named procedure forms the first tier. */
    static final float LIFT = 50f;

    private final ProcedureNormalizer catalog = new ProcedureNormalizer();

    /** The procedure the text names, as decisions are indexed, if the catalog recognises one. */
    Optional<String> procedureNamedBy(String text) {
        ProcedureNormalizer.Result result = catalog.normalize(text);
        return result.recognised() ? Optional.of(result.procedure().name()) : Optional.empty();
    }

    /** {@code matching}, with decisions on the procedure {@code text} names lifted to the top. */
    Query rank(Query matching, String text) {
        Optional<String> procedure = text == null ? Optional.empty() : procedureNamedBy(text);
        if (procedure.isEmpty()) {
            return matching;
        }
        return Query.of(q -> q.bool(b -> b
                .must(matching)
                .should(s -> s.constantScore(c -> c.boost(LIFT)
                        .filter(f -> f.term(t -> t.field("procedure.name").value(procedure.get()).caseInsensitive(true)))))));
    }
}
