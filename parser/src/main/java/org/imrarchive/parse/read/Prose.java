package org.imrarchive.parse.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrarchive.parse.normalize.Dates;
import org.imrarchive.parse.text.Ascii;
import org.imrarchive.parse.text.Scan;

/**
 * Fields told in sentences: the patient's age and gender, the diagnoses, the dates ("sustained an injury on 4/22/07",
 * "non-certified on 3/24/14", "filed on 10/2/2013 disputing the Utilization Review Denial dated 9/24/2013"),
 * the reviewer's licensure. Static patterns only; thread-safe.
 */
public final class Prose {

    private Prose() {
    }

    private static final String D = "(" + Dates.DATE_REGEX + ")";

    // ---------------------------------------------------------------- patient

    private static final Pattern AGE = Pattern.compile(
            "(?i)\\b(\\d{2})\\s?-?\\s?(?:years?|yrs?\\.?|yr\\.?)\\s?-?\\s?old\\b|\\b(\\d{2})\\s?(?:y/o|yo|y\\.o\\.)(?![a-z])|\\b(?:aged?|age\\s+of)\\s+(\\d{2})\\b");
    private static final Pattern GENDER_STRONG = Pattern.compile(
            "(?i)\\b\\d{2}\\s?-?\\s?(?:years?|yrs?)\\s?-?\\s?old\\s+(?:(?:right|left)[-\\s]hand(?:ed)?\\s+)?(?:\\w+\\s+)?(male|female|man|woman|gentleman|lady)\\b"
                    + "|\\b(male|female)\\s+(?:patient|claimant|employee|worker|injured\\s+worker|individual|applicant)\\b"
                    + "|\\b(?:patient|claimant|injured\\s+worker|employee|applicant|IW)\\s+is\\s+an?\\s+(?:\\d{2}\\s?-?\\s?(?:years?|yrs?)\\s?-?\\s?old\\s+)?(male|female|man|woman)\\b"
                    + "|\\b(?:gender|sex)\\s*:\\s*(male|female|m|f)\\b");
    private static final Pattern HONORIFIC = Pattern.compile("\\b(Mr|Mrs|Ms|Miss)\\.?\\s");
    private static final Pattern PRONOUN_AMBIGUOUS = Pattern.compile("(?i)\\b(?:he\\s*/\\s*she|she\\s*/\\s*he|his\\s*/\\s*her|her\\s*/\\s*his|him\\s*/\\s*her|s/he|he\\s+or\\s+she|his\\s+or\\s+her|him\\s+or\\s+her|himself\\s*/\\s*herself)\\b");
    private static final Pattern MALE_PRONOUN = Pattern.compile("(?i)\\b(?:he|his|him|himself)\\b");
    private static final Pattern FEMALE_PRONOUN = Pattern.compile("(?i)\\b(?:she|her|hers|herself)\\b");

    public static Integer age(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = Scan.first(AGE, Scan.Text.of(text), 16, 30, "old", "y/o", "yo", "y.o.", "age");
        if (m == null) {
            return null;
        }
        m.region(m.start(), text.length());
        while (m.find()) {
            String g = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            int a = Integer.parseInt(g);
            if (a >= 14 && a <= 99) {
                return a;
            }
        }
        return null;
    }

    /** "male" / "female" when the text says so of the patient, else null. */
    public static String gender(String text, boolean allowPronouns) {
        if (text == null) {
            return null;
        }
        Matcher m = Scan.first(GENDER_STRONG, Scan.Text.of(text), 120, 140, "male", "man", "woman", "gentleman", "lady", "gender", "sex");
        if (m != null) {
            for (int i = 1; i <= m.groupCount(); i++) {
                if (m.group(i) != null) {
                    String g = m.group(i).toLowerCase(Locale.ROOT);
                    return switch (g) {
                        case "male", "man", "gentleman", "m" -> "male";
                        default -> "female";
                    };
                }
            }
        }
        if (!allowPronouns) {
            return null;
        }
        Matcher h = HONORIFIC.matcher(text);
        if (h.find()) {
            return h.group(1).equals("Mr") ? "male" : "female";
        }
        String t = PRONOUN_AMBIGUOUS.matcher(text).replaceAll(" ");
        int male = count(MALE_PRONOUN, t);
        int female = count(FEMALE_PRONOUN, t);
        if (male >= 2 && female == 0) {
            return "male";
        }
        if (female >= 2 && male == 0) {
            return "female";
        }
        return null;
    }

