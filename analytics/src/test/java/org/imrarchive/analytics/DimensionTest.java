package org.imrarchive.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The vocabulary agrees with the index it describes, and every value a person sees has a label. */
class DimensionTest {

    private static final JsonNode PROPERTIES = properties();

    @ParameterizedTest
    @EnumSource(Dimension.class)
    void everyDimensionReadsAKeywordOrIntegerFieldOfTheDecisionsIndex(Dimension dimension) {
        assertThat(type(dimension.field())).as(dimension.field()).isIn("keyword", "integer", "short", "long");
    }

    @ParameterizedTest
    @EnumSource(Range.class)
    void everyRangeReadsADateOrNumberField(Range range) {
        assertThat(type(range.field())).as(range.field())
                .isEqualTo(range.kind() == Range.Kind.DATE ? "date" : "integer");
    }

    @ParameterizedTest
    @EnumSource(Dimension.class)
    void everyValueOfAClosedListHasItsOwnLabel(Dimension dimension) {
        assertThat(dimension.label()).isNotBlank();
        assertThat(dimension.description()).isNotBlank();
        dimension.valueSet().closed().ifPresent(codes -> {
            assertThat(codes.codes()).isNotEmpty();
            Set<String> labels = new HashSet<>();
            for (String code : codes.codes()) {
                String label = dimension.label(code);
                assertThat(label).as(code).isNotBlank().isNotEqualTo(code.contains("_") ? code : "");
                assertThat(labels.add(label)).as("label " + label + " given twice").isTrue();
            }
        });
    }

    @Test
    void labelsReadAsAPersonWritesThem() {
        assertThat(Dimension.bodyRegion.label("LUMBAR_SPINE")).isEqualTo("Lumbar spine");
        assertThat(Dimension.bodyRegion.label("HAND_WRIST")).isEqualTo("Hand / wrist");
        assertThat(Dimension.guideline.label("ODG")).isEqualTo("ODG");
        assertThat(Dimension.outcome.label("UPHELD")).isEqualTo("Upheld");
        assertThat(Dimension.source.label("DMHC_IMR")).isEqualTo("California DMHC IMR");
        assertThat(Dimension.procedure.label("Lumbar MRI")).isEqualTo("Lumbar MRI");
        assertThat(Dimension.year.label("2014")).isEqualTo("2014");
    }

    @Test
    void closedListsThatAreNoEnumerationMatchTheirCodesLoosely() {
        Values.Codes ages = Values.codes("0 to 10", "Up to 10", "21 to 30", "21 to 30");
        assertThat(ages.parse("ageRange", "21-TO-30")).isEqualTo("21 to 30");
        assertThat(ages.label("0 to 10")).isEqualTo("Up to 10");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ages.parse("ageRange", "31 to 40"))
                .hasMessage("ageRange must be one of 0 to 10, 21 to 30, got '31 to 40'");
        Values.Integers days = Values.integers(0, 3650);
        assertThat(days.parse("daysToReview", " 007 ")).isEqualTo("7");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> days.parse("daysToReview", "soon"))
                .hasMessage("daysToReview must be a whole number, got 'soon'");
    }

    @Test
    void parametersAreUniqueAcrossDimensionsAndRanges() {
        Set<String> names = new HashSet<>(Set.of("q"));
        Arrays.stream(Dimension.values()).forEach(d -> assertThat(names.add(d.name())).as(d.name()).isTrue());
        for (Range r : Range.values()) {
            assertThat(names.add(r.minParameter())).as(r.minParameter()).isTrue();
            assertThat(names.add(r.maxParameter())).as(r.maxParameter()).isTrue();
        }
        assertThat(Dimension.groupings()).extracting(Enum::name).as("the groupings the API offered first keep their order")
                .startsWith("procedure", "category", "bodyRegion", "guideline", "specialty", "year", "source")
                .doesNotContain("outcome");
        assertThat(Dimension.filtering()).contains(Dimension.outcome);
    }

    /** The mapping type of a dotted field path ("procedure.bodyRegion"). */
    private static String type(String path) {
        JsonNode node = PROPERTIES;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            node = node.path(parts[i]);
            if (i < parts.length - 1) {
                node = node.path("properties");
            }
        }
        return node.path("type").asText("(missing)");
    }

    private static JsonNode properties() {
        try (InputStream in = DimensionTest.class.getResourceAsStream("/imr/mappings/decisions-index.json")) {
            return new ObjectMapper().readTree(in).path("mappings").path("properties");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
