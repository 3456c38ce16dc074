package io.diplomatictimeline.timeline.recording;

import static io.diplomatictimeline.timeline.recording.FactBodies.newTrack;
import static io.diplomatictimeline.timeline.recording.FactBodies.roundHeld;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * {@code respondsTo} over real HTTP: a fact answering facts of other tracks is recorded and published with its
 * references, each broken rule is a problem naming the reference at fault, and nothing refused is stored.
 */
@TimelineServiceTest
class RespondingToFactsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PublishedFacts published;

    private final Http http;

    RespondingToFactsIT(@LocalServerPort int port) {
        this.http = new Http(port);
    }

    @BeforeAll
    static void readTheTopic(@Autowired EmbeddedKafkaBroker broker) {
        published = new PublishedFacts(broker);
    }

    @AfterAll
    static void stopReading() {
        published.close();
    }

    private static ObjectNode expulsion(UUID id, String track, String occurredOn, String by, String of) {
        ObjectNode fact = roundHeld(id, track, 1, occurredOn);
        fact.put("type", "diplomats-expelled");
        fact.put("title", by + " expels diplomats of " + of);
        fact.set("details", JSON.createObjectNode().put("expelledBy", by).put("diplomatsOf", of).put("count", 35));
        return fact;
    }

    private static ObjectNode responding(ObjectNode fact, UUID answered, String relation) {
        ArrayNode respondsTo = fact.withArray("respondsTo");
        respondsTo.addObject().put("id", answered.toString()).put("relation", relation);
        return fact;
    }

    private UUID recorded(ObjectNode fact) {
        Http.Answer answer = http.post("/api/events").json(fact);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return UUID.fromString(fact.get("id").asText());
    }

    @Test
    void aFactAnsweringAFactOfAnotherTrackIsRecordedReadAndPublishedWithItsReference() {
        UUID first = recorded(expulsion(UUID.randomUUID(), newTrack(), "2016-12-29", "US", "RU"));
        UUID answer = UUID.randomUUID();

        recorded(responding(expulsion(answer, newTrack(), "2017-07-30", "RU", "US"), first, "retaliates"));

        JsonNode read = http.get("/api/events/" + answer).json();
        assertThat(read.get("respondsTo")).hasSize(1);
        assertThat(read.get("respondsTo").get(0).get("id").asText()).isEqualTo(first.toString());
        assertThat(read.get("respondsTo").get(0).get("relation").asText()).isEqualTo("retaliates");
        JsonNode data = PublishedFacts.data(published.awaitRecordOf(answer).value());
        assertThat(data.get("respondsTo")).isEqualTo(read.get("respondsTo"));
        // A fact that answers nothing is published as before the field existed.
        assertThat(PublishedFacts.data(published.awaitRecordOf(first).value()).has("respondsTo")).isFalse();
        assertThat(http.get("/api/events/" + first).json().has("respondsTo")).isFalse();
    }

    @Test
    void eachBrokenRuleIsAConflictNamingTheReferenceAndNothingIsStored() {
        String track = newTrack();
        UUID later = recorded(expulsion(UUID.randomUUID(), newTrack(), "2018-03-26", "US", "RU"));
        UUID retracted = recorded(expulsion(UUID.randomUUID(), newTrack(), "2016-12-29", "US", "RU"));
        assertThat(http.post("/api/events/" + retracted + "/retraction").json("""
                {"reason": "misreported", "source": {"publisher": "IANS"}}""").status()).isEqualTo(201);
        UUID known = recorded(expulsion(UUID.randomUUID(), newTrack(), "2016-12-29", "US", "RU"));

        UUID self = UUID.randomUUID();
        Http.Answer never = post(responding(responding(expulsion(UUID.randomUUID(), track, "2017-07-30", "RU", "US"),
                known, "retaliates"), UUID.randomUUID(), "answers"));
        Http.Answer withdrawn = post(responding(expulsion(UUID.randomUUID(), track, "2017-07-30", "RU", "US"),
                retracted, "retaliates"));
        Http.Answer beforeIt = post(responding(expulsion(UUID.randomUUID(), track, "2017-07-30", "RU", "US"),
                later, "retaliates"));
        Http.Answer itself = post(responding(expulsion(self, track, "2017-07-30", "RU", "US"), self, "answers"));

        for (Http.Answer refused : new Http.Answer[] {never, withdrawn, beforeIt, itself}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
        }
        assertThat(never.errorFields()).containsExactly("respondsTo[1].id");
        assertThat(withdrawn.errorFields()).containsExactly("respondsTo[0].id");
        assertThat(withdrawn.errorMessages().get(0)).contains("was retracted");
        assertThat(beforeIt.errorMessages().get(0)).contains("a response cannot come before what it answers");
        assertThat(itself.errorMessages().get(0)).isEqualTo("a fact cannot respond to itself");
        assertThat(http.get("/api/events/" + self).status()).isEqualTo(404);
    }

    @Test
    void moreThanTwentyReferencesOrAnUnknownRelationAreRefusedAsBadInput() {
        UUID known = recorded(expulsion(UUID.randomUUID(), newTrack(), "2016-12-29", "US", "RU"));
        ObjectNode many = expulsion(UUID.randomUUID(), newTrack(), "2017-07-30", "RU", "US");
        for (int i = 0; i < 21; i++) {
            responding(many, UUID.randomUUID(), "answers");
        }

        Http.Answer tooMany = post(many);
        Http.Answer unknownRelation = post(responding(expulsion(UUID.randomUUID(), newTrack(), "2017-07-30", "RU",
                "US"), known, "avenges"));

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.errorFields()).containsExactly("respondsTo");
        assertThat(unknownRelation.status()).isEqualTo(400);
        assertThat(unknownRelation.errorFields()).containsExactly("respondsTo[0].relation");
        assertThat(unknownRelation.errorMessages().get(0))
                .isEqualTo("must be one of retaliates, reciprocates, answers, follows-up, reverses");
    }

    @Test
    void aFactOfABatchMayAnswerAnEarlierFactOfTheSameBatch() {
        UUID first = UUID.randomUUID();
        UUID answer = UUID.randomUUID();
        ArrayNode batch = JSON.createArrayNode();
        batch.add(expulsion(first, newTrack(), "2016-12-29", "US", "RU"));
        batch.add(responding(expulsion(answer, newTrack(), "2017-07-30", "RU", "US"), first, "retaliates"));

        Http.Answer answered = http.post("/api/events:batch").json(batch);

        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        assertThat(http.get("/api/events/" + answer).json().get("respondsTo").get(0).get("id").asText())
                .isEqualTo(first.toString());
    }

    @Test
    void aCorrectionMayChangeWhatAFactAnswersUnderTheSameRules() {
        UUID first = recorded(expulsion(UUID.randomUUID(), newTrack(), "2016-12-29", "US", "RU"));
        UUID answer = recorded(expulsion(UUID.randomUUID(), newTrack(), "2017-07-30", "RU", "US"));

        Http.Answer corrected = correct(answer, """
                {"respondsTo": [{"id": "%s", "relation": "reciprocates"}]}""".formatted(first));
        Http.Answer redated = correct(answer, """
                {"occurredOn": "2016-11"}""");

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(http.get("/api/events/" + answer).json().get("respondsTo").get(0).get("relation").asText())
                .isEqualTo("reciprocates");
        assertThat(redated.status()).isEqualTo(409);
        assertThat(redated.errorFields()).containsExactly("respondsTo[0].id");
        assertThat(http.get("/api/events/" + answer).json().get("version").asInt()).isEqualTo(2);
    }

    private Http.Answer post(ObjectNode fact) {
        return http.post("/api/events").json(fact);
    }

    private Http.Answer correct(UUID id, String changes) {
        return http.post("/api/events/" + id + "/corrections").json("""
                {"changes": %s, "reason": "the wire service corrected its report",
                 "source": {"publisher": "TASS", "publishedOn": "2017-08-01"}}""".formatted(changes));
    }
}
