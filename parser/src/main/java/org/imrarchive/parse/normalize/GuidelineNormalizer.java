package org.imrarchive.parse.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrarchive.letter.Guideline;
import org.imrarchive.letter.GuidelineFlag;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.parse.text.Ascii;

/**
 * Turns a guideline field ("Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304-305.
 * Decision based on Non-MTUS Citation Official Disability Guidelines.") into one {@link Guideline} per citation:
 * source, chapter, title and pages normalised, {@code raw} the letter's own words. Thread-safe.
 */
public final class GuidelineNormalizer {

    /** How raw text is kept: the expert reviewer's citations drop the "Decision based on" lead-in, the claims administrator's keep it. */
    public enum RawStyle { CITATION, SENTENCE }

    private enum Anchor { ODG, CHRONIC_PAIN, POSTSURGICAL, ACOEM, MTUS, NON_MTUS }

    /**
     * The guideline names. Every alternative starts with \\b and one of the letters o w c m p a n s or 9: the leading
     * \\b(?=[...]) says so once, which rejects most positions before the 17 alternatives are tried.
     */
    private static final Pattern ANCHORS = Pattern.compile(
            "(?i)\\b(?=[oOwWcCmMpPaAnNsS9])(?:(?<odg>\\bOfficial\\s+Disability\\s+Guidelines?\\b|\\bODG\\b|\\bWork\\s+Loss\\s+Data\\s+Institute\\b)"
                    + "|(?<cp>\\bChronic\\s+Pain\\s+(?:Medical\\s+)?(?:Treatment\\s+)?Guidelines?\\b|\\bCPMTG\\b|\\bMTUS\\s+Chronic\\s+Pain\\b|\\bChronic\\s+Pain\\s+(?:section|chapter)\\b)"
                    + "|(?<ps>\\bPost-?\\s?surgical\\s+(?:Treatment\\s+|Rehabilitation\\s+)?Guidelines?\\b|\\bPost-?\\s?surgical\\s+(?:Treatment|Rehabilitation)\\b)"
                    + "|(?<acoem>\\bACOEM\\b|\\bAmerican\\s+College\\s+of\\s+Occupational\\s+and\\s+Environmental\\s+Medicine\\b)"
                    + "|(?<nonmtus>\\bNon-?\\s?MTUS\\b)"
                    + "|(?<mtus>\\b(?:CA\\s+|California\\s+)?MTUS\\b|\\bMedical\\s+Treatment\\s+Utilization\\s+Schedule\\b"
                    + "|\\bAcupuncture\\s+Medical\\s+Treatment\\s+Guidelines?\\b|\\b(?:section\\s+)?9792\\.\\d+(?:\\.\\d+)*\\b))");

