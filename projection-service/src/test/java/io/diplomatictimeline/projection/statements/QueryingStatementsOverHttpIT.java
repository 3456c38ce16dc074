package io.diplomatictimeline.projection.statements;

import static io.diplomatictimeline.projection.ContractSamples.PROPERTY_SEIZURE_RAISED;
import static io.diplomatictimeline.projection.ContractSamples.STATEMENT_ISSUED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.RunningProjectionService;
import io.diplomatictimeline.projection.SampleFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements from facts published to the topic, read over HTTP. */
class QueryingStatementsOverHttpIT extends RunningProjectionService {

    @Test
    void aStatementPublishedBeforeTheFactOfAnotherTrackItIsAboutShowsThatFactOnceItArrives() {
        String track = freshTrack();
        SampleFact seizure = SampleFact.of(PROPERTY_SEIZURE_RAISED).on(freshTrack());
        SampleFact statement = SampleFact.of(STATEMENT_ISSUED).on(track).about(seizure);
        publish(statement.document());
        JsonNode before = awaitAnswer("/api/statements?track=" + track,
                answer -> answer.path("statements").size() == 1).at("/statements/0");

        publish(seizure.document());
        JsonNode after = awaitAnswer("/api/statements?about=" + seizure.id(),
                answer -> answer.at("/statements/0/about").isObject()).at("/statements/0");

        assertThat(before.get("about").isNull()).isTrue();
        assertThat(after.get("id").asText()).isEqualTo(statement.id().toString());
        assertThat(after.get("track").asText()).isEqualTo(track);
        assertThat(after.get("occurredOn").asText()).isEqualTo("2025-04-10");
        assertThat(after.at("/speaker/id").asText()).isEqualTo("alexander-darchiev");
        assertThat(after.at("/speaker/office").asText()).isEqualTo("Ambassador of Russia to the United States");
        assertThat(after.get("quote").asText()).contains("'toxic legacy'");
        assertThat(after.get("outlet").asText()).isEqualTo("IANS");
        assertThat(after.get("aboutFactId").asText()).isEqualTo(seizure.id().toString());
        assertThat(after.at("/about/type").asText()).isEqualTo("property-seizure-raised");
        assertThat(after.at("/about/title").asText()).isEqualTo(seizure.document().get("title").asText());
        assertThat(after.at("/sources/0/publisher").asText()).isEqualTo("IANS");
        assertThat(get("/api/statements?speaker=Alexander Darchiev&track=" + track).getBody().get("statements"))
                .hasSize(1);
        assertThat(get("/api/statements?speaker=sonata-coulter&track=" + track).getBody().get("statements"))
                .isEmpty();
    }

    @Test
    void aSpeakerIsFoundByPartOfTheirNameOrIdWhateverTheCase() {
        String track = freshTrack();
        SampleFact statement = SampleFact.of(STATEMENT_ISSUED).on(track)
                .details(details -> details.with("speaker").put("name", "Maria Zakharova")
                        .put("office", "Spokesperson of the Ministry of Foreign Affairs of Russia"));
        publish(statement.document());
        awaitAnswer("/api/statements?track=" + track, answer -> answer.path("statements").size() == 1);

        for (String speaker : List.of("Zakharova", "zakharova", "MARIA ZAKHAROVA", "maria-zak", "Zakh")) {
            assertThat(get("/api/statements?track=" + track + "&speaker=" + speaker).getBody()
                    .at("/statements/0/id").asText()).as(speaker).isEqualTo(statement.id().toString());
        }
        assertThat(get("/api/statements?track=" + track + "&speaker=Darchiev").getBody().get("statements")).isEmpty();
    }

    @Test
    void anAboutThatIsNoFactIdIsA400ProblemNamingAbout() {
        assertBadParameter(get("/api/statements?about=round-2"), "about", "UUID");
    }

    @Test
    void aBlankSpeakerIsA400ProblemNamingSpeaker() {
        assertBadParameter(get("/api/statements?speaker="), "speaker", "actor id");
    }
}
