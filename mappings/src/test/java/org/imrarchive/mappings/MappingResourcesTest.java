package org.imrarchive.mappings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Static checks of the resources; the behaviour of the analyzers is checked against a real node elsewhere. */
class MappingResourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return JSON.readTree(in);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MappingResourcesTest.class.getResourceAsStream("/imr/mappings/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    @Test
    void decisionsIndexHasTheAnalysisTheLoaderExpects() throws IOException {
        JsonNode d = json("decisions-index.json");
        JsonNode analysis = d.at("/settings/analysis");
        JsonNode synonyms = analysis.at("/filter/medical_synonyms");
        assertThat(synonyms.get("type").asText()).isEqualTo("imr_synonym");
        assertThat(synonyms.get("synonyms").isArray()).isTrue();
        assertThat(synonyms.get("synonyms")).isEmpty();
        assertThat(d.at("/mappings/dynamic").asText()).isEqualTo("strict");
        // The loader sets number_of_replicas at the top of "settings" unless an "index" object exists.
        assertThat(d.at("/settings").has("index")).isFalse();
        assertThat(d.at("/settings").has("number_of_replicas")).isTrue();

        List<String> index = names(analysis.at("/analyzer/imr_text/filter"));
        List<String> search = names(analysis.at("/analyzer/imr_text_search/filter"));
        assertThat(search.subList(0, index.size())).isEqualTo(index);
        assertThat(search.get(search.size() - 1)).isEqualTo("medical_synonyms");
        for (String f : search) {
            assertThat(f.equals("lowercase") || analysis.at("/filter/" + f).isObject()).as(f).isTrue();
        }
    }

    @Test
    void everyAnalyzerAndNormalizerUsedIsDefined() throws IOException {
        JsonNode d = json("decisions-index.json");
        JsonNode analysis = d.at("/settings/analysis");
        List<String> problems = new ArrayList<>();
        walk(d.at("/mappings/properties"), "", (path, field) -> {
            for (String key : List.of("analyzer", "search_analyzer")) {
                if (field.has(key) && !analysis.at("/analyzer/" + field.get(key).asText()).isObject()) {
                    problems.add(path + "." + key);
                }
            }
            if (field.has("normalizer") && !analysis.at("/normalizer/" + field.get("normalizer").asText()).isObject()) {
                problems.add(path + ".normalizer");
            }
            if ("text".equals(field.path("type").asText()) && field.has("analyzer")
                    && !"imr_text_search".equals(field.path("search_analyzer").asText())) {
                problems.add(path + " has no imr_text_search search_analyzer");
            }
        });
        assertThat(problems).isEmpty();
        for (JsonNode f : d.at("/settings").get("index.query.default_field")) {
            assertThat(d.at("/mappings/properties/" + f.asText().replace(".", "/properties/")).isObject()
                    || d.at("/mappings/properties/" + f.asText().replaceFirst("\\.(\\w+)$", "/fields/$1")
                            .replace(".", "/properties/")).isObject())
                    .as(f.asText()).isTrue();
        }
    }

    @Test
    void lettersAndImportsIndicesParse() throws IOException {
        assertThat(json("letters-index.json").at("/mappings/dynamic").asText()).isEqualTo("false");
        JsonNode imports = json("imports-index.json");
        assertThat(imports.at("/mappings/dynamic").asText()).isEqualTo("strict");
        assertThat(imports.at("/mappings/properties").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("jobId", "path", "sha256", "status", "reason", "letterId", "decisions", "at",
                        "rows", "rowRejections", "degradations");
    }

    @Test
    void synonymLinesAreEquivalenceSetsWithEachEntryOnOneLine() throws IOException {
        Map<String, Integer> lineOf = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int rules = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("medical-synonyms.txt"), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                rules++;
                String[] entries = s.split(",");
                if (entries.length < 2 || s.contains("=>")) {
                    problems.add("line " + n + " is not an equivalence set: " + s);
                }
                for (String e : entries) {
                    String key = e.strip().toLowerCase(Locale.ROOT);
                    Integer previous = lineOf.putIfAbsent(key, n);
                    if (key.isEmpty() || previous != null) {
                        problems.add("line " + n + ": entry [" + key + "] empty or already on line " + previous);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(rules).isGreaterThanOrEqualTo(40);
        assertThat(lineOf.keySet()).contains("esi", "norco", "discogram", "diskography", "tens", "nsaid");
        assertThat(Set.copyOf(lineOf.values())).hasSize(rules);
    }

    private interface FieldVisitor {
        void visit(String path, JsonNode field);
    }

    private static void walk(JsonNode properties, String prefix, FieldVisitor visitor) {
        properties.fields().forEachRemaining(e -> {
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode field = e.getValue();
            visitor.visit(path, field);
            if (field.has("properties")) {
                walk(field.get("properties"), path, visitor);
            }
            if (field.has("fields")) {
                walk(field.get("fields"), path, visitor);
            }
        });
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
