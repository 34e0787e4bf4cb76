package org.imrarchive.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imrarchive.analytics.Dimension;
import org.imrarchive.analytics.Range;
import org.imrarchive.analytics.Values;

/**
 * The served {@code /openapi.json}: the hand-written description ({@code imr/api/openapi.json}) with the
 * parts that follow from the {@link Dimension} vocabulary generated, so that a new dimension needs no edit of
 * the document. The template marks those parts:
 * <ul>
 * <li>a parameter {@code {"$ref": "#/components/parameters/Filters"}} becomes one parameter per filtering
 *     dimension and per {@link Range} bound (defined under {@code components.parameters} as {@code Filter<Name>});</li>
 * <li>a schema with {@code "x-imr-values": "groupings"} gets the grouping dimensions as its enum, and one with
 *     {@code "x-imr-values": "<dimension>"} that dimension's closed list of codes.</li>
 * </ul>
 *
 * <p>Why not {@code javalin-openapi-plugin}: it builds the document from annotations on every handler with an
 * annotation processor in the build, so the prose would move into annotations and still not know the
 * dimensions, which are data of one enum rather than code. Generating only what varies keeps the
 * reviewed document, and {@code OpenApiDocumentTest} checks the rest against the routes Javalin serves.
 */
final class OpenApiDocument {

    private static final String FILTERS = "#/components/parameters/Filters";
    private static final String MARKER = "x-imr-values";

    private OpenApiDocument() {
    }

    static byte[] render(byte[] template) {
        ObjectMapper json = new ObjectMapper();
        try {
            ObjectNode root = (ObjectNode) json.readTree(template);
            ObjectNode parameters = (ObjectNode) root.path("components").path("parameters");
            parameters.remove("Filters");
            List<String> generated = new ArrayList<>();
            for (Dimension d : Dimension.filtering()) {
                generated.add(define(parameters, dimensionParameter(json, d)));
            }
            for (Range r : Range.values()) {
                generated.add(define(parameters, boundParameter(json, r, r.minParameter(), true)));
                generated.add(define(parameters, boundParameter(json, r, r.maxParameter(), false)));
            }
            for (JsonNode path : root.path("paths")) {
                for (JsonNode operation : path) {
                    expandFilters(json, operation.path("parameters"), generated);
                }
            }
            fillValues(root);
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode dimensionParameter(ObjectMapper json, Dimension d) {
        ObjectNode items = json.createObjectNode();
        Values values = d.valueSet();
        if (values instanceof Values.Codes codes) {
            items.put("type", "string");
            codes.codes().forEach(items.putArray("enum")::add);
        } else if (values instanceof Values.Integers numbers) {
            items.put("type", "integer").put("minimum", numbers.min()).put("maximum", numbers.max());
        } else {
            items.put("type", "string").put("maxLength", Values.MAX_NAME_LENGTH);
        }
        ObjectNode p = json.createObjectNode().put("name", d.name()).put("in", "query");
        p.putObject("schema").put("type", "array").put("maxItems", Values.MAX_VALUES).set("items", items);
        return p.put("style", "form").put("explode", true).put("description", d.description()
                + " Several values are alternatives (any of them matches): " + (values.commaSeparated()
                ? "repeat the parameter or separate the values with commas."
                : "repeat the parameter (names can contain commas, so commas do not separate values here)."));
    }

    private static ObjectNode boundParameter(ObjectMapper json, Range r, String name, boolean lower) {
        ObjectNode p = json.createObjectNode().put("name", name).put("in", "query");
        String description;
        if (r.kind() == Range.Kind.DATE) {
            p.putObject("schema").put("type", "string").put("format", "date");
            description = r.label() + (lower ? " on or after" : " on or before")
                    + " (ISO date), between 1900-01-01 and 2100-12-31; one value";
        } else {
            p.putObject("schema").put("type", "integer").put("minimum", r.min()).put("maximum", r.max());
            description = r.label() + ", inclusive (" + (lower ? "smallest" : "largest")
                    + "); decisions without one are excluded; one value";
        }
        return p.put("description", description);
    }

    /** Adds {@code parameter} to {@code components.parameters}; answers its reference. */
    private static String define(ObjectNode parameters, ObjectNode parameter) {
        String name = parameter.path("name").asText();
        String key = "Filter" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        parameters.set(key, parameter);
        return "#/components/parameters/" + key;
    }

    private static void expandFilters(ObjectMapper json, JsonNode parameters, List<String> generated) {
        if (!(parameters instanceof ArrayNode list)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (FILTERS.equals(list.get(i).path("$ref").asText())) {
                list.remove(i);
                for (int j = 0; j < generated.size(); j++) {
                    list.insert(i + j, json.createObjectNode().put("$ref", generated.get(j)));
                }
                return;
            }
        }
    }

    /** Every schema marked {@value #MARKER}, anywhere in the document, gets its enum. */
    private static void fillValues(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode marker = object.remove(MARKER);
            if (marker != null) {
                ArrayNode values = object.putArray("enum");
                codes(marker.asText()).forEach(values::add);
            }
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                fillValues(field.getValue());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApiDocument::fillValues);
        }
    }

    private static List<String> codes(String marker) {
        if (marker.equals("groupings")) {
            return Dimension.groupings().stream().map(Enum::name).toList();
        }
        Dimension d = Dimension.valueOf(marker);
        return d.valueSet().closed().orElseThrow(() -> new IllegalStateException(
                "openapi.json: " + marker + " has no closed list of values")).codes();
    }
}