    private static int count(Pattern p, String t) {
        Matcher m = p.matcher(t);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    // ---------------------------------------------------------------- diagnoses

    /** (?=\\.) first: the abbreviation look-behind is then only tried at full stops, not at every character a lazy list grows by. */
    private static final String SENTENCE_END = "(?:(?=\\.)(?<!\\b(?:s/p|S/P|Dr|vs|St|No|approx|etc|e\\.g|i\\.e|Jr|Sr|Mr|Ms|Mrs|[A-Z]))\\.(?=\\s+[A-Z(\"]|\\s*$)|\\n\\s*\\n|$)";
    private static final Pattern DIAGNOSES_1 = Pattern.compile(
            "(?i)\\b(?:(?:current|working|final|discharge|admitting|pertinent|relevant|the)\\s+)?(?:diagnoses|diagnosis|dx)\\s*(?:included|include|includes|are|were|was|is|listed\\s+(?:as|include|are)|consist(?:ed|s)?\\s+of|noted\\s+(?:as|were|are|include)|\\(?es\\)?)?\\s*(?::|-\\s)?\\s*(?=\\S)"
                    + "(.{3,600}?)" + SENTENCE_END);
    private static final Pattern DIAGNOSES_2 = Pattern.compile(
            "(?i)\\b(?:diagnosed\\s+with|diagnosis\\s+of)\\s+(.{3,400}?)" + SENTENCE_END);
    /** "Diagnoses:" followed by one diagnosis per numbered or bulleted line. */
    private static final Pattern DIAGNOSES_LINES = Pattern.compile(
            "(?im)\\bdiagnos(?:es|is)\\b[^\\n:]{0,40}:[ \\t]*\\n\\s*((?:[ \\t]*(?:\\(?\\d{1,2}[.)]|[-*\\u2022])[ \\t]+[^\\n]+\\n?\\s*)+)");
    private static final Pattern NUMBERED = Pattern.compile("(?:^|\\s)\\(?\\d{1,2}[.)]\\s+");

    // regexes of per-item and per-line steps, compiled once (String.replaceAll / matches / split compile on every call)
    private static final Pattern LIST_MARK = Pattern.compile("^\\(?\\d{1,2}[.)]\\s*|^[-*\\u2022]\\s*");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s.,;:]+$");
    private static final Pattern LEADING_AND = Pattern.compile("^(?i)(?:and|&)\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*");
    private static final Pattern LEAD_LISTS = Pattern.compile("(?s).*(?:included|include|includes|are|were|listed|consist|noted|:|-).*");
    private static final Pattern LEAD_COPULA = Pattern.compile("(?s).*\\b(?:is|was)\\s*$");

    /** The matcher searching from {@code start} on, seeing the text before it for its look-behinds and word boundaries. */
    private static Matcher from(Matcher m, int start) {
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        m.region(start, m.regionEnd());
        return m;
    }

    /**
     * Where a DIAGNOSES_1 match can start at the earliest, given the first "diagnos"/"dx" at {@code keyword}: a match is
     * an optional lead word ("current", "working", ... at most 9 letters, none containing "dx" or "diagnos") and
     * whitespace, then the keyword; so it starts at most 9 letters and one whitespace run before the first keyword.
     */
    private static int diagnosesFrom(String text, int keyword) {
        int i = keyword;
        while (i > 0 && Ascii.isRegexSpace(text.charAt(i - 1))) {
            i--;
        }
        return Math.max(0, i - 9);
    }

    /** Diagnoses told in a sentence, as the 2016-17 summaries write them ("was being treated for the diagnoses of X, Y and Z."). */
    private static final Pattern DIAGNOSES_SENTENCE = Pattern.compile(
            "(?i)\\b(?:treated\\s+for\\s+(?:the\\s+)?diagnos(?:is|es)\\s+of"
                    + "|(?:current\\s+|working\\s+)?diagnos(?:is|es)\\s+(?:is|are|was|were)\\s+(?:documented\\s+(?:as|is)|documented|noted\\s+as)?"
                    + "|diagnosed\\s+(?:as\\s+having|with)|(?:has|had|given)\\s+(?:had\\s+)?(?:a\\s+|the\\s+)?diagnos(?:is|es)\\s+(?:of|that\\s+include)"
                    + "|diagnos(?:is|es),?\\s+(?:and-or\\s+impressions,?\\s+)?were\\s+noted\\s+to\\s+include\\s*:?"
                    + "|diagnos(?:is|es)\\s+(?:include[sd]?|of)|reveal\\s+the\\s+diagnos(?:is|es)\\s+of)\\s+(?:for\\s+)?(?:a\\s+|an\\s+)?"
                    + "([^.;]{3,400}?(?:;[^.]{2,200}?)*)" + SENTENCE_END);
    private static final Pattern LIST_COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern LAST_AND = Pattern.compile("\\s+and\\s+");

