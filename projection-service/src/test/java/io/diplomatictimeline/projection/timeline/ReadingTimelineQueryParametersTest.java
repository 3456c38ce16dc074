package io.diplomatictimeline.projection.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.diplomatictimeline.projection.web.InvalidParametersException;
import io.diplomatictimeline.projection.web.ParameterError;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadingTimelineQueryParametersTest {

    @Test
    void withoutParametersTheQueryIsTheFirstPageOfFiftyOfEveryTrack() {
        assertThat(request().toQuery()).isEqualTo(TimelineQuery.everything());
    }

    @Test
    void fromMeansTheFirstDayOfItsPeriodAndToTheLastDayOfIts() {
        TimelineQuery year = request("from", "2016", "to", "2018").toQuery();
        TimelineQuery month = request("from", "2024-02", "to", "2024-02").toQuery();
        TimelineQuery day = request("from", "2025-04-10", "to", "2025-04-10").toQuery();

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

        TimelineQuery query = new TimelineRequest("ru-us-embassy-talks", List.of("round-held"), null, null, null,
                null, null, null, "20", cursor.token(), null, null, null).toQuery();

        assertThat(query.after()).isEqualTo(cursor);
        assertThat(query.limit()).isEqualTo(20);
        assertThat(query.types()).containsExactly("round-held");
    }

    @Test
    void theNewFiltersAreTakenAsGivenExceptThatACountryCodeIsUppercase() {
        TimelineQuery query = request("actor", " Alexander Darchiev ", "country", "ru", "topic", "visas",
                "q", "toxic legacy").toQuery();

        assertThat(query.actor()).isEqualTo("Alexander Darchiev");
        assertThat(query.country()).isEqualTo("RU");
        assertThat(query.topic()).isEqualTo("visas");
        assertThat(query.text()).isEqualTo("toxic legacy");
    }

    @Test
    void everyParameterAtFaultIsNamedAtOnce() {
        TimelineRequest request = request("track", "RU US", "from", "2025-13", "to", "last week", "actor", " ",
                "country", "RUS", "topic", "Diplomatic Property", "q", "x".repeat(201), "limit", "501",
                "cursor", "page-2", "asOf", "2025-04-10", "includeRetracted", "yes", "corroboration", "confirmed");

        assertThatThrownBy(request::toQuery)
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(errors(e))
                        .extracting(ParameterError::field)
                        .containsExactly("track", "from", "to", "actor", "country", "topic", "q", "limit", "cursor",
                                "asOf", "includeRetracted", "corroboration"));
    }

    @Test
    void aCursorTheApiDidNotGiveOutIsRefusedEvenWhenItReadsAsOne() {
        TimelineCursor cursor = new TimelineCursor(LocalDate.of(2025, 4, 10),
                Instant.parse("2025-04-10T12:00:00.123456Z"), UUID.fromString("00000000-0000-0001-0000-000000000001"));
        String token = cursor.token();
        String edited = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);
        String handMade = base64("2025-04-10|2025-04-10T12:00:00.123456Z|" + cursor.id());
        String lenient = base64("2025-04-10|2025-04-10T12:00:00.123456Z|0-1-0-1-1|"
                + new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).replaceAll(".*\\|", ""));

        for (String notIssued : List.of(edited, handMade, lenient, token.substring(0, token.length() - 2), "", "abc")) {
            assertThatThrownBy(() -> request("cursor", notIssued).toQuery())
                    .as(notIssued)
                    .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(errors(e))
                            .containsExactly(new ParameterError("cursor", "is not a nextCursor given by this API")));
        }
        assertThat(request("cursor", token).toQuery().after()).isEqualTo(cursor);
    }

    @Test
    void corroborationIsOneOfItsThreeLevels() {
        assertThat(request("corroboration", "contested").toQuery().corroboration()).isEqualTo("contested");
        assertThat(request().toQuery().corroboration()).isNull();
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void asOfIsAnInstantWithItsOffsetAndIncludeRetractedIsTrueOrFalse() {
        TimelineQuery query = request("asOf", "2025-04-10T15:00:00+03:00", "includeRetracted", "true").toQuery();
        TimelineQuery now = request().toQuery();

        assertThat(query.asOf().instant()).isEqualTo(Instant.parse("2025-04-10T12:00:00Z"));
        assertThat(query.includeRetracted()).isTrue();
        assertThat(now.asOf().instant()).isNull();
        assertThat(now.includeRetracted()).isFalse();
    }

    @Test
    void fromAfterToIsAnError() {
        TimelineRequest request = request("from", "2025-05", "to", "2025-04");

        assertThatThrownBy(request::toQuery)
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(errors(e))
                        .containsExactly(new ParameterError("from", "must not be after to (2025-05 is after 2025-04)")));
    }

    /** A request with the parameters given as name, value, name, value... and no others. */
    private static TimelineRequest request(String... parameters) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            given.put(parameters[i], parameters[i + 1]);
        }
        return new TimelineRequest(given.get("track"), null, given.get("from"), given.get("to"), given.get("actor"),
                given.get("country"), given.get("topic"), given.get("q"), given.get("limit"), given.get("cursor"),
                given.get("asOf"), given.get("includeRetracted"), given.get("corroboration"));
    }

    @SuppressWarnings("unchecked")
    private static List<ParameterError> errors(InvalidParametersException exception) {
        return (List<ParameterError>) exception.getBody().getProperties().get("errors");
    }
}