    private static final Pattern NONE = Pattern.compile(
            "(?i)^(?:none|n/?a|not applicable|not cited|none cited|none listed|no guidelines?(?: (?:were|was))? cited|"
                    + "(?:the )?(?:claims administrator|expert reviewer|reviewer) did not cite.*|not provided|unknown)\\.?$");

    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)^(?:(?:the\\s+)?(?:expert\\s+|professional\\s+|physician\\s+)?(?:reviewer|claims\\s+administrator)\\s+(?:based|relied\\s+upon|relied\\s+on|cited|used)\\s+"
                    + "(?:(?:his|her|his/her|their|its|the)\\s+)?(?:decision|determination)?\\s*(?:on|upon)?\\s*(?:the\\s+)?"
                    + "|decision\\s+based\\s+on\\s+(?:the\\s+)?|based\\s+on\\s+(?:the\\s+)?|per\\s+(?:the\\s+)?|and\\s+(?:on\\s+)?(?:the\\s+)?|on\\s+the\\s+|the\\s+|[-*\\u2022]\\s*|\\d{1,2}[.)]\\s+)");

    /** A sentence end, semicolon or line break. (?=\\.) first: the abbreviation look-behind is then only tried at full stops. */
    private static final Pattern SPLIT_SENTENCES = Pattern.compile("(?=\\.)(?<!\\b(?:pp|p|pg|Ed|ed|No|Vol|Inc|et al|al|Dr|vs|St|Ch|ch|U\\.S|approx))\\.\\s+(?=[A-Z(])|;\\s*|\\n");
    private static final Pattern DECISION_BASED = Pattern.compile("(?i)(?=\\bDecision\\s+based\\s+on\\b)");

    private static final Pattern CHAPTER_NUM = Pattern.compile("(?i)\\b(?:chapter|chap\\.?|ch\\.?)\\s*(\\d{1,2})\\b");
    private static final Pattern CHAPTER_NAMED = Pattern.compile("(?i)(?:^|[,:;]\\s*|\\s)([A-Z][A-Za-z&/()\\- ]{1,60}?)\\s+chapter\\b");
    private static final Pattern CHAPTER_COLON = Pattern.compile("(?i)\\bchapter\\s*:\\s*([A-Z][A-Za-z&/()\\- ]{1,60}?)(?=[,.;]|$|\\s+pages?\\b)");
    /** Every form starts with "p": (?=[pP]) rejects other positions at once. */
    private static final Pattern PAGES = Pattern.compile(
            "(?i)\\b(?=[pP])(?:page\\(s\\)|pages?|pgs?\\.?|pp\\.?|p\\.)\\s*[:#]?\\s*(\\d{1,4}(?:\\s*[-,&]\\s*\\d{1,4}|\\s+and\\s+\\d{1,4}|\\s+to\\s+\\d{1,4})*)");
    /** Each alternative starts at "(" or a word boundary: the leading (?:(?=\\()|\\b) says so once (likewise below). */
    private static final Pattern EDITION = Pattern.compile(
            "(?i)(?:(?=\\()|\\b)(?:\\b(?:\\d(?:st|nd|rd|th)|second|third|fourth)\\s+ed(?:ition|\\.)?\\b(?:\\s*,?\\s*\\(?(?:19|20)\\d{2}\\)?)?|\\((?:19|20)\\d{2}\\)|\\b(?:revised\\s+)?(?:19|20)\\d{2}\\s+revision\\b)");
    private static final Pattern PROSE = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|states?|stated|recommends?|recommended|supports?|indicates?|notes?|does|do|not|should|may|can|would|which|that|because|requires?)\\b");
    /** Every verb starts with one of R S I D N A P m h w (either case where the pattern allows): checked once, up front. */
    private static final Pattern STRONG_VERBS = Pattern.compile(
            "\\b(?=[RrSsIiDdNnAaPpmhw])(?:[Rr]ecommends?|[Rr]ecommended\\s+(?:as|for|that|only|in|when)|[Ss]tates?|[Ss]tated|[Ss]upports?|[Ss]upported\\s+(?:by|for)|[Ii]ndicates?|[Dd]escribes?|[Nn]otes|[Rr]equires?"
                    + "|[Ss]uggests?|[Aa]llows?|[Pp]rovides?|[Ss]pecif(?:y|ies)|[Aa]dvises?|should|must|does|do\\s+not|did|have|has|had|apply|applies|address|addresses|are\\s+the|is\\s+the|were|was)\\b");
    private static final Pattern PRONOUN_START = Pattern.compile("(?i)(?:this|these|that|those|it|they|he|she|his|her|its|their)\\b");
    private static final Pattern AND_ON = Pattern.compile(",?\\s+and\\s+(?:also\\s+)?on\\s+(?:the\\s+)?(?=[A-Z])");
    private static final Pattern PART_OF_MTUS = Pattern.compile(
            "(?i),?\\s*which\\s+(?:is|are)\\s+(not\\s+)?(?:a\\s+)?part\\s+of\\s+the\\s+(?:CA\\s+|California\\s+)?(?:MTUS|Medical\\s+Treatment\\s+Utilization\\s+Schedule)\\b");
    /** Both alternatives start with a comma or whitespace: (?=[,\\s]) says so once. */
    private static final Pattern EXPLANATION = Pattern.compile(
            "(?i)(?=[,\\s])(?:,?\\s+(?:which|because|since|as\\s+(?:it|they|this))\\b|,?\\s+(?:was|were|is|are)\\s+(?:also\\s+)?(?:consulted|used|relied|applied|reviewed|cited|referenced)\\b)");
    private static final Pattern CITATION_WORDS = Pattern.compile(
            "(?i)\\b(?:guidelines?|literature|journal|et al|criteria|medline|pubmed|uptodate|up to date|FDA|AAOS|american\\s+(?:academy|college|society|association)|association|practice\\s+guidelines?|"
                    + "evidence|textbook|DWC|labor\\s+code|CCR|9792|AMA\\s+Guides|Milliman|InterQual|Harrison|Merck|physicians'?\\s+desk|consensus|cochrane|national)\\b");

    /** ACOEM Practice Guidelines, 2nd Edition (2004) chapter titles (the MTUS chapters). */
    private static final Map<String, String> ACOEM_CHAPTERS = Map.ofEntries(
            Map.entry("1", "Prevention"),
            Map.entry("2", "General Approach to Initial Assessment and Documentation"),
            Map.entry("3", "Initial Approaches to Treatment"),
            Map.entry("4", "Work-Relatedness"),
            Map.entry("5", "Cornerstones of Disability Prevention and Management"),
            Map.entry("6", "Pain, Suffering, and the Restoration of Function"),
            Map.entry("7", "Independent Medical Examinations and Consultations"),
            Map.entry("8", "Neck and Upper Back Complaints"),
            Map.entry("9", "Shoulder Complaints"),
            Map.entry("10", "Elbow Disorders"),
            Map.entry("11", "Forearm, Wrist, and Hand Complaints"),
            Map.entry("12", "Low Back Complaints"),
            Map.entry("13", "Knee Complaints"),
            Map.entry("14", "Ankle and Foot Complaints"),
            Map.entry("15", "Stress Related Conditions"));

    private final boolean fillAcoemTitles;

    public GuidelineNormalizer() {
        this(false);
    }

    /** @param fillAcoemTitles give an ACOEM citation that names only a chapter number that chapter's title */
    public GuidelineNormalizer(boolean fillAcoemTitles) {
        this.fillAcoemTitles = fillAcoemTitles;
    }

    /** The citations of a guideline field, and what it says instead of citing ("did not cite any medical evidence"). */
    public record Citations(List<Guideline> guidelines, List<GuidelineFlag> flags) {
        public Citations {
            guidelines = List.copyOf(guidelines);
            flags = List.copyOf(flags);
        }
    }

    /** "The Claims Administrator did not cite any medical evidence for its decision." and the like: flags, not guidelines. */
    private static final Pattern FLAG_SENTENCE = Pattern.compile(
            "(?i)(?:the\\s+)?(?:claims\\s+administrator|expert\\s+reviewer|reviewer)\\s+(?:(did\\s+not\\s+cite\\s+any\\s+medical\\s+evidence(?:\\s+for\\s+(?:its|their|his|her|the)\\s+decision)?)"
                    + "|based\\s+(?:their|its|his|her|the)\\s+decision\\s+on\\s+recommendations?(?:\\(s\\))?\\s+outside\\s+of\\s+the\\s+(?:CA\\s+)?MTUS(?:\\s+Guidelines?)?)\\s*\\.?");

    private static final Pattern NON_MTUS_SENTENCE = Pattern.compile("(?i)\\s*Decision\\s+based\\s+on\\s+Non-?\\s?MTUS\\s+Citation\\b");

    /** All citations in one guideline field. Empty for "None" and the like. */
    public List<Guideline> parseField(String field, RawStyle style) {
        return read(field, style).guidelines();
    }

    /** All citations in one guideline field, and its flags. */
    public Citations read(String field, RawStyle style) {
        List<Guideline> out = new ArrayList<>();
        List<GuidelineFlag> flags = new ArrayList<>();
        if (field == null) {
            return new Citations(out, flags);
        }
        String text = field.strip();
        if (Ascii.containsAnyIgnoreCase(text, "did not cite", "outside of the")) {
            Matcher f = FLAG_SENTENCE.matcher(text);
            StringBuilder rest = new StringBuilder();
            while (f.find()) {
                GuidelineFlag flag = f.group(1) != null ? GuidelineFlag.NO_MEDICAL_EVIDENCE_CITED : GuidelineFlag.OUTSIDE_MTUS;
                if (!flags.contains(flag)) {
                    flags.add(flag);
                }
                f.appendReplacement(rest, " ");
            }
            f.appendTail(rest);
            text = rest.toString().strip();
        }
        if (text.isEmpty() || NONE.matcher(text).matches()) {
            return new Citations(out, flags);
        }
        String[] byDecision = Ascii.containsIgnoreCase(text, "decision") ? DECISION_BASED.split(text) : new String[] {text};
        for (String chunk : byDecision) {
            Optional<List<Guideline>> byTitle = Ascii.containsIgnoreCase(chunk, "mtus")
                    ? MtusCitation.read(chunk, style == RawStyle.SENTENCE) : Optional.empty();
            for (Guideline g : byTitle.orElse(List.of())) {
                if (!containsSame(out, g)) {
                    out.add(g);
                }
            }
            if (byTitle.isPresent()) {
                continue;
            }
            // "Decision based on Non-MTUS Citation ODG Low back, Manipulation; Neck and Upper back, Manipulation": one ODG citation
            boolean odgSentence = NON_MTUS_SENTENCE.matcher(chunk).lookingAt();
            GuidelineSource first = null;
            for (String piece : pieces(chunk)) {
                Guideline g = citation(piece, style, false);
                if (g == null) {
                    continue;
                }
                if (first == null) {
                    first = g.source();
                } else if (odgSentence && first == GuidelineSource.ODG && (g.source() == GuidelineSource.OTHER || g.source() == first)) {
                    continue;
                }
                if (!containsSame(out, g)) {
                    out.add(g);
                }
            }
            if (odgSentence && first == null) {
                // "Decision based on Non-MTUS Citation http://www.…": a citation all the same, of no known guideline
                String cited = TRAILING_PUNCT.matcher(NON_MTUS_SENTENCE.matcher(chunk).replaceFirst("")).replaceAll("").strip();
                if (!cited.isEmpty()) {
                    String raw = style == RawStyle.SENTENCE ? TRAILING_PUNCT.matcher(chunk.strip()).replaceAll("")
                            : TRAILING_PUNCT.matcher(chunk.strip().replaceFirst("(?i)^Decision\\s+based\\s+on\\s+", "")).replaceAll("");
                    out.add(new Guideline(GuidelineSource.OTHER, null, null, null, raw));
                }
            }
        }
        return new Citations(out, flags);
    }

    /**
     * Citations in free prose ("MEDICAL TREATMENT GUIDELINE(S) RELIED UPON ... AND WHY:"): only sentences that start by
     * naming a guideline count; explanatory sentences are skipped.
     */
    public List<Guideline> parseProse(String field, RawStyle style) {
        List<Guideline> out = new ArrayList<>();
        if (field == null || field.isBlank()) {
            return out;
        }
        for (String piece : pieces(field.strip())) {
            Guideline g = citation(piece, style, true);
            if (g != null && !containsSame(out, g)) {
                out.add(g);
            }
        }
        return out;
    }

    /** Normalises one citation; for unit tests and callers that already split. */
    public Guideline normalize(String citation) {
        return citation(citation, RawStyle.CITATION, false);
    }

    private static boolean containsSame(List<Guideline> list, Guideline g) {
        for (Guideline o : list) {
            if (o.source() == g.source() && Objects.equals(o.chapter(), g.chapter()) && Objects.equals(o.title(), g.title())
                    && Objects.equals(o.section(), g.section()) && Objects.equals(o.pages(), g.pages())) {
                return true;
            }
        }
        return false;
    }

    /** Splits a field into citations: sentences, semicolons, "Decision based on", and a second guideline named after " and ". */
    List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        // each split pattern needs a literal the text often lacks; without it, split would return the text whole
        String[] byDecision = Ascii.containsIgnoreCase(text, "decision") ? DECISION_BASED.split(text) : new String[] {text};
        for (String a : byDecision) {
            boolean sentenceMarks = a.indexOf('.') >= 0 || a.indexOf(';') >= 0 || a.indexOf('\n') >= 0;
            for (String b : sentenceMarks ? SPLIT_SENTENCES.split(a) : new String[] {a}) {
                for (String c : b.contains("and") ? AND_ON.split(b) : new String[] {b}) {
                    String s = c.strip();
                    if (s.isEmpty()) {
                        continue;
                    }
                    splitOnSecondSource(s, out);
                }
            }
        }
        return out;
    }

    /** "MTUS Chronic Pain ... Page(s): 74-96 and on the Non-MTUS Official Disability Guidelines" is two citations. */
    private void splitOnSecondSource(String s, List<String> out) {
        Matcher m = ANCHORS.matcher(s);
        GuidelineSource currentPrimary = null;
        int pieceStart = 0;
        int lastAnchorEnd = 0;
        int qualifierStart = -1; // start of an MTUS / Non-MTUS qualifier right before a primary anchor
        while (m.find()) {
            Anchor a = anchor(m);
            if (a == Anchor.MTUS || a == Anchor.NON_MTUS) {
                if (qualifierStart < 0 || m.start() - lastAnchorEnd > 3) {
                    qualifierStart = m.start();
                }
                lastAnchorEnd = m.end();
                continue;
            }
            GuidelineSource src = primary(a);
            int anchorStart = qualifierStart >= 0 && m.start() - lastAnchorEnd <= 12 ? qualifierStart : m.start();
            if (currentPrimary != null && src != currentPrimary) {
                // find a separator between the previous anchor and this one
                String between = s.substring(Math.max(pieceStart, 0), anchorStart);
                int sep = lastSeparator(between);
                if (sep >= 0) {
                    int cut = pieceStart + sep;
                    String left = s.substring(pieceStart, cut).strip();
                    if (!left.isEmpty()) {
                        out.add(left);
                    }
                    pieceStart = cut;
                }
            }
            currentPrimary = src;
            qualifierStart = -1;
            lastAnchorEnd = m.end();
        }
        String rest = s.substring(pieceStart).strip();
        rest = LEADING_JOINER.matcher(rest).replaceFirst("").strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
    }

    private static final Pattern LEADING_JOINER = Pattern.compile("^(?i)(?:,|and|&|/)\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("(?i)(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+&\\s+|\\s*/\\s*|\\s+as\\s+well\\s+as\\s+|\\s+plus\\s+)");

    private static int lastSeparator(String between) {
        Matcher m = SEPARATOR.matcher(between);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    private static Anchor anchor(Matcher m) {
        if (m.group("odg") != null) {
            return Anchor.ODG;
        }
        if (m.group("cp") != null) {
            return Anchor.CHRONIC_PAIN;
        }
        if (m.group("ps") != null) {
            return Anchor.POSTSURGICAL;
        }
        if (m.group("acoem") != null) {
            return Anchor.ACOEM;
        }
        if (m.group("nonmtus") != null) {
            return Anchor.NON_MTUS;
        }
        return Anchor.MTUS;
    }

    private static GuidelineSource primary(Anchor a) {
        return switch (a) {
            case ODG -> GuidelineSource.ODG;
            case CHRONIC_PAIN -> GuidelineSource.MTUS_CHRONIC_PAIN;
            case POSTSURGICAL -> GuidelineSource.MTUS_POSTSURGICAL;
            case ACOEM -> GuidelineSource.MTUS_ACOEM;
            default -> GuidelineSource.MTUS_OTHER;
        };
    }

    private Guideline citation(String piece, RawStyle style, boolean prose) {
        String raw = piece.strip();
        if (raw.isEmpty() || NONE.matcher(raw).matches()) {
            return null;
        }
        String body = stripLeadIn(raw);
        body = TRAILING_PUNCT.matcher(body).replaceAll("").strip();
        if (body.isEmpty() || NONE.matcher(body).matches()) {
            return null;
        }
        if (body.length() < 3 && !body.equalsIgnoreCase("ODG")) {
            return null;
        }
        // "..., which is (not) part of the MTUS": a qualifier, not a guideline of its own
        Boolean partOfMtus = null;
        Matcher part = PART_OF_MTUS.matcher(body);
        if (Ascii.containsIgnoreCase(body, "which") && part.find()) { // the qualifier needs "which"; most citations lack it
            partOfMtus = part.group(1) == null;
            body = (body.substring(0, part.start()) + body.substring(part.end())).strip();
        }
        // "..., which addresses ...", "..., was also consulted because ...": the explanation is not the citation
        Matcher why = EXPLANATION.matcher(body);
        if (why.find() && why.start() > 0) {
            body = body.substring(0, why.start()).strip();
        }
        body = TRAILING_PUNCT.matcher(body).replaceAll("").strip();
        if (body.isEmpty() || PRONOUN_START.matcher(body).lookingAt()) {
            return null;
        }
        Matcher m = ANCHORS.matcher(body);
        boolean odg = false, cp = false, ps = false, acoem = false, mtus = false, nonMtus = false;
        int firstAnchor = -1;
        int lastAnchorEnd = 0;
        while (m.find()) {
            if (firstAnchor < 0) {
                firstAnchor = m.start();
            }
            lastAnchorEnd = Math.max(lastAnchorEnd, m.end());
            switch (anchor(m)) {
                case ODG -> odg = true;
                case CHRONIC_PAIN -> cp = true;
                case POSTSURGICAL -> ps = true;
                case ACOEM -> acoem = true;
                case NON_MTUS -> nonMtus = true;
                case MTUS -> mtus = true;
            }
        }
        String outsideParens = body.indexOf('(') < 0 ? body : PARENTHESISED.matcher(body).replaceAll(" ");
        if (STRONG_VERBS.matcher(outsideParens).find()) {
            // an explanation ("The MTUS guidelines recommend ..."), not a citation
            return null;
        }
        if (prose) {
            // in prose, a citation names its guideline within its first few words, with no verb before it
            if (firstAnchor < 0) {
                if (!CITATION_WORDS.matcher(body).find() || PROSE.matcher(body).find() || !Character.isUpperCase(body.charAt(0))) {
                    return null;
                }
            } else if (firstAnchor > 40 || PROSE.matcher(body.substring(0, firstAnchor)).find()) {
                return null;
            }
        }
        GuidelineSource source;
        String lower = body.toLowerCase(Locale.ROOT);
        if (ps) {
            source = GuidelineSource.MTUS_POSTSURGICAL;
        } else if (cp) {
            source = GuidelineSource.MTUS_CHRONIC_PAIN;
        } else if (acoem && !odg) {
            boolean nonMtusAcoem = nonMtus || Boolean.FALSE.equals(partOfMtus) || lower.contains("3rd ed") || lower.contains("third ed") || lower.contains("(2011)")
                    || lower.contains("2011") || lower.contains("not part of the mtus") || lower.contains("not adopted");
            source = nonMtusAcoem && !(mtus && !nonMtus) && !Boolean.TRUE.equals(partOfMtus) ? GuidelineSource.ACOEM_NON_MTUS : GuidelineSource.MTUS_ACOEM;
        } else if (odg) {
            source = GuidelineSource.ODG;
        } else if (mtus || Boolean.TRUE.equals(partOfMtus)) {
            source = GuidelineSource.MTUS_OTHER;
        } else {
            if (!CITATION_WORDS.matcher(body).find() || body.length() > 200) {
                if (prose || body.length() > 200) {
                    return null;
                }
                if (PROSE.matcher(body).find()) {
                    return null;
                }
            }
            if (prose && PROSE.matcher(body).find()) {
                return null;
            }
            source = GuidelineSource.OTHER;
        }

        String chapter = null;
        String title = null;
        String pages = null;
        Matcher pm = PAGES.matcher(body);
        int pagesStart = -1, pagesEnd = -1;
        if (pm.find()) {
            pages = normalizePages(pm.group(1));
            pagesStart = pm.start();
            pagesEnd = pm.end();
        }
        String residual = body;
        if (pagesStart >= 0) {
            residual = residual.substring(0, pagesStart) + " | " + residual.substring(pagesEnd);
        }
        // all three chapter patterns need "ch" ("chapter", "chap.", "ch."); CHAPTER_NAMED's lazy scan is slow
        boolean chWord = Ascii.containsIgnoreCase(residual, "ch");
        boolean chapterWord = chWord && Ascii.containsIgnoreCase(residual, "chapter");
        Matcher cm = CHAPTER_NUM.matcher(residual);
        if (chWord && cm.find()) {
            chapter = String.valueOf(Integer.parseInt(cm.group(1)));
            residual = residual.substring(0, cm.start()) + " | " + residual.substring(cm.end());
        } else {
            Matcher cc = CHAPTER_COLON.matcher(residual);
            if (chapterWord && cc.find()) {
                chapter = cleanTitle(cc.group(1));
                residual = residual.substring(0, cc.start()) + " | " + residual.substring(cc.end());
            } else {
                String afterAnchors = lastAnchorEnd > 0 && lastAnchorEnd <= residual.length() ? residual.substring(0) : residual;
                Matcher cn = CHAPTER_NAMED.matcher(afterAnchors);
                while (chapterWord && cn.find()) {
                    String name = stripSourceWords(cn.group(1));
                    if (!name.isBlank()) {
                        chapter = cleanTitle(name);
                        residual = residual.substring(0, cn.start(1)) + " | " + residual.substring(cn.end());
                        break;
                    }
                }
            }
        }
        // title: what is left after the source words, edition, chapter and pages
        // EDITION needs a digit or an ordinal word; most titles have neither
        String edited = mayNameEdition(residual) ? EDITION.matcher(residual).replaceAll(" | ") : residual;
        String rest = stripSourceWords(edited);
        rest = TITLE_NOISE.matcher(rest).replaceAll(" | ");
        title = bestTitle(rest);
        if (title != null && (title.length() > 90 || PROSE.matcher(title).find())) {
            title = null;
        }
        if (source == GuidelineSource.OTHER) {
            title = null;
            chapter = chapter != null && DIGITS.matcher(chapter).matches() ? chapter : null;
        }
        if (title == null && fillAcoemTitles && chapter != null
                && (source == GuidelineSource.MTUS_ACOEM) && ACOEM_CHAPTERS.containsKey(chapter)) {
            title = ACOEM_CHAPTERS.get(chapter);
        }
        String rawOut = style == RawStyle.SENTENCE ? raw : body;
        return new Guideline(source, chapter, title, pages, rawOut);
    }

    private static boolean mayNameEdition(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return Ascii.containsAnyIgnoreCase(s, "second", "third", "fourth");
    }

    private static String stripLeadIn(String raw) {
        String s = raw;
        for (int i = 0; i < 4; i++) {
            Matcher m = LEAD_IN.matcher(s);
            if (m.lookingAt() && m.end() > 0) {
                s = s.substring(m.end()).strip();
            } else {
                break;
            }
        }
        return s;
    }

    // Every alternative starts with "(" or one of the letters o w m c p a n t s d or the digit 9: the lookahead says so
    // once, which rejects most positions (spaces, most letters) before the two dozen alternatives are tried.
    private static final Pattern SOURCE_WORDS = Pattern.compile(
            "(?i)(?:(?=\\()|\\b)(?=[(oOwWmMcCpPaAnNtTsSdD9])(?:\\bOfficial\\s+Disability\\s+Guidelines?\\b|\\(ODG\\)|\\bODG\\b|\\bWork\\s+Loss\\s+Data\\s+Institute\\b"
                    + "|\\b(?:MTUS\\s+)?Chronic\\s+Pain\\s+(?:Medical\\s+)?(?:Treatment\\s+)?Guidelines?\\b|\\bCPMTG\\b|\\bChronic\\s+Pain\\b"
                    + "|\\bPost-?\\s?surgical\\s+(?:Treatment\\s+|Rehabilitation\\s+)?Guidelines?\\b"
                    + "|\\bAmerican\\s+College\\s+of\\s+Occupational\\s+and\\s+Environmental\\s+Medicine\\b|\\(ACOEM\\)|\\bACOEM\\b"
                    + "|\\bNon-?\\s?MTUS\\b|\\b(?:CA|California)\\b|\\bMTUS\\b|\\bMedical\\s+Treatment\\s+Utilization\\s+Schedule\\b|\\(MTUS\\)"
                    + "|\\bAcupuncture\\s+Medical\\s+Treatment\\s+Guidelines?\\b|\\b(?:Title\\s+8,?\\s+)?(?:California\\s+Code\\s+of\\s+Regulations|CCR)\\b|\\bTitle\\s+8\\b"
                    + "|\\b(?:section\\s+)?9792\\.\\d+(?:\\.\\d+)*\\b|\\bof\\s+the\\b"
                    + "|\\bDecision\\s+based\\s+on\\b|\\bCitation\\b)");

    // patterns used per citation, compiled once (String.replaceAll / matches would compile them on every call)
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s.,;:]+$");
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern TITLE_NOISE = Pattern.compile(
            "(?i)\\b(?:\\bDecision\\s+based\\s+on\\b|\\bNon-?MTUS\\s+Citation\\b|\\bCitation\\b|\\bPractice\\s+Guidelines?\\b"
                    + "|\\bOccupational\\s+Medicine\\b|\\bGuidelines?\\b|\\bTreatment\\s+in\\s+Workers'?\\s+Comp(?:ensation)?\\b|\\bonline\\s+edition\\b|\\bTWC\\b|\\bweb\\b|\\bsection\\b|\\btopic\\b)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern HAS_WORD = Pattern.compile(".*[A-Za-z]{3,}.*");
    private static final Pattern FILLER_TITLE = Pattern.compile("(?i)(?:the|and|of|on|in|for|based|edition|ed|revised|update[sd]?|current|latest|version)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern END_PUNCT = Pattern.compile("^[\\s,.;:()\\-]+|[\\s,.;:(\\-]+$");
    private static final Pattern LEADING_CONNECTOR = Pattern.compile("(?i)^(?:and|the|of|on|in|for|from|per|at|to|section|topic)\\s+");
    private static final Pattern TRAILING_CONNECTOR = Pattern.compile("(?i)\\s+(?:and|the|of|on|in|for|from|per|at|to)$");
    private static final Pattern PAGE_DASH = Pattern.compile("\\s*-\\s*");
    private static final Pattern PAGE_TO = Pattern.compile("\\s+to\\s+");
    private static final Pattern PAGE_COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern PAGE_AND = Pattern.compile("\\s*&\\s*|\\s+and\\s+");

    private static String stripSourceWords(String s) {
        return SOURCE_WORDS.matcher(s).replaceAll(" | ");
    }

    /** The longest run of words between the "|" cuts, trimmed of punctuation and connectors. */
    private static String bestTitle(String rest) {
        String best = null;
        for (String part : rest.split("\\|")) {
            String t = cleanTitle(part);
            if (t.isEmpty() || !HAS_WORD.matcher(t).matches()) {
                continue;
            }
            if (FILLER_TITLE.matcher(t).matches()) {
                continue;
            }
            if (best == null || t.length() > best.length()) {
                best = t;
            }
        }
        return best;
    }

    private static String cleanTitle(String s) {
        String t = SPACES.matcher(s).replaceAll(" ").strip();
        // trim punctuation and dangling connectors at either end
        String prev;
        do {
            prev = t;
            t = END_PUNCT.matcher(t).replaceAll("");
            t = LEADING_CONNECTOR.matcher(t).replaceAll("");
            t = TRAILING_CONNECTOR.matcher(t).replaceAll("");
            if (t.endsWith(")") && t.indexOf('(') < 0) {
                t = t.substring(0, t.length() - 1);
            }
        } while (!t.equals(prev));
        return t.strip();
    }

    static String normalizePages(String p) {
        String s = p.strip();
        s = PAGE_DASH.matcher(s).replaceAll("-");
        s = PAGE_TO.matcher(s).replaceAll("-");
        s = PAGE_COMMA.matcher(s).replaceAll(", ");
        s = PAGE_AND.matcher(s).replaceAll(", ");
        return s;
    }

    /** Sources named anywhere in a text (used for letter-level fallbacks). */
    public Set<GuidelineSource> sourcesIn(String text) {
        Set<GuidelineSource> out = new LinkedHashSet<>();
        for (Guideline g : parseField(text, RawStyle.CITATION)) {
            out.add(g.source());
        }
        return out;
    }
}
