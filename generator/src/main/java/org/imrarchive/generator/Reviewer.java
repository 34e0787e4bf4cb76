package org.imrarchive.generator;

import java.util.List;

import org.imrarchive.letter.ProcedureCategory;

/**
 * The expert reviewer of a synthetic case. {@code board} is the board certification as the letter words it
 * ("Anesthesiology and Pain Medicine"), null for a non-physician; {@code profession} the non-physician's title
 * ("Doctor of Chiropractic"); {@code specialty} the canonical name the corpus labels.
 */
record Reviewer(String specialty, String board, String profession, List<String> states) {

    Reviewer {
        states = List.copyOf(states);
    }

    boolean physician() {
        return board != null;
    }

    /** "California", "California and Texas", "California, Nevada and Oregon". */
    String statesWritten() {
        if (states.size() == 1) {
            return states.get(0);
        }
        return String.join(", ", states.subList(0, states.size() - 1)) + " and " + states.get(states.size() - 1);
    }

    private record Board(String specialty, String words) {
    }

    private static final List<Board> PAIN = List.of(new Board("Anesthesiology", "Anesthesiology and Pain Medicine"),
            new Board("Anesthesiology", "Anesthesiology"), new Board("Pain Medicine", "Pain Medicine"),
            new Board("Pain Medicine", "Pain Medicine and Anesthesiology"),
            new Board("Physical Medicine and Rehabilitation", "Physical Medicine and Rehabilitation"));
    private static final List<Board> PRIMARY = List.of(new Board("Family Medicine", "Family Practice"), new Board("Family Medicine", "Family Medicine"),
            new Board("Internal Medicine", "Internal Medicine"), new Board("Occupational Medicine", "Occupational Medicine"),
            new Board("Physical Medicine and Rehabilitation", "Physical Medicine and Rehabilitation"),
            new Board("Emergency Medicine", "Emergency Medicine"));
    private static final List<Board> ORTHO = List.of(new Board("Orthopaedic Surgery", "Orthopaedic Surgery"),
            new Board("Orthopaedic Surgery", "Orthopedic Surgery"), new Board("Orthopaedic Surgery", "Orthopedic Surgery, Sports Medicine"));
    private static final List<Board> SPINE = List.of(new Board("Orthopaedic Surgery", "Orthopaedic Surgery"),
            new Board("Neurological Surgery", "Neurological Surgery"));
    private static final List<Board> NERVES = List.of(new Board("Neurology", "Neurology"),
            new Board("Physical Medicine and Rehabilitation", "Physical Medicine and Rehabilitation"));
    private static final List<Board> PSYCH = List.of(new Board("Psychiatry", "Psychiatry"));

    private static final List<String> OTHER_STATES = List.of("Texas", "Nevada", "Arizona", "Oregon", "Washington", "New York", "Florida",
            "Illinois", "Colorado", "Pennsylvania");

    /** A reviewer of the right kind for the letter's first disputed treatment. */
    static Reviewer forCategory(Draw draw, ProcedureCategory category, String procedureName) {
        List<String> states = states(draw);
        return switch (category) {
            case CHIROPRACTIC -> draw.chance(0.7) ? new Reviewer("Chiropractor", null, "Doctor of Chiropractic", states) : board(draw, PAIN, states);
            case ACUPUNCTURE -> draw.chance(0.6) ? new Reviewer("Acupuncturist", null, "Licensed Acupuncturist", states) : board(draw, PRIMARY, states);
            case PSYCHOLOGICAL, PROGRAM -> draw.chance(0.6) ? new Reviewer("Psychologist", null, "Licensed Psychologist", states) : board(draw, PSYCH, states);
            case SURGERY -> procedureName.contains("Fusion") || procedureName.contains("Decompression") || procedureName.contains("Stimulator")
                    ? board(draw, SPINE, states) : board(draw, ORTHO, states);
            case INJECTION -> board(draw, PAIN, states);
            case DIAGNOSTIC_TESTING -> procedureName.equals("EMG/NCV") ? board(draw, NERVES, states) : board(draw, PRIMARY, states);
            case DIAGNOSTIC_IMAGING, PHYSICAL_THERAPY -> board(draw, draw.chance(0.5) ? ORTHO : PRIMARY, states);
            case MEDICATION -> board(draw, draw.chance(0.55) ? PAIN : PRIMARY, states);
            default -> board(draw, PRIMARY, states);
        };
    }

    private static Reviewer board(Draw draw, List<Board> boards, List<String> states) {
        Board b = draw.pick(boards);
        return new Reviewer(b.specialty(), b.words(), null, states);
    }

    private static List<String> states(Draw draw) {
        int extra = draw.weighted(new int[] {70, 22, 8});
        List<String> others = draw.some(OTHER_STATES, extra);
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        out.add("California");
        out.addAll(others);
        return out;
    }
}
