package org.imrarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The imr commands as a user runs them: exit codes, stdout and stderr. */
class ImrCommandLineTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path home;

    record Run(int exitCode, String out, String err) {
    }

    private Run imr(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Imr.commandLine(env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Map<String, String> archiveEnv(String prefix) {
        return Map.of("ES_URL", TestCluster.address().nodes().get(0).toString(),
                "IMR_INDEX_PREFIX", prefix,
                "IMR_HOME", home.toString());
    }

    @Test
    void everyCommandExplainsItself() {
        for (String command : new String[]{"serve", "parse", "import", "stats", "generate"}) {
            Run run = imr(Map.of(), command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: imr " + command);
        }
        Run clusterStart = imr(Map.of(), "cluster", "start", "--help");
        assertThat(clusterStart.out()).contains("Usage: imr cluster start").contains("--nodes");
    }

    @Test
    void parsePrintsOneJsonLinePerLetterAndRejectionsWithTheirReason() throws Exception {
        Path garbage = Files.writeString(home.resolve("notes.txt"), "shopping list: eggs, milk");
        Run run = imr(Map.of(), "parse", SAMPLES.resolve("letters/discogram-upheld.txt").toString(), garbage.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode letter = new ObjectMapper().readTree(lines[0]);
        assertThat(letter.at("/decisions/0/item").asText()).isEqualTo("Lumbar discogram L3-4, L4-5, L5-S1");
        assertThat(letter.at("/decisions/0/outcome").asText()).isEqualTo("UPHELD");
        assertThat(letter.at("/dates/urDenial").asText()).isEqualTo("2014-03-24");
        assertThat(run.err()).contains("notes.txt: rejected: not a readable determination letter: not an IMR determination letter");
    }

    @Test
    void generateWritesALabelledSyntheticCorpusThatParses() throws Exception {
        Path out = home.resolve("synthetic");
        Run run = imr(Map.of(), "generate", "--letters", "20", "--seed", "7", "--out", out.toString(), "--pdf-share", "0");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("SYNTHETIC-CORPUS.txt")).exists();
        assertThat(out.resolve("manifest.jsonl")).exists();

        Run parsed = imr(Map.of(), "parse", out.toString());
        long letters = parsed.out().lines().count();
        assertThat(letters).isEqualTo(20);
    }

    @Test
    void importAccountsForEveryFileAndStatsCountTheDecisions() {
        Map<String, String> env = archiveEnv("cli-test-" + System.nanoTime());
        Run first = imr(env, "import", SAMPLES.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("FINISHED").contains("indexed + duplicates + rejected = 24 = files seen");

        Run again = imr(env, "import", SAMPLES.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("indexed + duplicates + rejected = 24 = files seen");

        Run stats = imr(env, "stats", "--by", "source", "--format", "csv");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("CA_DWC_IMR").contains("DMHC_IMR,16,8,8");

        Run bad = imr(env, "stats", "--by", "colour");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("colour");

        // The embedding job gives every decision its vector once; a second run has nothing left to do.
        Run embed = imr(env, "embed", "--batch", "16");
        assertThat(embed.exitCode()).as(embed.err()).isZero();
        assertThat(embed.out()).containsPattern("embedded (\\d+) of \\1 decisions").containsPattern("done: [1-9]\\d* decisions embedded");
        Run embedAgain = imr(env, "embed");
        assertThat(embedAgain.out()).contains("embedded 0 of 0 decisions").contains("done: 0 decisions embedded");
        Run badBatch = imr(env, "embed", "--batch", "0");
        assertThat(badBatch.exitCode()).isEqualTo(2);
        assertThat(badBatch.err()).contains("--batch");
    }

    /** Issue 14.2: items that a spreadsheet would run as formulas come out of the CSV as text. */
    @Test
    void statsCsvWritesFormulaLikeItemsAsText() throws Exception {
        Path folder = Files.createDirectories(home.resolve("formulas"));
        String letter = Files.readString(SAMPLES.resolve("letters/discogram-upheld.txt"))
                .replace("Lumbar discogram L3-4, L4-5, L5-S1:  Upheld", "=HYPERLINK(\"http://x\"):  Upheld");
        Files.writeString(folder.resolve("formula-letter.txt"), letter);
        StringBuilder csv = new StringBuilder("ReferenceID,ReportYear,DiagnosisCategory,DiagnosisSubCategory,"
                + "TreatmentCategory,TreatmentSubCategory,Determination,Type,AgeRange,PatientGender,IMRType,"
                + "DaysToReview,DaysToAdopt,Findings\n");
        String[] treatments = {"=HYPERLINK(\"\"http://x\"\")", "+SUM(1;2)", "-2+3", "@SUM(A1)", "\t=1+1"};
        for (int i = 0; i < treatments.length; i++) {
            csv.append("MN16-9000").append(i).append(",2016,Musculoskeletal,Back,Other,\"").append(treatments[i])
                    .append("\",Upheld Decision of Health Plan,Medical Necessity,21 to 30,Female,Standard,1,1,Denied.\n");
        }
        Files.writeString(folder.resolve("dmhc-formulas.csv"), csv);
        Map<String, String> env = archiveEnv("cli-formula-" + System.nanoTime());
        Run imported = imr(env, "import", folder.toString());
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();

        Run stats = imr(env, "stats", "--by", "procedure", "--format", "csv");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        // the DMHC row (TreatmentSubCategory kept as the procedure name) and the letter's unknown item: 2 decisions
        assertThat(stats.out()).contains("\"'=HYPERLINK(\"\"http://x\"\")\",2,2,0,0,", "\"'+SUM(1;2)\",", "\"'-2+3\",",
                "\"'@SUM(A1)\",");
        assertThat(stats.out().split("\r\n")).noneMatch(line -> line.matches("^\"?[=+\\-@\t\r].*"));
    }
}
