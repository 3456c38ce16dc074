package io.diplomatictimeline.edtf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EdtfDateTest {

    @ParameterizedTest(name = "{0} covers {1} to {2}")
    @CsvSource({
            "2025-04-10,  2025-04-10, 2025-04-10",
            "2025-02,     2025-02-01, 2025-02-28",
            "2024-02,     2024-02-01, 2024-02-29",
            "2016,        2016-01-01, 2016-12-31",
            "2025-02-27~, 2025-02-27, 2025-02-27",
            "2025?,       2025-01-01, 2025-12-31",
            "2016/2018,   2016-01-01, 2018-12-31",
            "2015~/2025-04, 2015-01-01, 2025-04-30",
            "2016/2016-03, 2016-01-01, 2016-03-31",
            "0987-03-05?, 0987-03-05, 0987-03-05",
            "0050~/0700-11, 0050-01-01, 0700-11-30",
    })
    void aDateCoversThePeriodOfItsPrecision(String text, LocalDate earliest, LocalDate latest) {
        EdtfDate date = EdtfDate.parse(text);

        assertThat(date.earliest()).isEqualTo(earliest);
        assertThat(date.latest()).isEqualTo(latest);
        assertThat(date).hasToString(text);
        assertThat(EdtfDate.parse(date.toString())).isEqualTo(date);
    }

    @ParameterizedTest(name = "''{0}'' is rejected")
    @ValueSource(strings = {"", " ", "2025-02-30", "2025-13", "2025-00", "2018/2016", "20250410", "25-04-10",
            "2025-4-10", "2025-04-10T10:00", "2016/2017/2018", "/2018", "2016/", "2025~~", "abcd", "2025-02-29"})
    void textThatIsNotADateOfTheSubsetIsRejected(String text) {
        assertThatThrownBy(() -> EdtfDate.parse(text)).isInstanceOf(InvalidEdtfDateException.class);
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "2025-04-10    | 10 April 2025",
            "2025-02?      | February 2025?",
            "2025-02-27~   | about 27 February 2025",
            "2016          | 2016",
            "2015~/2025~   | about 2015 – about 2025",
            "2016/2018-03? | 2016 – March 2018?",
    })
    void aDateReadsAsPeopleWriteIt(String text, String readable) {
        assertThat(EdtfDate.parse(text).readable()).isEqualTo(readable);
    }

    @Test
    void onlyASingleUnqualifiedDateIsExact() {
        assertThat(EdtfDate.parse("2025-04").isExact()).isTrue();
        assertThat(EdtfDate.parse("2025-04~").isExact()).isFalse();
        assertThat(EdtfDate.parse("2025?").isExact()).isFalse();
        assertThat(EdtfDate.parse("2016/2018").isExact()).isFalse();
    }

    @Test
    void aReversedIntervalSaysWhichEndIsWrong() {
        assertThatThrownBy(() -> EdtfDate.parse("2018/2016"))
                .hasMessageContaining("starts (2018) after it ends (2016)");
    }

    @Test
    void anImpossibleDayIsNamedAsNotACalendarDate() {
        assertThatThrownBy(() -> EdtfDate.parse("2025-02-30")).hasMessageContaining("not a calendar date");
    }

    @Test
    void oneDateIsCertainlyBeforeAnotherOnlyWhenTheirPeriodsCannotMeet() {
        assertThat(EdtfDate.parse("2025-02-27").isCertainlyBefore(EdtfDate.parse("2025-04-10"))).isTrue();
        assertThat(EdtfDate.parse("2025-04").isCertainlyBefore(EdtfDate.parse("2025-04-10"))).isFalse();
        assertThat(EdtfDate.parse("2025-04-10").isCertainlyBefore(EdtfDate.parse("2025-02"))).isFalse();
    }

    @Test
    void aPeriodOverlapsAWindowWhenTheyShareADay() {
        EdtfDate seizures = EdtfDate.parse("2016/2018");

        assertThat(seizures.overlaps(LocalDate.of(2018, 12, 31), LocalDate.of(2019, 6, 1))).isTrue();
        assertThat(seizures.overlaps(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 1))).isFalse();
        assertThat(seizures.overlaps(LocalDate.of(2010, 1, 1), LocalDate.of(2015, 12, 31))).isFalse();
    }
}
