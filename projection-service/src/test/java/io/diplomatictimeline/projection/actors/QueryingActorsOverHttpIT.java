package io.diplomatictimeline.projection.actors;

import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static io.diplomatictimeline.projection.ContractSamples.STATEMENT_ISSUED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.RunningProjectionService;
import io.diplomatictimeline.projection.SampleFact;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The people named in facts published to the topic, read over HTTP. */
class QueryingActorsOverHttpIT extends RunningProjectionService {

    @Test
    void anActorIsListedWithTheirOfficesAndShownWithEveryFactTheyAppearIn() {
        String track = freshTrack();
        // A name of this test's own, since actors are shared by every track.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Zoë Envoy " + suffix;
        String id = "zoe-envoy-" + suffix;
        SampleFact asDeputy = statementBy(name, "Deputy Foreign Minister", "2024-03").on(track);
        SampleFact asAmbassador = statementBy(name, "Ambassador", "2025-01-15").on(track);
        SampleFact inTheRound = SampleFact.of(ROUND_HELD).on(track).occurredOn("2025-04-10").details(details ->
                details.withArray("delegations").addObject().put("country", "FR").putObject("head")
                        .put("name", name).put("office", "Ambassador"));
        publish(asDeputy.document());
        publish(asAmbassador.document());
        publish(inTheRound.document());

        JsonNode actor = awaitAnswer("/api/actors/" + id, answer -> answer.path("appearances").size() == 3);
        JsonNode listed = get("/api/actors").getBody().get("actors");

        assertThat(actor.get("id").asText()).isEqualTo(id);
        assertThat(actor.get("name").asText()).isEqualTo(name);
        assertThat(actor.get("country").asText()).isEqualTo("FR");
        assertThat(actor.at("/offices/0/office").asText()).isEqualTo("Deputy Foreign Minister");
        assertThat(actor.at("/offices/0/from").asText()).isEqualTo("2024-03-01");
        assertThat(actor.at("/offices/1/office").asText()).isEqualTo("Ambassador");
        assertThat(actor.at("/offices/1/from").asText()).isEqualTo("2025-01-15");
        assertThat(actor.at("/offices/1/to").asText()).isEqualTo("2025-04-10");
        assertThat(actor.get("appearances")).extracting(appearance -> appearance.get("factId").asText())
                .containsExactly(asDeputy.id().toString(), asAmbassador.id().toString(),
                        inTheRound.id().toString());
        assertThat(actor.at("/appearances/2/role").asText()).isEqualTo("head of delegation");
        assertThat(actor.at("/appearances/2/type").asText()).isEqualTo("round-held");
        assertThat(listed).filteredOn(listedActor -> listedActor.get("id").asText().equals(id))
                .singleElement().satisfies(listedActor -> {
                    assertThat(listedActor.get("appearances").asInt()).isEqualTo(3);
                    assertThat(listedActor.get("offices")).hasSize(2);
                });
    }

    @Test
    void anUnknownActorIsA404Problem() {
        assertNotFound(get("/api/actors/nobody-" + UUID.randomUUID()));
    }

    private static SampleFact statementBy(String name, String office, String occurredOn) {
        return SampleFact.of(STATEMENT_ISSUED).occurredOn(occurredOn).with(fact -> fact.putArray("actors"))
                .details(details -> details.with("speaker").put("name", name).put("office", office)
                        .put("country", "FR"));
    }
}
