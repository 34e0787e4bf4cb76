package org.imrarchive.parse.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.imrarchive.letter.Outcome;
import org.imrarchive.parse.read.BlockFinder.Block;
import org.imrarchive.parse.read.BlockFinder.Line;
import org.imrarchive.parse.text.TextCleaner;

/** Reads the fields of one decision block: the guideline fields, the rationale and the outcome. Thread-safe. */
public final class BlockReader {

    private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s.:;-]+");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[\\s.;]+$");

    private BlockReader() {
    }

    public static DecisionBlock read(Block b, List<Line> lines) {
        StringBuilder body = new StringBuilder();
        if (b.headRest() != null && !b.headRest().isEmpty()) {
            body.append(b.headRest()).append('\n');
        }
        for (int i = b.bodyFrom(); i < b.end(); i++) {
            String t = lines.get(i).text();
            if (BlockFinder.isBoilerplate(t)) {
                continue;
            }
            if (lines.get(i).paragraph() && body.length() > 0) {
                body.append('\n');
            }
            if (!lines.get(i).paragraph() && i > b.bodyFrom() && continuesSentence(lines.get(i - 1).text(), t)) {
                // "Official Disability\nGuidelines: Shoulder", "mentioned within each\nguideline: (1) As time goes by":
                // a sentence wrapped before a word that looks like a label, not a "Guidelines:" field
                body.setCharAt(body.length() - 1, ' ');
            }
            body.append(t).append('\n');
        }
        String text = body.toString();
        List<FieldLabel.Found> labels = FieldLabel.all(text);
        StringBuilder unlabelled = new StringBuilder();
        int firstLabel = labels.isEmpty() ? text.length() : labels.get(0).start();
        unlabelled.append(text, 0, firstLabel);
        Outcome fieldOutcome = null;
        String ca = null;
        String guidelines = null;
        String rationale = null;
        for (int k = 0; k < labels.size(); k++) {
            FieldLabel.Found s = labels.get(k);
            int end = k + 1 < labels.size() ? labels.get(k + 1).start() : text.length();
            if (s.label() != FieldLabel.RATIONALE && s.label() != FieldLabel.OUTCOME) {
                // a guideline field is one paragraph; unlabelled paragraphs after it are the rationale
                int valueStart = s.valueStart();
                while (valueStart < end && Character.isWhitespace(text.charAt(valueStart))) {
                    valueStart++;
                }
                int para = text.indexOf("\n\n", valueStart);
                if (para >= 0 && para < end) {
                    unlabelled.append(text, para, end).append('\n');
                    end = para;
                }
            }
            String v = TextCleaner.reflow(text.substring(s.valueStart(), end));
            switch (s.label()) {
                case CLAIMS_ADMINISTRATOR_GUIDELINES -> ca = append(ca, v);
                case EXPERT_GUIDELINES -> guidelines = appendCitation(guidelines, v);
                case NON_MTUS_GUIDELINES -> guidelines = appendCitation(guidelines, "Non-MTUS Citation: " + v);
                case RATIONALE -> rationale = append(rationale, v);
                case OUTCOME -> {
                    Optional<OutcomeInference.Word> word = OutcomeInference.firstWord(v).filter(w -> w.start() < 20);
                    if (word.isPresent()) {
                        fieldOutcome = word.get().outcome();
                        String after = LEADING_PUNCT.matcher(v.substring(word.get().end())).replaceFirst("");
                        if (!after.isEmpty()) {
                            unlabelled.append(after).append('\n');
                        }
                    } else {
                        Optional<OutcomeInference.Necessity> nec = OutcomeInference.firstNecessity(v).filter(n -> n.start() < 80);
                        if (nec.isPresent()) {
                            fieldOutcome = nec.get().outcome();
                        }
                        unlabelled.append(v).append('\n');
                    }
                }
            }
        }
        if (rationale == null) {
            String rest = TextCleaner.reflow(unlabelled.toString());
            if (!rest.isEmpty()) {
                rationale = rest;
            }
        }
        // outcome: the label on the item line, a Decision: field, the head sentence, the rationale's conclusion
        Outcome o = b.label() != null ? b.label() : fieldOutcome != null ? fieldOutcome : b.headOutcome();
        if (o == null && rationale != null) {
            o = OutcomeInference.conclusion(rationale, b.item());
        }
        return new DecisionBlock(b.number(), b.item(), o, ca, guidelines, false, rationale, true);
    }

    private static boolean continuesSentence(String previous, String line) {
        if (!FieldLabel.startsWithLabel(line)) {
            return false;
        }
        if (previous.endsWith(" Disability")) {
            return true;
        }
        // a label is capitalised; a lower-case "guideline:" after an unfinished line is the sentence going on
        char last = previous.isEmpty() ? '.' : previous.charAt(previous.length() - 1);
        return line.startsWith("guideline") && ".:;!?)\"".indexOf(last) < 0;
    }

    private static String appendCitation(String a, String b) {
        if (b == null || b.isEmpty()) {
            return a;
        }
        return a == null ? b : TRAILING_STOPS.matcher(a).replaceAll("") + "; " + b;
    }

    private static String append(String a, String b) {
        if (b == null || b.isEmpty()) {
            return a;
        }
        return a == null ? b : a + " " + b;
    }
}
