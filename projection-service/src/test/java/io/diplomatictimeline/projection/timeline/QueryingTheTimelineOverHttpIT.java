package io.diplomatictimeline.projection.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.RunningProjectionService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What a reader sees when asking the timeline something it cannot answer, or nothing is there yet. */
class QueryingTheTimelineOverHttpIT extends RunningProjectionService {

    @Test
    void aTrackWithNothingOnItAnswersNoEntriesAndNoNextPage() {
        ResponseEntity<JsonNode> response = get("/api/timeline?track=" + freshTrack());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("entries")).isEmpty();
        assertThat(response.getBody().get("nextCursor").isNull()).isTrue();
    }

    @Test
    void anUnknownEntryIsA404Problem() {
        ResponseEntity<JsonNode> response = get("/api/timeline/" + UUID.randomUUID());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void anIdThatIsNotAUuidNamesNoEntryEither() {
        assertThat(get("/api/timeline/round-two").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "501", "fifty"})
    void aLimitOutsideOneTo500IsA400ProblemNamingLimitAndTheMaximum(String limit) {
        ResponseEntity<JsonNode> response = get("/api/timeline?limit=" + limit);

        assertBadParameter(response, "limit", "500");
    }

    @Test
    void aCursorThisApiDidNotGiveIsA400ProblemNamingCursor() {
        assertBadParameter(get("/api/timeline?cursor=page-2"), "cursor", "nextCursor");
    }

    @ParameterizedTest
    @CsvSource({
            "from, 2025-13, no month 13",
            "from, last-week, YYYY-MM-DD",
            "to, 2025-02-30, not a calendar date",
            "to, 2025-04~, YYYY-MM-DD"})
    void aDateThatIsNotADayMonthOrYearIsA400ProblemNamingTheParameterAndTheRule(
            String parameter, String value, String rule) {
        assertBadParameter(get("/api/timeline?" + parameter + "=" + value), parameter, rule);
    }

    @Test
    void fromAfterToIsA400ProblemNamingFrom() {
        assertBadParameter(get("/api/timeline?from=2025-05&to=2025-04"), "from", "after");
    }

    private static void assertBadParameter(ResponseEntity<JsonNode> response, String field, String messagePart) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode errors = response.getBody().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
        assertThat(errors.get(0).get("message").asText()).contains(messagePart);
    }
}
