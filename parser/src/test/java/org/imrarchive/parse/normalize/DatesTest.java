package org.imrarchive.parse.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DatesTest {

    private final Dates dates = new Dates(LocalDate.of(2015, 6, 1));

    @Test
    void twoDigitYearsResolveToTheMostRecentPastYear() {
        assertThat(dates.parse("4/22/07")).isEqualTo(LocalDate.of(2007, 4, 22));
        assertThat(dates.parse("1/2/98")).isEqualTo(LocalDate.of(1998, 1, 2));
        assertThat(dates.parse("3/24/14")).isEqualTo(LocalDate.of(2014, 3, 24));
        assertThat(dates.parse("3/24/15")).isEqualTo(LocalDate.of(2015, 3, 24));
        // 16 is after "today" (2015), so it is 1916
        assertThat(dates.parse("3/24/16")).isEqualTo(LocalDate.of(1916, 3, 24));
    }

    @Test
    void theInjectedTodayDecidesTheCentury() {
        Dates early = new Dates(LocalDate.of(2005, 1, 1));
        assertThat(early.parse("4/22/07")).isEqualTo(LocalDate.of(1907, 4, 22));
        assertThat(early.resolveTwoDigitYear(5)).isEqualTo(2005);
        assertThat(new Dates(LocalDate.of(2026, 1, 1)).resolveTwoDigitYear(99)).isEqualTo(1999);
        assertThat(new Dates(LocalDate.of(2026, 1, 1)).resolveTwoDigitYear(26)).isEqualTo(2026);
    }

    @Test
    void writtenShapes() {
        LocalDate d = LocalDate.of(2013, 11, 4);
        assertThat(dates.parse("11/04/2013")).isEqualTo(d);
        assertThat(dates.parse("11-4-2013")).isEqualTo(d);
        assertThat(dates.parse("November 4, 2013")).isEqualTo(d);
        assertThat(dates.parse("Nov. 4, 2013")).isEqualTo(d);
        assertThat(dates.parse("4 November 2013")).isEqualTo(d);
        assertThat(dates.parse("2013-11-04")).isEqualTo(d);
    }

    @Test
    void invalidDatesAreNullNotGuesses() {
        assertThat(dates.parse("13/45/2013")).isNull();
        assertThat(dates.parse("2/30/2014")).isNull();
        assertThat(dates.parse("not a date")).isNull();
        assertThat(dates.parse(null)).isNull();
        assertThat(dates.first("Pain rated 3/10 with medications, 10/325mg")).isNull();
    }

    @Test
    void firstDateInText() {
        assertThat(dates.first("filed on 10/2/2013 disputing the denial dated 9/24/2013")).isEqualTo(LocalDate.of(2013, 10, 2));
    }
}
