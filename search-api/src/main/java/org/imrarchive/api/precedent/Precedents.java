package org.imrarchive.api.precedent;

import co.elastic.clients.elasticsearch._types.query_dsl.MoreLikeThisQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imrarchive.api.search.DecisionHit;
import org.imrarchive.api.search.HighlightSegment;
import org.imrarchive.api.search.Highlights;
import org.imrarchive.embedding.DecisionText;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.Outcome;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.DecisionDocument;

/**
 * Precedents for a request that has no decision yet. A precedent must match the item (what is asked
 * for, stemmed and with synonyms, so "ESI" finds epidural steroid injections); among those, the ones
 * on the procedure the item names, citing the same guideline and describing a similar clinical picture rank
 * higher. The request is read with the parser's own catalogs ({@link RequestReading}), so "Lumbar discogram"
 * and a citation worded as a letter words it compare with the stored procedure and guideline fields. The outcome
 * split and the guideline counts are exact, over those of the top {@value #SET_SIZE} matches (fetched in
 * the same request) that concern the same procedure as the best match. Each precedent says why it was chosen
 * ({@link PrecedentReasons}). With {@link Retrieval#HYBRID} the matches are those words found fused with those
 * nearest in meaning (sentence vectors), see {@link #hybrid}.
 *
 * <p>The weights were chosen on {@code imr eval precedents} over the real letters, one lever at a time
 * (BENCHMARKS.md, section 7); levers that showed no gain there (body region, spinal levels, the summary's
 * diagnoses, a minimum share of the item's words, a procedure filter instead of the lift) are not in the query.
 */
public final class Precedents {

    static final int SET_SIZE = 50;
    static final int DEFAULT_SIZE = 10;
    /** Candidates each shard's HNSW search visits for the {@value #SET_SIZE} nearest: recall near exact at little cost. */
    static final int KNN_CANDIDATES = 200;
    /** Long text fields no precedent list shows, and the vector. */
    static final List<String> UNSHOWN_FIELDS = List.of("rationale", "clinicalSummary", "warnings", "sha256",
            ArchiveGateway.EMBEDDING_FIELD);

    /** Decisions on the procedure the item names: above the item's text score, as in the search's ranking. */
    static final float PROCEDURE_WEIGHT = 20f;
    /** Decisions citing the same guideline passage (label), then the same source. */
    static final float GUIDELINE_LABEL_WEIGHT = 8f;
    static final float GUIDELINE_SOURCE_WEIGHT = 3f;
    /** The guideline's words in the cited titles and citations. */
    static final float GUIDELINE_WORDS_WEIGHT = 3f;
    /** The clinical summary's terms in others' summaries and reasoning: orders the decisions within a procedure. */
    static final float SUMMARY_WEIGHT = 1f;
    /** In the fallback, decisions in the item's procedure category (a drug among drugs). */
    static final float FALLBACK_CATEGORY_WEIGHT = 3f;

    private final ArchiveGateway gateway;
    private final QueryEmbedding embedding;
    private final RequestReading.Readers readers = RequestReading.Readers.standard();

    /** A finder for BM25 only: asked for hybrid, it loads its own sentence model. */
    public Precedents(ArchiveGateway gateway) {
        this(gateway, new QueryEmbedding());
    }

    public Precedents(ArchiveGateway gateway, QueryEmbedding embedding) {
        this.gateway = gateway;
        this.embedding = embedding;
    }

    /** BM25 precedents: what {@code POST /api/precedents} answers unless asked for {@code retrieval=hybrid}. */
    public PrecedentResult find(PrecedentRequest request) {
        return find(request, Retrieval.BM25, null);
    }

    public PrecedentResult find(PrecedentRequest request, Retrieval retrieval) {
        return find(request, retrieval, null);
    }

