package org.imrarchive.api.precedent;

import io.javalin.http.NotFoundResponse;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrarchive.api.RequestParams;
import org.imrarchive.api.search.DecisionHit;
import org.imrarchive.api.search.HighlightSegment;
import org.imrarchive.api.search.Highlights;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.DecisionDocument;

/**
 * Prior decisions most like a given one. What a reviewer means by "like": the same treatment first
 * (procedure name), then the same guideline passages, then the wording of the rationale and the
 * clinical picture. The structured matches are constant scores large enough to dominate the text
 * score, which only orders decisions within the same procedure/guideline tier. The decision itself and
 * the other items of its letter (same patient, same reviewer) are excluded. When the archive holds at
 * least {@code setSize} other decisions on the same procedure, only those are candidates: they would
 * fill the list anyway, and scoring the rationale of every decision in a large archive costs seconds
 * (BENCHMARKS.md, section 3).
 *
 * <p>The outcome split is counted exactly over the top {@code setSize} similar decisions, fetched in
 * the same request (sources without the long text fields), rather than with a sampler aggregation:
 * the set is small and the count is exact. Only decisions on the same treatment (procedure name, when
 * the decision has one) are counted: "31 of 40 upheld" must not mix discograms with physical therapy
 * just because the archive has few discograms; the ranked list still shows the nearest others.
 *
 * <p>Each similar decision comes with why it was chosen ({@link PrecedentReasons}, keyed by its id) and, in its
 * {@code highlights.rationale}, the sentence of its rationale that best matches the decision's item and guidelines.
 *
 * <p>With {@code retrieval=hybrid} the word ranking is fused by rank ({@link RankFusion}) with the decisions
 * whose sentence vectors are nearest the decision's own, among the same candidates.
 */
public final class SimilarDecisions {

    static final float PROCEDURE_WEIGHT = 20f;
    static final float GUIDELINE_WEIGHT = 6f;
    static final float CATEGORY_WEIGHT = 3f;
    static final float TEXT_WEIGHT = 0.3f;

    private final ArchiveGateway gateway;

    public SimilarDecisions(ArchiveGateway gateway) {
        this.gateway = gateway;
    }

    public SimilarResult find(String decisionId, RequestParams params) {
        int size = params.integer("size", 1, 100).orElse(10);
        int setSize = Math.max(size, params.integer("setSize", 1, 200).orElse(40));
        Retrieval retrieval = Retrieval.of(params);
        DecisionDocument decision = gateway.decision(decisionId)
                .orElseThrow(() -> new NotFoundResponse("no decision with id " + RequestParams.shorten(decisionId)));
        String alias = gateway.alias(ArchiveIndex.DECISIONS);
        // Same-procedure decisions outrank all others, so when there are enough of them the search can be
        // limited to them: the same answer, without scoring the text of the whole archive.
        boolean hasProcedure = decision.procedure() != null && decision.procedure().name() != null;
        Highlight passage = Highlights.rationaleSentence(sentenceQuery(decision));
        SearchResponse<DecisionDocument> response = search(query(decision, alias, hasProcedure), setSize, passage);
        boolean sameProcedureOnly = hasProcedure;
        if (hasProcedure && response.hits().hits().size() < setSize) {
            response = search(query(decision, alias, false), setSize, passage);
            sameProcedureOnly = false;
        }
        List<Hit<DecisionDocument>> hits = response.hits().hits();
        if (retrieval == Retrieval.HYBRID) {
            // The decision's own vector finds its nearest in meaning, among the same candidates as the word
            // search; a decision not embedded yet keeps the word ranking alone.
            Optional<float[]> vector = gateway.decisionEmbedding(decision.id());
            if (vector.isPresent()) {
                hits = Precedents.fused(hits, nearest(decision, vector.get(), sameProcedureOnly, setSize), setSize);
            }
        }
        PrecedentReasons.Reference reference = PrecedentReasons.Reference.of(decision);
        List<DecisionHit> similar = new ArrayList<>();
        Map<String, PrecedentReasons> reasons = new LinkedHashMap<>();
        for (Hit<DecisionDocument> h : hits.subList(0, Math.min(size, hits.size()))) {
            Map<String, List<List<HighlightSegment>>> highlights = Highlights.segments(h.highlight());
            List<List<HighlightSegment>> sentence = highlights.getOrDefault("rationale", List.of());
            similar.add(DecisionHit.of(h.source(), h.score(), highlights));
            reasons.put(h.source().id(), PrecedentReasons.of(reference, h.source(), sentence.isEmpty() ? List.of() : sentence.get(0)));
        }
        OutcomeSplit split = OutcomeSplit.of(hits.stream().map(Hit::source).filter(h -> sameTreatment(decision, h)).toList(),
                "similar", OutcomeSplit.procedureOf(decision));
        return new SimilarResult(DecisionHit.of(decision, null, Map.of()), similar, split, reasons);
    }

