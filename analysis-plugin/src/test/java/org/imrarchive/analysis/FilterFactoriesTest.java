package org.imrarchive.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterFactoriesTest {

    private static final List<String> RULES = List.of(
            "esi, epidural steroid injection, epidural steroid injections",
            "pt, physical therapy",
            "tens, transcutaneous electrical nerve stimulation",
            "norco, vicodin, hydrocodone, hydrocodone acetaminophen",
            "discogram, discography, diskography",
            "nsaid, nonsteroidal anti-inflammatory drug",
            "emg/ncv, emg ncv, electrodiagnostic study",
            "rfa, radiofrequency ablation");

    @Test
    void indexChainStemsFoldsAndDropsPossessives() {
        try (Analyzer a = Chains.index()) {
            assertThat(Chains.terms(a, "The patient's Epidural Steroid Injections were denied"))
                    .containsExactly("the", "patient", "epidural", "steroid", "injection", "were", "deny");
            assertThat(Chains.terms(a, "injected injection injections")).containsExactly("inject", "injection", "injection");
            assertThat(Chains.terms(a, "Sjögren’s syndrome, naïve")).containsExactly("sjogren", "syndrome", "naive");
        }
    }

    @Test
    void stemmerLeavesMedicalVocabularyAlone() {
        try (Analyzer a = Chains.index()) {
            assertThat(Chains.terms(a, "gabapentin lidocaine hydrocodone acetaminophen carisoprodol cyclobenzaprine"))
                    .containsExactly("gabapentin", "lidocaine", "hydrocodone", "acetaminophen", "carisoprodol", "cyclobenzaprine");
            assertThat(Chains.terms(a, "physical therapy medication medical"))
                    .containsExactly("physical", "therapy", "medication", "medical");
        }
    }

    @Test
    void overridesFixKStemMisses() {
        try (Analyzer a = Chains.index()) {
            assertThat(Chains.terms(a, "radiofrequency ablations")).containsExactly("radiofrequence", "ablation");
            assertThat(Chains.terms(a, "TENS unit")).containsExactly("tens", "unit");
            assertThat(Chains.terms(a, "12 sessions per the guidelines"))
                    .containsExactly("12", "session", "per", "the", "guideline");
            assertThat(Chains.terms(a, "UDS MS")).containsExactly("uds", "ms");
        }
    }

    @Test
    void singleWordQueryExpandsToMultiWordSynonymGraph() {
        try (Analyzer a = Chains.search(RULES)) {
            List<Chains.Tok> toks = Chains.tokens(a, "ESI");
            assertThat(toks).extracting(Chains.Tok::term)
                    .containsExactlyInAnyOrder("esi", "epidural", "steroid", "injection");
            // "esi" spans the three positions of the phrase alternative.
            assertThat(toks).contains(new Chains.Tok("esi", 0, 3), new Chains.Tok("epidural", 0, 1));
        }
    }

    @Test
    void pluralMultiWordQueryStillMatchesTheRule() {
        try (Analyzer a = Chains.search(RULES)) {
            List<Chains.Tok> toks = Chains.tokens(a, "epidural steroid injections");
            assertThat(toks).extracting(Chains.Tok::term)
                    .containsExactlyInAnyOrder("esi", "epidural", "steroid", "injection");
            assertThat(toks).contains(new Chains.Tok("esi", 0, 3));
        }
    }

    @Test
    void searchSideTermsAreTheIndexSideStems() {
        try (Analyzer search = Chains.search(RULES); Analyzer index = Chains.index()) {
            assertThat(Chains.terms(search, "Norco")).containsExactlyInAnyOrder(
                    "norco", "vicodin", "hydrocodone", "hydrocodone", "acetaminophen");
            assertThat(Chains.terms(search, "discograms")).containsExactlyInAnyOrder("discogram", "discography", "diskography");
            assertThat(Chains.terms(index, "Diskography")).containsExactly("diskography");
            assertThat(Chains.terms(search, "NSAIDs")).contains("nsaid", "nonsteroidal", "anti", "inflammatory", "drug");
            assertThat(Chains.terms(search, "EMG/NCV")).contains("emg", "ncv", "electrodiagnostic", "study");
            assertThat(Chains.terms(search, "RFA")).contains("radiofrequence", "ablation");
        }
    }

    @Test
    void entriesEqualAfterAnalysisAddOnePathOnly() {
        try (Analyzer a = Chains.search(RULES)) {
            assertThat(Chains.terms(a, "epidural steroid injections"))
                    .containsExactlyInAnyOrder("esi", "epidural", "steroid", "injection");
            assertThat(Chains.terms(a, "emg ncv"))
                    .containsExactlyInAnyOrder("emg", "ncv", "electrodiagnostic", "study");
        }
    }

    @Test
    void textWithoutRulesPassesThrough() {
        try (Analyzer a = Chains.search(RULES)) {
            assertThat(Chains.terms(a, "epidural steroid")).containsExactly("epidural", "steroid");
        }
        try (Analyzer a = Chains.search(List.of())) {
            assertThat(Chains.terms(a, "ESI")).containsExactly("esi");
        }
    }

    @Test
    void unstemmedRulesForAFilterPlacedBeforeTheStemmer() {
        var f = new ImrSynonymTokenFilterFactory(Chains.settings(List.of("nsaids, nonsteroidal anti-inflammatory drugs"), true, false, false));
        try (Analyzer a = Chains.custom(s -> new ImrEnglishStemTokenFilterFactory().create(f.create(s)))) {
            assertThat(Chains.terms(a, "NSAIDs")).contains("nsaid", "nonsteroidal", "drug");
        }
    }

    @Test
    void badRuleFailsUnlessLenient() {
        List<String> rules = List.of("esi, epidural steroid injection", "'s, => x");
        assertThatThrownBy(() -> new ImrSynonymTokenFilterFactory(Chains.settings(rules, true, false, true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule #2");
        var lenient = new ImrSynonymTokenFilterFactory(Chains.settings(rules, true, true, true));
        try (Analyzer a = Chains.custom(lenient::create)) {
            assertThat(Chains.terms(a, "esi")).contains("epidural");
        }
    }

    @Test
    void commentsAndBlankRulesAreIgnored() {
        var f = new ImrSynonymTokenFilterFactory(Chains.settings(List.of("# a comment", "", "pt, physical therapy"), true, false, true));
        try (Analyzer a = Chains.custom(f::create)) {
            assertThat(Chains.terms(a, "pt")).containsExactlyInAnyOrder("pt", "physical", "therapy");
        }
    }

    @Test
    void synonymFilterIsSearchTimeOnly() {
        assertThat(new ImrSynonymTokenFilterFactory(Chains.settings(RULES, true, false, true)).getAnalysisMode())
                .isEqualTo(AnalysisMode.SEARCH_TIME);
        assertThat(new ImrEnglishStemTokenFilterFactory().getAnalysisMode()).isEqualTo(AnalysisMode.ALL);
    }
}
