package org.imrarchive.storage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the archive's indices from the JSON files of the {@code mappings} module: an index
 * template per index (so every version gets the same settings), the versioned index, and its alias.
 * The medical synonyms file is read here and put into the synonym filter's settings.
 */
final class IndexSchema {

    private static final Logger log = LoggerFactory.getLogger(IndexSchema.class);
    static final String SYNONYMS_RESOURCE = "imr/mappings/medical-synonyms.txt";
    static final String SYNONYM_FILTER_TYPE = "imr_synonym";

    private final ElasticsearchClient client;
    private final String prefix;
    private final int replicas;
    private final ObjectMapper json = new ObjectMapper();

    IndexSchema(ElasticsearchClient client, String prefix, int replicas) {
        this.client = client;
        this.prefix = prefix;
        this.replicas = replicas;
    }

    void ensure() throws IOException {
        for (ArchiveIndex index : ArchiveIndex.values()) {
            ensure(index);
        }
    }

    private void ensure(ArchiveIndex index) throws IOException {
        String alias = index.alias(prefix);
        String target = index.versionedName(prefix);
        ObjectNode body = definition(index);
        client.indices().putIndexTemplate(t -> t
                .name(alias)
                .indexPatterns(alias + "-v*")
                .template(tb -> tb.withJson(new StringReader(body.toString()))));
        List<String> previous = indicesBehind(alias);
        if (previous.contains(target)) {
            return;
        }
        if (!client.indices().exists(e -> e.index(target)).value()) {
            client.indices().create(c -> c.index(target));
        }
        if (previous.isEmpty()) {
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(target).alias(alias))));
            log.info("created index {} behind alias {}", target, alias);
            return;
        }
        // A new mapping version: copy the documents over, then move the alias in one atomic step. A copy
        // cut short (the process stopped) is simply done again on the next start: documents keep their ids.
        String from = previous.get(0);
        log.info("migrating {} from {} to {}: copying its documents", alias, from, target);
        long copied = new IndexCopy(client, from, target).run();
        long before = client.count(c -> c.index(from)).count();
        if (copied != before) {
            throw new IllegalStateException("migrating " + alias + ": copied " + copied + " of the " + before
                    + " documents of " + from + "; the alias stays on " + from);
        }
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(rm -> rm.index(from).alias(alias)))
                .actions(a -> a.add(add -> add.index(target).alias(alias))));
        client.indices().delete(d -> d.index(from));
        log.info("migrated {} documents of {} to {}", copied, alias, target);
    }

    private List<String> indicesBehind(String alias) throws IOException {
        if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
            return List.of();
        }
        GetAliasResponse response = client.indices().getAlias(g -> g.name(alias));
        return List.copyOf(response.result().keySet());
    }

    /** The index's JSON file with replicas set for this cluster and the synonyms filled in. */
    ObjectNode definition(ArchiveIndex index) throws IOException {
        ObjectNode body = (ObjectNode) json.readTree(resource(index.resource()));
        ObjectNode settings = body.with("settings");
        settings.remove("index.number_of_replicas");
        settings.put("number_of_replicas", replicas);
        JsonNode filters = settings.path("analysis").path("filter");
        if (filters.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = filters.fields(); it.hasNext(); ) {
                JsonNode filter = it.next().getValue();
                if (SYNONYM_FILTER_TYPE.equals(filter.path("type").asText())) {
                    ArrayNode lines = ((ObjectNode) filter).putArray("synonyms");
                    synonyms().forEach(lines::add);
                }
            }
        }
        return body;
    }

    static List<String> synonyms() throws IOException {
        return resource(SYNONYMS_RESOURCE).lines()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = IndexSchema.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + name + " (the mappings module)"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
