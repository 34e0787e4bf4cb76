package org.imrarchive.parse.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates letters write ("4/22/07", "04/22/2007", "April 22, 2007", "2007-04-22") as ISO dates.
 * Two-digit years resolve to the most recent year not after "today" (07 -> 2007, 98 -> 1998).
 * Immutable and thread-safe.
 */
public final class Dates {

    private static final String MONTHS = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    /** One date in any of the supported shapes; group names tell which. */
    public static final String DATE_REGEX = "(?:(?<![\\d/])\\d{1,2}\\s?[/.-]\\s?\\d{1,2}\\s?[/.-]\\s?(?:\\d{4}|\\d{2})(?![\\d/])"
            + "|(?<!\\d)(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}(?!\\d)"
            + "|(?i:" + MONTHS + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}"
            + "|\\d{1,2}\\s+(?i:" + MONTHS + ")\\.?,?\\s+(?:19|20)\\d{2})";

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s?[/.-]\\s?(\\d{1,2})\\s?[/.-]\\s?(\\d{4}|\\d{2})");
    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern MONTH_FIRST = Pattern.compile("(?i)(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(?i)(\\d{1,2})\\s+(" + MONTHS + ")\\.?,?\\s+((?:19|20)\\d{2})");
    private static final Pattern ANY_DATE = Pattern.compile(DATE_REGEX);

    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private final LocalDate today;

    public Dates(LocalDate today) {
        this.today = today;
    }

    public LocalDate today() {
        return today;
    }

    /** The first date in the text, or null. */
    public LocalDate first(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ANY_DATE.matcher(text);
        while (m.find()) {
            LocalDate d = parse(m.group());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** One date string as written, or null when it is not a valid date. */
    public LocalDate parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = NUMERIC.matcher(t);
            if (m.matches()) {
                int month = Integer.parseInt(m.group(1));
                int day = Integer.parseInt(m.group(2));
                int year = year(m.group(3));
                return LocalDate.of(year, month, day);
            }
            m = MONTH_FIRST.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = DAY_FIRST.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private int year(String y) {
        int v = Integer.parseInt(y);
        if (y.length() == 4) {
            return v;
        }
        return resolveTwoDigitYear(v);
    }

    /** 07 -> 2007, 98 -> 1998: the most recent year ending in these digits that is not after today. */
    public int resolveTwoDigitYear(int yy) {
        int current = today.getYear();
        int century = current - Math.floorMod(current, 100);
        int candidate = century + yy;
        if (candidate > current) {
            candidate -= 100;
        }
        return candidate;
    }

    private static int month(String name) {
        Integer m = MONTH_NUMBERS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
        if (m == null) {
            throw new DateTimeException("month " + name);
        }
        return m;
    }
}
