package org.imrarchive.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Ways a letter gets mangled on its way to the archive, and some it never meets in practice but an
 * attacker might send: bit rot, cut-off downloads, copy-paste twice, stray headers, endless lines.
 * Each is applied with a seeded {@link Random}, so a failing input can be made again from its seed.
 */
final class Mutations {

    /** Lines the parser keys on: inserted at random places they should confuse it, never crash it. */
    static final List<String> HEADERS = List.of(
            "Case Number: CM13-", "Case Number: CM13-0000001", "CM99-99999999", "ITEM:  Upheld", "Overturned",
            "HOW THE IMR FINAL DETERMINATION WAS MADE", "Final Determination Letter", "MAXIMUS FEDERAL SERVICES, INC.",
            "Notice of Independent Medical Review Determination", "ISSUE AT DISPUTE:",
            "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS NOT MEDICALLY NECESSARY:",
            "1. Lumbar ESI is not medically necessary and appropriate.", "1) MAXIMUS has determined the request for",
            "Date of Injury: 99/99/9999", "Date of Injury: 02/30/2013", "UR Denial Date: 13/45/20", "Dated: 0000-00-00",
            "Application Received:", "Diagnoses included:", "Page 1 of 0", "Page 999 of 1", "Guideline Criteria:",
            "MTUS ACOEM", "Chronic Pain Medical Treatment Guidelines Page(s): 99999999999999999999",
            "The reviewer is Board Certified in", "licensed in California, Nevada and", "-\n", "\u0000", "\uFEFF",
            "\u202E", "\uD800", "${jndi:ldap://x}", "<script>alert(1)</script>", "\"}]}", "' OR 1=1 --");

    private Mutations() {
    }

    /** A mangled letter and the mutations that made it, e.g. "truncate+huge-line". */
    record Mutant(String text, String how) {
    }

    private static final List<String> NAMES = List.of("flip-bits", "truncate", "duplicate-section", "insert-header",
            "huge-line", "repeat-letter", "line-breaks", "case", "shuffle-lines", "insert-unicode", "digits");

    /** One random mutation (sometimes several) of {@code letter}. */
    static Mutant mutate(String letter, Random random) {
        String text = letter;
        List<String> how = new java.util.ArrayList<>();
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            int kind = random.nextInt(11);
            how.add(NAMES.get(kind));
            text = switch (kind) {
                case 0 -> flipBytes(text, random);
                case 1 -> text.substring(0, random.nextInt(text.length() + 1));
                case 2 -> duplicateSection(text, random);
                case 3 -> insertAt(text, random, "\n" + HEADERS.get(random.nextInt(HEADERS.size())) + "\n");
                case 4 -> insertAt(text, random, "\n" + hugeLine(random) + "\n");
                case 5 -> text.repeat(2 + random.nextInt(3));
                case 6 -> random.nextBoolean() ? text.replace("\n", "") : text.replace("\n", "\r\n\r\n");
                case 7 -> random.nextBoolean() ? text.toUpperCase() : text.toLowerCase();
                case 8 -> shuffleLines(text, random);
                case 9 -> insertAt(text, random, randomUnicode(random, 1 + random.nextInt(200)));
                default -> text.replaceAll("\\d", String.valueOf(random.nextInt(10)));
            };
            if (text.isEmpty()) {
                break;
            }
        }
        return new Mutant(text, String.join("+", how));
    }

    /** Input that was never a letter: random bytes, read as some charset. */
    static String randomText(Random random) {
        byte[] bytes = randomBytes(random, random.nextInt(20_000));
        return random.nextBoolean() ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Flips 1..50 random bits of the UTF-8 bytes, then reads them back, broken sequences and all. */
    static byte[] flipBytes(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        if (copy.length == 0) {
            return copy;
        }
        int flips = 1 + random.nextInt(50);
        for (int i = 0; i < flips; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static String flipBytes(String text, Random random) {
        return new String(flipBytes(text.getBytes(StandardCharsets.UTF_8), random), StandardCharsets.UTF_8);
    }

    private static String duplicateSection(String text, Random random) {
        if (text.isEmpty()) {
            return text;
        }
        int from = random.nextInt(text.length());
        int to = Math.min(text.length(), from + 1 + random.nextInt(4000));
        String section = text.substring(from, to);
        return insertAt(text, random, section.repeat(1 + random.nextInt(5)));
    }

    private static String insertAt(String text, Random random, String insert) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + insert + text.substring(at);
    }

    /** 50 to 400 KB on one line: no spaces, all spaces, or a word repeated (what regexes choke on). */
    private static String hugeLine(Random random) {
        int length = 50_000 + random.nextInt(350_000);
        return switch (random.nextInt(4)) {
            case 0 -> "a".repeat(length);
            case 1 -> " ".repeat(length) + "x";
            case 2 -> "Upheld ".repeat(length / 7);
            default -> "CM13-0".repeat(length / 6);
        };
    }

    private static String shuffleLines(String text, Random random) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        java.util.Collections.shuffle(lines, random);
        return String.join("\n", lines);
    }

    private static String randomUnicode(Random random, int codePoints) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            int cp = random.nextInt(Character.MAX_CODE_POINT + 1);
            if (Character.isValidCodePoint(cp)) {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }
}