    /**
     * The words a similar decision's matching sentence is chosen by: the decision's item and the titles of the
     * guidelines it cites, as for a precedent request.
     */
    private static Query sentenceQuery(DecisionDocument d) {
        StringBuilder words = new StringBuilder(d.item() == null ? "" : d.item());
        if (d.guidelines() != null) {
            d.guidelines().stream().map(DecisionDocument.GuidelineFields::title).filter(t -> t != null).distinct()
                    .forEach(t -> words.append(' ').append(t));
        }
        String distinct = ItemWords.distinct(words.toString());
        return distinct.isBlank()
                ? Query.of(q -> q.matchNone(n -> n))
                : Query.of(q -> q.match(m -> m.field("rationale").query(distinct)));
    }

    private SearchResponse<DecisionDocument> search(Query query, int setSize, Highlight passage) {
        return gateway.search(ArchiveIndex.DECISIONS, b -> b
                .query(query)
                .size(setSize)
                .source(s -> s.filter(f -> f.excludes(Precedents.UNSHOWN_FIELDS)))
                .sort(s -> s.score(sc -> sc.order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)))
                .sort(s -> s.field(f -> f.field("id").order(co.elastic.clients.elasticsearch._types.SortOrder.Asc)))
                .trackScores(true)
                .highlight(passage), DecisionDocument.class);
    }

    /** The decisions nearest in meaning, never the decision itself or its letter's others. */
    private List<Hit<DecisionDocument>> nearest(DecisionDocument d, float[] vector, boolean sameProcedureOnly, int setSize) {
        List<Float> queryVector = Precedents.knnVector(vector);
        Query candidates = Query.of(q -> q.bool(b -> {
            if (sameProcedureOnly) {
                b.filter(f -> f.term(t -> t.field("procedure.name").value(d.procedure().name())));
            }
            b.mustNot(n -> n.ids(i -> i.values(d.id())));
            if (d.letterId() != null) {
                b.mustNot(n -> n.term(t -> t.field("letterId").value(FieldValue.of(d.letterId()))));
            }
            return b;
        }));
        return gateway.search(ArchiveIndex.DECISIONS, b -> b
                .knn(k -> k.field(ArchiveGateway.EMBEDDING_FIELD).queryVector(queryVector).k(setSize)
                        .numCandidates(Math.max(Precedents.KNN_CANDIDATES, setSize)).filter(candidates))
                .size(setSize)
                .source(s -> s.filter(f -> f.excludes(Precedents.UNSHOWN_FIELDS))), DecisionDocument.class).hits().hits();
    }

    /** @param sameProcedureOnly only decisions on the decision's own procedure are candidates */
    static Query query(DecisionDocument d, String alias, boolean sameProcedureOnly) {
        return Query.of(q -> q.bool(b -> {
            if (sameProcedureOnly) {
                b.filter(f -> f.term(t -> t.field("procedure.name").value(d.procedure().name())));
            }
            if (d.procedure() != null && d.procedure().name() != null) {
                b.should(s -> s.constantScore(c -> c.boost(PROCEDURE_WEIGHT)
                        .filter(f -> f.term(t -> t.field("procedure.name").value(d.procedure().name())))));
            }
            if (d.procedure() != null && d.procedure().category() != null) {
                b.should(s -> s.constantScore(c -> c.boost(CATEGORY_WEIGHT)
                        .filter(f -> f.term(t -> t.field("procedure.category").value(d.procedure().category().name())))));
            }
            if (d.guidelines() != null) {
                d.guidelines().stream().map(DecisionDocument.GuidelineFields::label).filter(l -> l != null).distinct()
                        .forEach(label -> b.should(s -> s.constantScore(c -> c.boost(GUIDELINE_WEIGHT)
                                .filter(f -> f.term(t -> t.field("guidelines.label").value(label))))));
            }
            if (d.item() != null) {
                b.should(s -> s.match(m -> m.field("item").query(d.item()).boost(TEXT_WEIGHT * 3)));
            }
            b.should(s -> s.moreLikeThis(m -> m
                    .fields("rationale", "clinicalSummary")
                    .like(l -> l.document(doc -> doc.index(alias).id(d.id())))
                    .minTermFreq(1)
                    .minDocFreq(1)
                    .maxQueryTerms(30)
                    .minimumShouldMatch("20%")
                    .boost(TEXT_WEIGHT)));
            b.minimumShouldMatch("1");
            b.mustNot(n -> n.ids(i -> i.values(d.id())));
            if (d.letterId() != null) {
                b.mustNot(n -> n.term(t -> t.field("letterId").value(FieldValue.of(d.letterId()))));
            }
            return b;
        }));
    }

    private static boolean sameTreatment(DecisionDocument decision, DecisionDocument other) {
        if (decision.procedure() == null || decision.procedure().name() == null) {
            return true;
        }
        return other.procedure() != null && decision.procedure().name().equals(other.procedure().name());
    }
}