    /** The diagnoses a sentence of the text names, or none; for summaries that no list-shaped pattern reads. */
    public static List<String> diagnosesInSentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || Ascii.indexOfIgnoreCase(text, "diagnos", 0) < 0) {
            return out;
        }
        String flat = text.indexOf('\n') < 0 ? text : LINE_BREAK.matcher(text).replaceAll(" ");
        Matcher m = DIAGNOSES_SENTENCE.matcher(flat);
        if (!m.find()) {
            return out;
        }
        String list = m.group(1).strip();
        List<String> parts = new ArrayList<>();
        if (list.contains(";")) {
            parts.addAll(List.of(list.split(";")));
        } else {
            String[] commas = LIST_COMMA.split(list);
            for (int i = 0; i < commas.length; i++) {
                // "X, Y and Z": the last "and" joins two; without commas "sprain of joints and ligaments" is one
                if (i == commas.length - 1 && commas.length > 1 && !commas[i].regionMatches(true, 0, "and ", 0, 4)) {
                    parts.addAll(List.of(LAST_AND.split(commas[i], 2)));
                } else {
                    parts.add(commas[i]);
                }
            }
        }
        for (String p : parts) {
            String d = TRAILING_PUNCT.matcher(LEADING_AND.matcher(p.strip()).replaceAll("")).replaceAll("").strip();
            if (!d.isEmpty() && d.length() <= 160) {
                out.add(d);
            }
        }
        return out;
    }

    public static List<String> diagnoses(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        // Every diagnosis pattern needs "diagnos" (or "dx"), and the text before its first occurrence cannot start a
        // match (see diagnosesFrom): the patterns are searched from there, not from the top of a long summary.
        int firstDiagnos = Ascii.indexOfIgnoreCase(text, "diagnos", 0);
        Matcher listed = DIAGNOSES_LINES.matcher(text);
        if (firstDiagnos >= 0 && from(listed, firstDiagnos).find()) {
            for (String line : listed.group(1).split("\\n")) {
                String s = TRAILING_PUNCT.matcher(LIST_MARK.matcher(line.strip()).replaceFirst("")).replaceAll("").strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        String flat = text.indexOf('\n') < 0 ? text : LINE_BREAK.matcher(text).replaceAll(" ");
        int keyword = Ascii.firstIndexOfAnyIgnoreCase(flat, "diagnos", "dx");
        if (keyword < 0) {
            return out;
        }
        Matcher m = from(DIAGNOSES_1.matcher(flat), diagnosesFrom(flat, keyword));
        String list = null;
        while (m.find()) {
            String cand = m.group(1).strip();
            // "Diagnosis:" must be followed by a list, not by prose about a diagnosis
            String lead = flat.substring(m.start(), m.start(1)).toLowerCase(Locale.ROOT);
            if (!LEAD_LISTS.matcher(lead).matches() && !LEAD_COPULA.matcher(lead).matches()) {
                continue;
            }
            if (cand.isEmpty()) {
                continue;
            }
            list = cand;
            break;
        }
        if (list == null) {
            Matcher m2 = DIAGNOSES_2.matcher(flat);
            int diagnos = Ascii.indexOfIgnoreCase(flat, "diagnos", 0);
            if (diagnos >= 0 && from(m2, diagnos).find()) {
                list = m2.group(1).strip();
            }
        }
        if (list == null) {
            return out;
        }
        String[] parts;
        if (list.contains(";")) {
            parts = list.split(";");
        } else if (NUMBERED.matcher(list).find()) {
            parts = NUMBERED.split(list);
        } else {
            parts = new String[] {list};
        }
        for (String p : parts) {
            String s = TRAILING_PUNCT.matcher(LEADING_AND.matcher(p.strip()).replaceAll("")).replaceAll("").strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- dates in prose

    /** A pattern and the lower-case words it cannot match without (see {@link Scan}). */
    private record Hinted(Pattern pattern, int back, int forward, String... hints) {
    }

    private static Hinted h(String regex, int back, String... hints) {
        return new Hinted(Pattern.compile(regex), back, 80, hints);
    }

    private static final Hinted[] INJURY = {
            h("(?i)\\b(?:sustained|suffered|incurred|reported|had|sustaining|with)\\s+(?:an?\\s+)?(?:[\\w/-]+\\s+){0,3}?injur(?:y|ies)\\s+(?:on|dated|of)\\s+" + D, 120, "injur"),
            h("(?i)\\bdate\\s+of\\s+(?:the\\s+)?(?:industrial\\s+)?injury\\s*(?:of|was|is|:|on|=)?\\s*" + D, 10, "date of"),
            h("(?i)\\binjur(?:ed|y)\\s+(?:on|of|dated)\\s+" + D, 10, "injur"),
            h("(?:\\bDOI|\\bD\\.O\\.I\\.)\\s*(?:of|:|-)?\\s*" + D, 5, "doi", "d.o.i"),
            h("(?i)\\b(?:cumulative\\s+trauma|CT)\\s+(?:injury\\s+)?(?:from|through|ending)\\s+(?:" + Dates.DATE_REGEX + "\\s+(?:to|through|-)\\s+)?" + D, 40, "cumulative", "ct "),
    };
    private static final Hinted[] UR_DENIAL = {
            h("(?i)\\butilization\\s+review\\s+(?:denial|determination|decision|non-?certification|modification)\\s+(?:letter\\s+|notice\\s+)?(?:dated|of|on|issued\\s+on)\\s+" + D, 10, "utilization review"),
            h("(?i)\\bUR\\s+(?:denial|determination|decision|non-?certification|modification)\\s+(?:letter\\s+|notice\\s+)?(?:dated|of|on|issued\\s+on)\\s+" + D, 5, "ur "),
            h("(?i)\\b(?:non-?certified|denied|not\\s+certified|noncertified|modified|adversely\\s+determined)\\s+(?:by\\s+(?:the\\s+)?(?:utilization\\s+review|UR|claims\\s+administrator)\\s+)?(?:on|dated|as\\s+of|in\\s+a\\s+(?:utilization\\s+review|UR)\\s+(?:decision|determination|report|letter)\\s+dated)\\s+" + D, 10, "certif", "denied", "modified", "adversely"),
            h("(?i)\\b(?:utilization\\s+review|UR)\\s+(?:report\\s+|letter\\s+|notice\\s+)?(?:dated|of|on)\\s+" + D, 10, "utilization review", "ur "),
            h("(?i)\\b(?:denial|non-?certification)\\s+(?:letter\\s+|notice\\s+)?(?:dated|of|on|issued\\s+on)\\s+" + D, 10, "denial", "certification"),
    };
    private static final Hinted[] RECEIVED = {
            h("(?i)\\bfiled\\s+on\\s+" + D + "\\s+disputing", 5, "filed"),
            h("(?i)\\b(?:application|IMR\\s+application|request\\s+for\\s+(?:IMR|independent\\s+medical\\s+review))[^.\\n]{0,80}?(?:was\\s+|were\\s+)?(?:filed|received|submitted)\\s+(?:by\\s+[^.\\n]{0,40}?\\s+)?on\\s+" + D, 10, "application", "request for"),
            h("(?i)\\b(?:application|IMR\\s+application)\\s+(?:was\\s+)?(?:filed|received|dated)\\s+" + D, 10, "application"),
    };
    private static final Hinted[] ASSIGNED = {
            h("(?i)\\bNotice\\s+of\\s+Assignment\\b[^.\\n]{0,160}?\\bon\\s+" + D, 5, "notice of assignment"),
            h("(?i)\\bassigned\\s+to\\s+(?:MAXIMUS|the\\s+(?:IMR|independent)|an?\\s+(?:expert|IMR))[^.\\n]{0,80}?\\bon\\s+" + D, 120, "assigned"),
            h("(?i)\\b(?:was\\s+)?assigned\\s+(?:for\\s+review\\s+)?on\\s+" + D, 10, "assigned"),
    };

    public static LocalDate injury(String text, Dates dates) {
        return firstOf(INJURY, text, dates);
    }

    public static LocalDate urDenial(String text, Dates dates) {
        return firstOf(UR_DENIAL, text, dates);
    }

    public static LocalDate received(String text, Dates dates) {
        return firstOf(RECEIVED, text, dates);
    }

    public static LocalDate assigned(String text, Dates dates) {
        return firstOf(ASSIGNED, text, dates);
    }

    private static LocalDate firstOf(Hinted[] patterns, String text, Dates dates) {
        if (text == null) {
            return null;
        }
        Scan.Text t = Scan.Text.of(text);
        for (Hinted h : patterns) {
            Matcher m = Scan.first(h.pattern(), t, h.back(), h.back() + h.forward() + 200, h.hints());
            while (m != null) {
                LocalDate d = dates.parse(m.group(m.groupCount()));
                if (d != null) {
                    return d;
                }
                int next = m.end();
                m.region(next, text.length());
                m = m.find() ? m : null;
            }
        }
        return null;
    }

    /** A line at the top of the letter that is only a date ("November 12, 2013", "Date: 11/12/2013"). */
    private static final Pattern DATE_LINE = Pattern.compile("(?im)^(?:date\\s*:\\s*)?" + D + "\\s*$");

    public static LocalDate topDateLine(String header, Dates dates) {
        if (header == null) {
            return null;
        }
        Matcher m = DATE_LINE.matcher(header);
        if (m.find()) {
            return dates.parse(m.group(1));
        }
        return null;
    }

    // ---------------------------------------------------------------- licensure

    private static final String[] STATES = {
            "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "District of Columbia",
            "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
            "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
            "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
            "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
            "Washington", "West Virginia", "Wisconsin", "Wyoming"};
    private static final String[] CODES = {
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
            "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
            "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"};
    private static final Map<String, String> BY_NAME_OR_CODE = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private static final Pattern STATE_NAME;
    private static final Pattern STATE_NAME_OR_CODE;

    static {
        StringBuilder names = new StringBuilder();
        List<String> sorted = new ArrayList<>(List.of(STATES));
        sorted.sort((a, b) -> b.length() - a.length());
        for (String s : sorted) {
            if (names.length() > 0) {
                names.append('|');
            }
            names.append(Pattern.quote(s).replace(" ", "\\E\\s+\\Q"));
        }
        for (int i = 0; i < STATES.length; i++) {
            BY_NAME_OR_CODE.put(STATES[i], STATES[i]);
            BY_NAME_OR_CODE.put(CODES[i], STATES[i]);
        }
        STATE_NAME = Pattern.compile("(?i)\\b(?:the\\s+)?(?:state\\s+of\\s+)?(" + names + ")\\b");
        STATE_NAME_OR_CODE = Pattern.compile("\\b(?:(?i:" + names + ")|" + String.join("|", CODES) + ")\\b");
    }

    private static final Pattern LICENSED = Pattern.compile(
            "(?i)\\blicen[cs]ed\\s+(?:to\\s+practice\\s+)?(?:\\w+\\s+){0,2}?in\\s+(?:the\\s+)?(?:states?\\s+of\\s+)?");
    private static final Pattern STATE_SEPARATOR = Pattern.compile("(?i)^\\s*(?:,\\s*(?:and\\s+|&\\s+)?|\\s+and\\s+|\\s*&\\s*|\\s*/\\s*|\\s*;\\s*)(?:the\\s+)?(?:state\\s+of\\s+)?");

    /** States after "licensed (to practice) in": "licensed to practice in California and Nevada" is [California, Nevada]. */
    public static List<String> licensure(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return new ArrayList<>(out);
        }
        String flat = WHITESPACE.matcher(text).replaceAll(" ");
        Matcher m = LICENSED.matcher(flat);
        while (m.find()) {
            int pos = m.end();
            while (true) {
                Matcher s = STATE_NAME.matcher(flat);
                s.region(pos, flat.length());
                if (!s.lookingAt()) {
                    break;
                }
                out.add(canonicalState(s.group(1)));
                pos = s.end();
                Matcher sep = STATE_SEPARATOR.matcher(flat);
                sep.region(pos, flat.length());
                if (!sep.lookingAt()) {
                    break;
                }
                pos = sep.end();
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return new ArrayList<>(out);
    }

    /** All states named (or given as postal codes) in a header value such as "State(s) of Licensure: CA, NV". */
    public static List<String> statesIn(String value) {
        Set<String> out = new LinkedHashSet<>();
        if (value == null) {
            return new ArrayList<>(out);
        }
        Matcher m = STATE_NAME_OR_CODE.matcher(value);
        while (m.find()) {
            out.add(canonicalState(m.group()));
        }
        return new ArrayList<>(out);
    }

    private static String canonicalState(String s) {
        String k = WHITESPACE.matcher(s).replaceAll(" ").strip();
        String v = BY_NAME_OR_CODE.get(k);
        return v == null ? k : v;
    }
}
