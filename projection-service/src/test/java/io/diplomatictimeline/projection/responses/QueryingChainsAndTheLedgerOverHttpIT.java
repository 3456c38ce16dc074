package io.diplomatictimeline.projection.responses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.RunningProjectionService;
import io.diplomatictimeline.projection.SampleFact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Five moves on two tracks, consumed from the topic, read back over HTTP as a chain and as the ledger of the two
 * countries, now and as of an earlier instant; bad parameters are problems naming them.
 */
class QueryingChainsAndTheLedgerOverHttpIT extends RunningProjectionService {

    private static List<String> stepIds(JsonNode chain) {
        List<String> ids = new ArrayList<>();
        chain.get("steps").forEach(step -> ids.add(step.get("id").asText()));
        return ids;
    }

    private static List<String> ids(SampleFact... facts) {
        return Arrays.stream(facts).map(fact -> fact.id().toString()).toList();
    }

    @Test
    void theChainAndTheLedgerOfFiveMovesAnswerNowAndAsOfAnEarlierInstant() {
        // Countries no other test's facts are between, on tracks of this test's own.
        FiveMoves moves = new FiveMoves("NO", "FI", "-" + UUID.randomUUID());
        moves.all().forEach(fact -> publish(fact.document()));
        String first = "/api/chains/" + moves.usExpels.id();
        JsonNode chain = awaitAnswer(first, answer -> answer.path("steps").size() == 5);

        assertThat(stepIds(chain)).containsExactlyElementsOf(ids(moves.usExpels, moves.usClosesCompounds,
                moves.russiaCutsStaff, moves.russiaTakesProperty, moves.usClosesConsulate));
        JsonNode answer = chain.at("/steps/2/answers/0");
        assertThat(answer.get("id").asText()).isEqualTo(moves.usExpels.id().toString());
        assertThat(answer.get("relation").asText()).isEqualTo("retaliates");
        assertThat(answer.get("days").asInt()).isEqualTo(213);
        assertThat(chain.at("/steps/2/entry/title").asText()).isEqualTo("FI cuts the staff of NO missions by 755");
        assertThat(chain.at("/steps/2/entry/corroboration/level").asText()).isEqualTo("single-source");
        assertThat(chain.get("truncated").asBoolean()).isFalse();
        String beforeTheAnswer = moves.usClosesCompounds.document().get("recordedAt").asText();
        assertThat(stepIds(get(first + "?asOf=" + beforeTheAnswer).getBody()))
                .containsExactlyElementsOf(ids(moves.usExpels, moves.usClosesCompounds));

        JsonNode ledger = get("/api/reciprocity?countries=no,FI").getBody();
        assertThat(ledger.get("countries").toString()).isEqualTo("[\"NO\",\"FI\"]");
        JsonNode norway = ledger.at("/sides/0");
        assertThat(norway.get("moves").asInt()).isEqualTo(3);
        assertThat(norway.get("answered").asInt()).isEqualTo(2);
        assertThat(norway.get("medianDaysToResponse").asDouble()).isEqualTo(214.0);
        assertThat(norway.at("/quantities/propertiesSeized").asInt()).isEqualTo(5);
        assertThat(norway.at("/byTypeAndYear/0/type").asText()).isEqualTo("diplomats-expelled");
        assertThat(ledger.at("/answered/0/answers/0/id").asText()).isEqualTo(moves.russiaCutsStaff.id().toString());
        assertThat(ledger.get("unanswered")).hasSize(2);
        JsonNode then = get("/api/reciprocity?countries=NO,FI&asOf=" + beforeTheAnswer).getBody();
        assertThat(then.at("/sides/0/answered").asInt()).isZero();
        assertThat(then.at("/sides/1/moves").asInt()).isZero();
        JsonNode onlyProperty = get("/api/reciprocity?countries=NO,FI&track=" + moves.property
                + "&type=property-seized&from=2017&to=2017").getBody();
        assertThat(onlyProperty.at("/sides/0/moves").asInt()).isEqualTo(1);
        assertThat(onlyProperty.at("/sides/1/moves").asInt()).isEqualTo(1);
    }

    @Test
    void aChainOfAFactNotKnownIsNotFound() {
        assertNotFound(get("/api/chains/" + UUID.randomUUID()));
        assertNotFound(get("/api/chains/not-a-fact-id"));
        assertBadParameter(get("/api/chains/" + UUID.randomUUID() + "?asOf=yesterday"), "asOf", "ISO-8601");
    }

    @Test
    void theLedgerNeedsTwoCountriesAndTakesOnlyMovesAsTypes() {
        assertBadParameter(get("/api/reciprocity"), "countries", "two different ISO 3166-1 alpha-2");
        assertBadParameter(get("/api/reciprocity?countries=RU"), "countries", "two different");
        assertBadParameter(get("/api/reciprocity?countries=RU,RU"), "countries", "two different");
        assertBadParameter(get("/api/reciprocity?countries=RU,XX"), "countries", "was 'RU,XX'");
        assertBadParameter(get("/api/reciprocity?countries=RU,US&type=round-held"), "type", "a type of move");
        assertBadParameter(get("/api/reciprocity?countries=RU,US&from=2018&to=2017"), "from", "must not be after");
    }
}
