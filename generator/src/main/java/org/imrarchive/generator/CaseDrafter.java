package org.imrarchive.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;

/** Draws the facts of synthetic case number {@code index}: who, what was disputed, how it was decided and why. */
final class CaseDrafter {

    /** Relative frequency of the formats: the 2014-2015 MAXIMUS letters are most of the published archive. */
    private static final LetterFormat[] FORMATS = {LetterFormat.DWC_IMR_2013, LetterFormat.MAXIMUS_IMR_2014,
            LetterFormat.IMR_NOTICE_2013, LetterFormat.MEDICAL_PROFESSIONAL_REVIEW};
    private static final int[] FORMAT_WEIGHTS = {25, 40, 20, 15};

    private static final BodyRegion[] REGIONS = {BodyRegion.LUMBAR_SPINE, BodyRegion.CERVICAL_SPINE, BodyRegion.SHOULDER, BodyRegion.KNEE,
            BodyRegion.HAND_WRIST, BodyRegion.THORACIC_SPINE, BodyRegion.ELBOW, BodyRegion.FOOT_ANKLE, BodyRegion.HIP};
    private static final int[] REGION_WEIGHTS = {40, 16, 14, 13, 7, 2, 3, 3, 2};

    private final long seed;
    private final int[] formatWeights;
    private final long caseNumberOffset;

    CaseDrafter(GeneratorOptions options) {
        this.seed = options.seed();
        this.formatWeights = new int[FORMATS.length];
        for (int i = 0; i < FORMATS.length; i++) {
            formatWeights[i] = options.formats().contains(FORMATS[i]) ? FORMAT_WEIGHTS[i] : 0;
        }
        this.caseNumberOffset = Math.floorMod(Draw.mix(seed ^ 0x5DEECE66DL), 10_000_000L);
    }

    /** Whether letter {@code index} is written as PDF: its own stream, so the share does not change the letters' words. */
    boolean asPdf(int index, double pdfShare) {
        return pdfShare > 0 && Draw.forLetter(seed, index, 2).unit() < pdfShare;
    }

    SyntheticCase draft(int index) {
        Draw d = Draw.forLetter(seed, index, 1);
        LetterFormat format = FORMATS[d.weighted(formatWeights)];

        LocalDate received = receivedDate(d, format);
        LocalDate urDenial = received.minusDays(d.between(4, 30));
        LocalDate assigned = received.plusDays(d.between(3, 12));
        LocalDate determination = received.plusDays(d.between(20, 70));
        LocalDate injury = urDenial.minusDays(d.between(60, 9 * 365));
        int age = d.between(22, 68);
        boolean female = d.chance(0.45);
        BodyRegion region = REGIONS[d.weighted(REGION_WEIGHTS)];

        int count = format == LetterFormat.MEDICAL_PROFESSIONAL_REVIEW ? 1 : 1 + d.weighted(new int[] {34, 30, 22, 14});
        List<SyntheticCase.Dispute> disputes = new ArrayList<>(count);
        List<ProcedureKind> used = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int attempt = 0; disputes.size() < count && attempt < 40; attempt++) {
            ProcedureKind kind = Procedures.draw(d);
            BodyRegion itemRegion = kind.regionFor(d, region);
            // most items of a letter concern the injured body part; a few are about another
            if (itemRegion != null && itemRegion != region && attempt < 30 && d.chance(0.85)) {
                continue;
            }
            Item item = kind.wording().item(d, itemRegion);
            // one item per treatment in a letter, as the letters have it
            if (used.contains(kind) || texts.contains(item.text())) {
                continue;
            }
            used.add(kind);
            texts.add(item.text());
            disputes.add(dispute(d, format, kind, item, itemRegion == null ? region : itemRegion));
        }

