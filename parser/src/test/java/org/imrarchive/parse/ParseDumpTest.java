package org.imrarchive.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.imrarchive.letter.LetterJson;
import org.imrarchive.letter.SourceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Developer aid: {@code mvn -pl parser test -Dtest=ParseDumpTest -Dimr.dump=path/to/letter.txt} prints the parse. */
class ParseDumpTest {

    @Test
    @EnabledIfSystemProperty(named = "imr.dump", matches = ".+")
    void dump() throws Exception {
        for (String file : System.getProperty("imr.dump").split(",")) {
            Path p = Path.of(file);
            String text = CorpusAccuracyTest.decode(Files.readAllBytes(p));
            ParseResult r = new LetterParser(LocalDate.of(2026, 1, 1)).parse(text, new SourceInfo(p.toString(), null, null));
            if (r instanceof ParseResult.Parsed parsed) {
                System.out.println(LetterJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(parsed.letter()));
            } else {
                System.out.println(r);
            }
        }
    }
}