    /**
     * @param withoutLetter a letter whose decisions are no precedents (the evaluation's held-out letter), or null.
     *                      Left out in the query, so the answer is the one the archive without it would give.
     */
    public PrecedentResult find(PrecedentRequest request, Retrieval retrieval, String withoutLetter) {
        request.check();
        int size = request.size() == null ? DEFAULT_SIZE : request.size();
        RequestReading reading = RequestReading.of(request, readers);
        Query sentence = Query.of(q -> q.match(m -> m.field("rationale")
                .query(ItemWords.distinct(request.item() + (request.guideline() == null ? "" : " " + request.guideline())))));
        Query query = without(query(request, reading), withoutLetter);
        List<Hit<DecisionDocument>> hits = retrieval == Retrieval.HYBRID
                ? hybrid(request, query, sentence, withoutLetter)
                : search(query, sentence);
        if (hits.isEmpty()) {
            hits = search(without(fallback(request, reading), withoutLetter), sentence);
        }
        PrecedentReasons.Reference reference = PrecedentReasons.Reference.of(reading);
        List<Precedent> precedents = hits.stream().limit(size).map(h -> precedent(h, reference)).toList();
        // The counted set: the top matches on the treatment the best match is about. Loose matches
        // ("lumbar" in an MRI request) must not blur the split for discograms.
        String procedure = hits.isEmpty() ? null : OutcomeSplit.procedureOf(hits.get(0).source());
        List<DecisionDocument> set = hits.stream().map(Hit::source)
                .filter(d -> procedure == null || procedure.equals(OutcomeSplit.procedureOf(d)))
                .toList();
        return new PrecedentResult(precedents, OutcomeSplit.of(set, "precedent", procedure), citations(set));
    }

    private static Query without(Query query, String letterId) {
        return letterId == null ? query : Query.of(q -> q.bool(b -> b.must(query)
                .mustNot(n -> n.term(t -> t.field("letterId").value(letterId)))));
    }

