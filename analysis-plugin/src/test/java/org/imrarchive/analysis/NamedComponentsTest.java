package org.imrarchive.analysis;

import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** named_components.json is written by hand: it must list exactly the annotated classes. */
class NamedComponentsTest {

    @Test
    void namedComponentsJsonMatchesTheAnnotatedClasses() throws Exception {
        String json = Files.readString(Path.of("src/main/plugin-metadata/named_components.json"));
        assertThat(json).contains("\"" + TokenFilterFactory.class.getName() + "\"");
        Map<String, String> listed = new TreeMap<>();
        Matcher m = Pattern.compile("\"(imr_[a-z_]+)\"\\s*:\\s*\"([\\w.]+)\"").matcher(json);
        while (m.find()) {
            listed.put(m.group(1), m.group(2));
        }

        Map<String, String> annotated = new TreeMap<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name);
                NamedComponent nc = c.getAnnotation(NamedComponent.class);
                if (nc != null) {
                    assertThat(TokenFilterFactory.class).isAssignableFrom(c);
                    annotated.put(nc.value(), name);
                }
            }
        }
        assertThat(listed).isEqualTo(annotated).hasSize(4);
    }

    @Test
    void descriptorHasTheStableKeys() throws IOException {
        String d = Files.readString(Path.of("src/main/plugin-metadata/stable-plugin-descriptor.properties"));
        assertThat(d).contains("name=imr-analysis", "java.version=", "elasticsearch.version=", "version=", "description=")
                .doesNotContain("classname=", "modulename=");
    }
}
