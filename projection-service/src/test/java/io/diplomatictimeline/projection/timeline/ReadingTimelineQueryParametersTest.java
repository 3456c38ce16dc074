package io.diplomatictimeline.projection.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.diplomatictimeline.projection.web.InvalidParametersException;
import io.diplomatictimeline.projection.web.ParameterError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadingTimelineQueryParametersTest {

    @Test
    void withoutParametersTheQueryIsTheFirstPageOfFiftyOfEveryTrack() {
        assertThat(new TimelineRequest(null, null, null, null, null, null).toQuery())
                .isEqualTo(TimelineQuery.everything());
    }

    @Test
    void fromMeansTheFirstDayOfItsPeriodAndToTheLastDayOfIts() {
        TimelineQuery year = new TimelineRequest(null, null, "2016", "2018", null, null).toQuery();
        TimelineQuery month = new TimelineRequest(null, null, "2024-02", "2024-02", null, null).toQuery();
        TimelineQuery day = new TimelineRequest(null, null, "2025-04-10", "2025-04-10", null, null).toQuery();

        assertThat(year.from()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(month.from()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(month.to()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(day.from()).isEqualTo(day.to()).isEqualTo(LocalDate.of(2025, 4, 10));
    }

    @Test
    void aCursorOfTheApiLeadsToThePageAfterIt() {
        TimelineCursor cursor = new TimelineCursor(LocalDate.of(2025, 4, 10),
                Instant.parse("2025-04-10T12:00:00.123456Z"), UUID.randomUUID());

        TimelineQuery query = new TimelineRequest("ru-us-embassy-talks", List.of("round-held"), null, null, "20",
                cursor.token()).toQuery();

        assertThat(query.after()).isEqualTo(cursor);
        assertThat(query.limit()).isEqualTo(20);
        assertThat(query.types()).containsExactly("round-held");
    }

    @Test
    void everyParameterAtFaultIsNamedAtOnce() {
        TimelineRequest request = new TimelineRequest("RU US", null, "2025-13", "last week", "501", "page-2");

        assertThatThrownBy(request::toQuery)
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(errors(e))
                        .extracting(ParameterError::field)
                        .containsExactly("track", "from", "to", "limit", "cursor"));
    }

    @Test
    void fromAfterToIsAnError() {
        TimelineRequest request = new TimelineRequest(null, null, "2025-05", "2025-04", null, null);

        assertThatThrownBy(request::toQuery)
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(errors(e))
                        .containsExactly(new ParameterError("from", "must not be after to (2025-05 is after 2025-04)")));
    }

    @SuppressWarnings("unchecked")
    private static List<ParameterError> errors(InvalidParametersException exception) {
        return (List<ParameterError>) exception.getBody().getProperties().get("errors");
    }
}
