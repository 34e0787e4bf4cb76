package org.imrarchive.api.precedent;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.imrarchive.letter.Guideline;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.Procedure;
import org.imrarchive.parse.normalize.GuidelineNormalizer;
import org.imrarchive.parse.normalize.ProcedureNormalizer;
import org.imrarchive.storage.DecisionDocuments;

/**
 * A precedent request read the way the importer reads a letter, so it can be compared with the stored decisions'
 * fields: the item through the parser's procedure catalog (procedure name, category, body region, spinal levels),
 * the guideline through its guideline normaliser ("MTUS Chronic Pain Medical Treatment 2009, Section(s): Opioids"
 * is MTUS_CHRONIC_PAIN, labelled as the index labels it).
 *
 * @param procedure  the item's procedure; its name is only comparable when {@code recognised}
 * @param recognised whether the procedure catalog knew the item (an unknown item's "name" is its own text)
 * @param sources    the guideline sources the request names
 * @param labels     the guideline labels of its citations, as {@link DecisionDocuments#label} writes them
 */
record RequestReading(Procedure procedure, boolean recognised, List<GuidelineSource> sources, List<String> labels) {

    /** The parser's normalisers: each reads its catalog once; both are thread-safe. */
    record Readers(ProcedureNormalizer procedures, GuidelineNormalizer guidelines) {
        static Readers standard() {
            return new Readers(new ProcedureNormalizer(), new GuidelineNormalizer());
        }
    }

    static RequestReading of(PrecedentRequest request, Readers readers) {
        ProcedureNormalizer.Result item = readers.procedures().normalize(request.item());
        Set<GuidelineSource> sources = new LinkedHashSet<>();
        Set<String> labels = new LinkedHashSet<>();
        String guideline = request.guideline();
        if (guideline != null && !guideline.isBlank()) {
            Optional<GuidelineSource> named = sourceNamed(guideline);
            if (named.isPresent()) {
                sources.add(named.get());
            } else {
                for (Guideline g : readers.guidelines().parseField(guideline, GuidelineNormalizer.RawStyle.CITATION)) {
                    if (g.source() != null) {
                        sources.add(g.source());
                    }
                    labels.add(DecisionDocuments.label(g));
                }
            }
        }
        return new RequestReading(item.procedure(), item.recognised(), List.copyOf(sources), List.copyOf(labels));
    }

    /** "ODG", "mtus acoem", "MTUS_CHRONIC_PAIN": a bare source name, which the normaliser does not read as a citation. */
    static Optional<GuidelineSource> sourceNamed(String guideline) {
        String normalised = guideline.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(GuidelineSource.values()).filter(s -> s.name().equals(normalised)).findFirst();
    }

    /** The procedure name to compare, or null when the catalog did not know the item. */
    String procedureName() {
        return recognised ? procedure.name() : null;
    }
}