        String occupation = d.pick(Clinic.OCCUPATIONS);
        String mechanism = d.pick(Clinic.mechanisms(region));
        List<String> summary = new ArrayList<>();
        summary.addAll(d.some(Clinic.complaints(region), d.between(1, 3)));
        summary.addAll(d.some(Clinic.history(region), d.between(1, 2)));
        summary.addAll(d.some(Clinic.examination(region), d.between(1, 2)));
        if (d.chance(0.7)) {
            summary.add(d.pick(Clinic.imaging(region)));
        }
        List<String> meds = new ArrayList<>();
        for (SyntheticCase.Dispute x : disputes) {
            if (x.kind().category() == org.imrarchive.letter.ProcedureCategory.MEDICATION) {
                meds.add(x.item().text().replaceAll("\\s*#\\d+$", ""));
            }
        }
        if (!meds.isEmpty()) {
            summary.add("Current medications include " + Wording.series(meds) + ".");
        }
        summary = dedupe(summary);

        List<String> diagnoses = new ArrayList<>(d.some(Clinic.diagnoses(region), d.between(1, 3)));
        if (d.chance(0.35)) {
            String general = d.pick(Clinic.GENERAL_DIAGNOSES);
            if (!diagnoses.contains(general)) {
                diagnoses.add(general);
            }
        }
        SyntheticCase.Dispute first = disputes.get(0);
        Reviewer reviewer = Reviewer.forCategory(d, first.kind().category(), first.kind().name());
        String caseNumber = caseNumber(index, received);
        SyntheticCase.Look look = look(d, format, header(d, format, caseNumber));
        if (format == LetterFormat.MEDICAL_PROFESSIONAL_REVIEW && ProfessionalReviewLayout.numberedDiagnoses(look)) {
            // a numbered list starts each diagnosis with a capital, and the label follows the letter
            diagnoses.replaceAll(dx -> Character.toUpperCase(dx.charAt(0)) + dx.substring(1));
        }
        return new SyntheticCase(index, format, caseNumber, injury, urDenial, received, assigned, determination, age, female, region,
                occupation, mechanism, summary, diagnoses, reviewer, disputes, look);
    }

    private static List<String> dedupe(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Seven digits, unique per letter: a bijection of the index (7919 is prime to 10^7), shifted by the seed. */
    private String caseNumber(int index, LocalDate received) {
        long number = Math.floorMod(index * 7919L + caseNumberOffset, 10_000_000L);
        return String.format("CM%02d-%07d", received.getYear() % 100, number);
    }

    /** When the IMR application came in: 2013 for the DWC and Notice letters, 2014-2015 MAXIMUS, 2015 professional reviews. */
    private static LocalDate receivedDate(Draw d, LetterFormat format) {
        return switch (format) {
            case DWC_IMR_2013 -> LocalDate.of(2013, 2, 15).plusDays(d.between(0, 300));
            case IMR_NOTICE_2013 -> LocalDate.of(2013, 5, 1).plusDays(d.between(0, 270));
            case MAXIMUS_IMR_2014 -> LocalDate.of(2014, 1, 2).plusDays(d.between(0, 725));
            default -> LocalDate.of(2015, 1, 2).plusDays(d.between(0, 360));
        };
    }

    private SyntheticCase.Dispute dispute(Draw d, LetterFormat format, ProcedureKind kind, Item item, BodyRegion region) {
        Outcome outcome = d.chance(kind.upheldRate()) ? Outcome.UPHELD : Outcome.OVERTURNED;
        List<Cite> candidates = kind.citations().cites(region);
        List<Cite> cites = new ArrayList<>();
        cites.add(d.chance(0.8) ? candidates.get(0) : d.pick(candidates));
        if (candidates.size() > 1 && d.chance(0.35)) {
            Cite extra = d.pick(candidates);
            if (!cites.contains(extra)) {
                cites.add(extra);
            }
        }
        List<Cite> claimsAdministrator = null;
        boolean agrees = false;
        if (format == LetterFormat.DWC_IMR_2013) {
            claimsAdministrator = new ArrayList<>();
            claimsAdministrator.add(d.chance(0.75) ? cites.get(0) : d.pick(candidates));
            if (d.chance(0.3)) {
                Cite odg = Cite.odg(d.pick("Pain", Guidelines.odgChapter(region)), "");
                if (claimsAdministrator.get(0).source() != GuidelineSource.ODG) {
                    claimsAdministrator.add(odg);
                }
            }
        } else if (format == LetterFormat.IMR_NOTICE_2013) {
            claimsAdministrator = new ArrayList<>();
            if (d.chance(0.85)) {
                claimsAdministrator.add(d.pick(candidates));
                agrees = d.chance(0.3);
                if (agrees) {
                    cites = List.copyOf(claimsAdministrator);
                }
            }
        }
        return new SyntheticCase.Dispute(kind, item, outcome, cites, claimsAdministrator, agrees, rationale(d, kind, outcome, cites.get(0)));
    }

    /** One to six paragraphs: the guideline's position, what the records say, and the facts that decide. */
    private static List<String> rationale(Draw d, ProcedureKind kind, Outcome outcome, Cite lead) {
        int paragraphs = 1 + d.weighted(new int[] {10, 30, 28, 16, 9, 7});
        Topic t = kind.topic();
        List<String> guidance = t.guidance();
        int from = d.between(0, Math.max(0, guidance.size() - 2));
        int to = Math.min(guidance.size(), from + d.between(2, 5));
        StringBuilder first = new StringBuilder();
        for (int i = from; i < to; i++) {
            String sentence = guidance.get(i);
            if (i == from) {
                sentence = sentence.replaceFirst("^The guidelines", guidelineName(lead)).replaceFirst("^The ACOEM guidelines", guidelineName(lead));
            }
            first.append(sentence).append(i < to - 1 ? "  " : "");
        }
        List<String> facts = outcome == Outcome.UPHELD ? t.upheld() : t.overturned();
        List<String> chosen = d.some(facts, d.between(1, Math.min(4, facts.size())));
        String decisive = String.join("  ", chosen);
        List<String> out = new ArrayList<>();
        if (paragraphs == 1) {
            out.add(first + "  " + decisive);
            return out;
        }
        out.add(first.toString());
        List<String> records = d.some(Clinic.RECORDS_REVIEWED, Math.min(Clinic.RECORDS_REVIEWED.size(), 2 * (paragraphs - 2)));
        for (int i = 0; i + 1 < records.size(); i += 2) {
            out.add(records.get(i) + "  " + records.get(i + 1));
        }
        out.add(decisive);
        return out;
    }

    private static String guidelineName(Cite lead) {
        return switch (lead.source()) {
            case MTUS_CHRONIC_PAIN -> "The MTUS Chronic Pain Medical Treatment Guidelines";
            case MTUS_ACOEM -> "The ACOEM guidelines adopted by the MTUS";
            case ODG -> "The Official Disability Guidelines";
            case MTUS_POSTSURGICAL -> "The Postsurgical Treatment Guidelines";
            default -> "The guidelines";
        };
    }

    private static SyntheticCase.Look look(Draw d, LetterFormat format, String runningHeader) {
        int width = d.between(92, 104);
        int lines = d.between(46, 56);
        boolean crlf = d.chance(0.12);
        boolean trailing = d.chance(0.35);
        boolean doubleSpaced = format == LetterFormat.DWC_IMR_2013 && d.chance(0.15);
        return new SyntheticCase.Look(width, lines, crlf, trailing, doubleSpaced, runningHeader, d.between(0, 59));
    }

    /** The line printed at the top of every page after the first, as each format's letters have it. */
    private static String header(Draw d, LetterFormat format, String caseNumber) {
        return switch (format) {
            case DWC_IMR_2013 -> caseNumber;
            case MAXIMUS_IMR_2014 -> d.chance(0.7) ? caseNumber : "Final Determination Letter for IMR Case Number " + caseNumber;
            case IMR_NOTICE_2013 -> d.chance(0.5) ? caseNumber : "IMR Final Determination";
            default -> d.chance(0.5) ? caseNumber : null;
        };
    }
}
