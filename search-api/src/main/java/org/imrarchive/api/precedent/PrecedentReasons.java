package org.imrarchive.api.precedent;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.imrarchive.api.search.HighlightSegment;
import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.ProcedureCategory;
import org.imrarchive.storage.DecisionDocument;

/**
 * Why a decision was offered as a precedent: what it shares with the request (or with the decision it is similar
 * to), field by field, so a page can say "same procedure: Discography · same guideline: MTUS ACOEM Ch. 12 Low Back
 * Complaints · matching passage" without parsing text. A field is null (or empty) when that reason does not hold.
 *
 * @param sameProcedure        the procedure name both concern ("Discography")
 * @param sameCategory         the procedure category both are in
 * @param sameBodyRegion       the body region both concern
 * @param sameLevels           the spinal levels both name ("L4-5")
 * @param sameGuidelineSources the guideline sources both cite
 * @param sameGuidelines       the guideline passages both cite, by label ("MTUS ACOEM Ch. 12 Low Back Complaints")
 * @param passageTerms         the words of the request marked in the precedent's matching rationale sentence,
 *                             lower-case, distinct, in order; empty when the sentence shown matched none
 */
public record PrecedentReasons(String sameProcedure, ProcedureCategory sameCategory, BodyRegion sameBodyRegion,
                               List<String> sameLevels, List<GuidelineSource> sameGuidelineSources,
                               List<String> sameGuidelines, List<String> passageTerms) {

    /**
     * What precedents are compared against: a request as read ({@link RequestReading}) or a stored decision.
     * Names as the decisions index stores them; a null procedure means "not comparable".
     */
    record Reference(String procedure, ProcedureCategory category, BodyRegion bodyRegion, List<String> levels,
                     List<GuidelineSource> sources, List<String> labels) {

        static Reference of(RequestReading r) {
            return new Reference(r.procedureName(), r.recognised() ? r.procedure().category() : null,
                    r.procedure().bodyRegion(), r.procedure().levels(), r.sources(), r.labels());
        }

        static Reference of(DecisionDocument d) {
            DecisionDocument.ProcedureFields p = d.procedure();
            return new Reference(p == null ? null : p.name(), p == null ? null : p.category(),
                    p == null ? null : p.bodyRegion(), p == null || p.levels() == null ? List.of() : p.levels(),
                    d.guidelineSources() == null ? List.of() : d.guidelineSources(), PrecedentReasons.labels(d));
        }
    }

    static PrecedentReasons of(Reference ref, DecisionDocument other, List<HighlightSegment> passage) {
        DecisionDocument.ProcedureFields p = other.procedure();
        String procedure = p != null && ref.procedure() != null && ref.procedure().equalsIgnoreCase(p.name()) ? p.name() : null;
        ProcedureCategory category = p != null && ref.category() != null && ref.category() == p.category()
                ? p.category() : null;
        BodyRegion region = p != null && ref.bodyRegion() != null && ref.bodyRegion() == p.bodyRegion()
                ? p.bodyRegion() : null;
        List<String> levels = p == null || p.levels() == null ? List.of() : shared(ref.levels(), p.levels());
        List<GuidelineSource> sources = shared(ref.sources(),
                other.guidelineSources() == null ? List.of() : other.guidelineSources());
        List<String> guidelines = shared(ref.labels(), labels(other));
        Set<String> terms = new LinkedHashSet<>();
        passage.stream().filter(HighlightSegment::match).map(s -> s.text().strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).forEach(terms::add);
        return new PrecedentReasons(procedure, category, region, levels, sources, guidelines, List.copyOf(terms));
    }

    private static List<String> labels(DecisionDocument d) {
        return d.guidelines() == null ? List.of() : d.guidelines().stream()
                .map(DecisionDocument.GuidelineFields::label).filter(Objects::nonNull).distinct().toList();
    }

    private static <T> List<T> shared(List<T> mine, List<T> theirs) {
        return mine.stream().filter(theirs::contains).distinct().toList();
    }
}