    private List<Hit<DecisionDocument>> search(Query query, Query sentence) {
        return gateway.search(ArchiveIndex.DECISIONS, b -> b
                .query(query)
                .size(SET_SIZE)
                .source(s -> s.filter(f -> f.excludes(UNSHOWN_FIELDS)))
                .sort(s -> s.score(sc -> sc.order(SortOrder.Desc)))
                .sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)))
                .trackScores(true)
                .highlight(Highlights.rationaleSentence(sentence)), DecisionDocument.class).hits().hits();
    }

    /**
     * The BM25 matches and the nearest vectors to the request's text, asked for in one round trip and fused by
     * rank. The kNN side is not held to the BM25 query's item clause: a precedent found by meaning alone need not
     * share a word with the item (restricting it kept fewer requests answered and cost more, BENCHMARKS.md,
     * section 7). Decisions not embedded yet are found by their words only.
     */
    private List<Hit<DecisionDocument>> hybrid(PrecedentRequest request, Query query, Query sentence, String withoutLetter) {
        float[] vector = embedding.embed(DecisionText.of(request.item(), request.guideline(), request.clinicalSummary()));
        List<Float> queryVector = knnVector(vector);
        List<ResponseBody<DecisionDocument>> answers = gateway.searchAll(ArchiveIndex.DECISIONS, List.of(
                b -> b.query(query)
                        .size(SET_SIZE)
                        .source(s -> s.filter(f -> f.excludes(UNSHOWN_FIELDS)))
                        .sort(s -> s.score(sc -> sc.order(SortOrder.Desc)))
                        .sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)))
                        .trackScores(true)
                        .highlight(Highlights.rationaleSentence(sentence)),
                b -> b.knn(k -> {
                            k.field(ArchiveGateway.EMBEDDING_FIELD).queryVector(queryVector).k(SET_SIZE)
                                    .numCandidates(KNN_CANDIDATES);
                            if (withoutLetter != null) {
                                k.filter(f -> f.bool(n -> n.mustNot(m -> m.term(t -> t.field("letterId").value(withoutLetter)))));
                            }
                            return k;
                        })
                        .size(SET_SIZE)
                        .source(s -> s.filter(f -> f.excludes(UNSHOWN_FIELDS)))
                        .highlight(Highlights.rationaleSentence(sentence))), DecisionDocument.class);
        return fused(answers.get(0).hits().hits(), answers.get(1).hits().hits(), SET_SIZE);
    }

    /** A sentence vector as the client's kNN query takes it. */
    static List<Float> knnVector(float[] vector) {
        List<Float> out = new ArrayList<>(vector.length);
        for (float v : vector) {
            out.add(v);
        }
        return out;
    }

    /** The two rankings fused, each hit carrying its fused score; at most {@code limit}. */
    static List<Hit<DecisionDocument>> fused(List<Hit<DecisionDocument>> words, List<Hit<DecisionDocument>> vectors, int limit) {
        Map<String, Hit<DecisionDocument>> byId = new LinkedHashMap<>();
        vectors.forEach(h -> byId.put(h.id(), h));
        words.forEach(h -> byId.put(h.id(), h)); // the word match's highlight, when both found it
        return RankFusion.fuse(List.of(words.stream().map(Hit::id).toList(), vectors.stream().map(Hit::id).toList()))
                .stream().limit(limit)
                .map(f -> {
                    Hit<DecisionDocument> h = byId.get(f.id());
                    return Hit.<DecisionDocument>of(b -> b.id(h.id()).index(h.index()).source(h.source()).score(f.score())
                            .highlight(h.highlight()));
                })
                .toList();
    }

    /**
     * The precedent query, bounded in cost whatever the request's text: the item's words are deduplicated and
     * capped ({@link ItemWords}), and the phrase clause is read without the synonyms. With them, a sloppy phrase
     * becomes one phrase per combination of every word's synonyms: "rfa cbt rfa rfa cbt pt uds ncv" asked for
     * more than Elasticsearch's 16,384 clauses, and seven abbreviations took seconds and filled the heap.
     * Synonyms still match through the loose clause; the phrase only lifts the exact wording. The procedure,
     * guideline label and source are keyword terms: they cost next to nothing.
     */
    static Query query(PrecedentRequest request, RequestReading reading) {
        String words = ItemWords.distinct(request.item());
        String phrase = ItemWords.leading(request.item());
        return Query.of(q -> q.bool(b -> {
            b.must(m -> m.multiMatch(mm -> mm
                    .query(words)
                    .fields("item^3", "procedure.name.text^3", "rationale^0.5")
                    .operator(Operator.Or)
                    .minimumShouldMatch("1")));
            // The item's opening as a phrase-ish match lifts exact wording ("lumbar discogram") over loose overlap;
            // imr_text is the field's index analyzer, the one without synonyms.
            b.should(s -> s.matchPhrase(p -> p.field("item").query(phrase).analyzer("imr_text").slop(3).boost(2f)));
            if (reading.procedureName() != null) {
                b.should(s -> s.constantScore(c -> c.boost(PROCEDURE_WEIGHT)
                        .filter(f -> f.term(t -> t.field("procedure.name").value(reading.procedureName()).caseInsensitive(true)))));
            }
            for (String label : reading.labels()) {
                b.should(s -> s.constantScore(c -> c.boost(GUIDELINE_LABEL_WEIGHT)
                        .filter(f -> f.term(t -> t.field("guidelines.label").value(label)))));
            }
            for (GuidelineSource source : reading.sources()) {
                b.should(s -> s.constantScore(c -> c.boost(GUIDELINE_SOURCE_WEIGHT)
                        .filter(f -> f.term(t -> t.field("guidelineSources").value(source.name())))));
            }
            if (request.guideline() != null && !request.guideline().isBlank()) {
                b.should(s -> s.multiMatch(mm -> mm.query(ItemWords.distinct(request.guideline()))
                        .fields("guidelines.title.text", "guidelines.raw").boost(GUIDELINE_WORDS_WEIGHT)));
            }
            if (request.clinicalSummary() != null && !request.clinicalSummary().isBlank()) {
                b.should(s -> s.moreLikeThis(summaryLike(request.clinicalSummary(), SUMMARY_WEIGHT)));
            }
            return b;
        }));
    }

    /**
     * When no prior decision shares a word with the item (a drug or device the archive has not seen under that
     * name: "Etodolac", "Gym membership"), the nearest decisions by what else the request says: the procedure's
     * category, the item's words in others' reasoning, the guideline, the clinical picture. Without it a request
     * would get no precedent at all (3 of the 386 real decisions did).
     */
    static Query fallback(PrecedentRequest request, RequestReading reading) {
        return Query.of(q -> q.bool(b -> {
            if (reading.recognised() && reading.procedure().category() != null) {
                b.should(s -> s.constantScore(c -> c.boost(FALLBACK_CATEGORY_WEIGHT)
                        .filter(f -> f.term(t -> t.field("procedure.category").value(reading.procedure().category().name())))));
            }
            b.should(s -> s.match(m -> m.field("rationale").query(ItemWords.distinct(request.item()))));
            if (request.guideline() != null && !request.guideline().isBlank()) {
                b.should(s -> s.multiMatch(mm -> mm.query(ItemWords.distinct(request.guideline()))
                        .fields("guidelines.title.text", "guidelines.raw")));
            }
            if (request.clinicalSummary() != null && !request.clinicalSummary().isBlank()) {
                b.should(s -> s.moreLikeThis(summaryLike(request.clinicalSummary(), 1f)));
            }
            return b.minimumShouldMatch("1");
        }));
    }

    private static MoreLikeThisQuery summaryLike(String summary, float boost) {
        return MoreLikeThisQuery.of(m -> m
                .fields("clinicalSummary", "rationale")
                .like(l -> l.text(summary))
                .minTermFreq(1)
                .minDocFreq(1)
                .maxQueryTerms(30)
                .minimumShouldMatch("20%")
                .boost(boost));
    }

    private static Precedent precedent(Hit<DecisionDocument> hit, PrecedentReasons.Reference reference) {
        List<String> fragments = hit.highlight().getOrDefault("rationale", List.of());
        List<HighlightSegment> sentence = fragments.isEmpty()
                ? List.of()
                : Highlights.segments(Map.of("rationale", fragments)).get("rationale").get(0);
        return new Precedent(DecisionHit.of(hit.source(), hit.score(), Map.of()), sentence,
                PrecedentReasons.of(reference, hit.source(), sentence));
    }

    /** Each guideline label counted once per precedent citing it. */
    static List<GuidelineCitation> citations(List<DecisionDocument> set) {
        Map<String, List<DecisionDocument>> byLabel = new LinkedHashMap<>();
        Map<String, List<DecisionDocument.GuidelineFields>> citationsByLabel = new LinkedHashMap<>();
        for (DecisionDocument d : set) {
            if (d.guidelines() == null) {
                continue;
            }
            d.guidelines().stream().filter(g -> g.label() != null)
                    .forEach(g -> citationsByLabel.computeIfAbsent(g.label(), k -> new ArrayList<>()).add(g));
            d.guidelines().stream().map(DecisionDocument.GuidelineFields::label).filter(Objects::nonNull).distinct()
                    .forEach(label -> byLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(d));
        }
        return byLabel.entrySet().stream()
                .map(e -> {
                    List<DecisionDocument.GuidelineFields> cited = citationsByLabel.get(e.getKey());
                    Map<String, Long> pages = cited.stream().map(DecisionDocument.GuidelineFields::pages)
                            .filter(Objects::nonNull)
                            .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
                    List<String> topPages = pages.entrySet().stream()
                            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                            .map(Map.Entry::getKey).limit(5).toList();
                    List<DecisionDocument> citing = e.getValue();
                    return new GuidelineCitation(e.getKey(), cited.get(0).source(), citing.size(),
                            (int) citing.stream().filter(d -> d.outcome() == Outcome.UPHELD).count(),
                            (int) citing.stream().filter(d -> d.outcome() == Outcome.OVERTURNED).count(),
                            topPages);
                })
                .sorted(Comparator.comparingInt(GuidelineCitation::precedents).reversed()
                        .thenComparing(GuidelineCitation::label))
                .limit(10)
                .toList();
    }
}
