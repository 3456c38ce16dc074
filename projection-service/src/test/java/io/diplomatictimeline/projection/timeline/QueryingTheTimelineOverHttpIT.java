package io.diplomatictimeline.projection.timeline;

import static io.diplomatictimeline.projection.ContractSamples.AGENDA_SET;
import static io.diplomatictimeline.projection.ContractSamples.PROPERTY_SEIZURE_RAISED;
import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static io.diplomatictimeline.projection.ContractSamples.STATEMENT_ISSUED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.projection.RunningProjectionService;
import io.diplomatictimeline.projection.SampleFact;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What a reader sees when filtering the timeline, asking it something it cannot answer, or nothing is there yet. */
class QueryingTheTimelineOverHttpIT extends RunningProjectionService {

    @Test
    void theTimelineIsFilteredByActorCountryTopicAndTextTogetherWithTrackAndType() {
        String track = freshTrack();
        ObjectNode round = SampleFact.of(ROUND_HELD).on(track).document();
        ObjectNode seizure = SampleFact.of(PROPERTY_SEIZURE_RAISED).on(track).occurredOn("2025-02-27").document();
        ObjectNode statement = SampleFact.of(STATEMENT_ISSUED).on(track).occurredOn("2025-04-11")
                .with(fact -> fact.putArray("actors")).document();
        ObjectNode agenda = SampleFact.of(AGENDA_SET).on(track).occurredOn("2025-04-09").document();
        List.of(round, seizure, statement, agenda).forEach(this::publish);
        awaitOnTimeline(agenda);
        String onTrack = "/api/timeline?track=" + track;

        assertThat(entriesAt(onTrack + "&actor=alexander-darchiev"))
                .containsExactlyElementsOf(entriesOf(round, statement));
        assertThat(entriesAt(onTrack + "&actor=Sonata Coulter")).containsExactlyElementsOf(entriesOf(round));
        assertThat(entriesAt(onTrack + "&country=us")).containsExactlyElementsOf(entriesOf(round));
        assertThat(entriesAt(onTrack + "&country=TR")).containsExactlyElementsOf(entriesOf(round));
        assertThat(entriesAt(onTrack + "&topic=visas")).containsExactlyElementsOf(entriesOf(agenda, round));
        assertThat(entriesAt(onTrack + "&q=TOXIC legacy")).containsExactlyElementsOf(entriesOf(statement));
        assertThat(entriesAt(onTrack + "&topic=diplomatic-property&q=second round&type=round-held"))
                .containsExactlyElementsOf(entriesOf(round));
        assertThat(entriesAt(onTrack + "&actor=alexander-darchiev&limit=1"))
                .containsExactlyElementsOf(entriesOf(round));
        // A % is looked for as such, not as a wildcard that matches everything.
        assertThat(entriesAt(onTrack + "&q=%")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "actor, '', must not be blank",
            "country, RUS, ISO 3166-1 alpha-2",
            "country, 7, ISO 3166-1 alpha-2",
            "topic, Diplomatic Property, lowercase slug",
            "q, ' ', must not be blank"})
    void aFilterThatCannotMatchAnythingIsA400ProblemNamingIt(String parameter, String value, String rule) {
        assertBadParameter(get("/api/timeline?" + parameter + "=" + value), parameter, rule);
    }

    @Test
    void aSearchTextLongerThan200CharactersIsA400ProblemNamingQ() {
        assertBadParameter(get("/api/timeline?q=" + "a".repeat(201)), "q", "200");
    }

    @Test
    void aTrackWithNothingOnItAnswersNoEntriesAndNoNextPage() {
        ResponseEntity<JsonNode> response = get("/api/timeline?track=" + freshTrack());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("entries")).isEmpty();
        assertThat(response.getBody().get("nextCursor").isNull()).isTrue();
    }

    @Test
    void anUnknownEntryIsA404Problem() {
        assertNotFound(get("/api/timeline/" + UUID.randomUUID()));
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

    /** The entries answered for a query given as readable text: the client encodes it as it sends it. */
    private List<JsonNode> entriesAt(String pathAndQuery) {
        List<JsonNode> entries = new ArrayList<>();
        get(pathAndQuery).getBody().get("entries").forEach(entries::add);
        return entries;
    }
}
