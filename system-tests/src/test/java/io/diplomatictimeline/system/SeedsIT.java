package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The facts of the source article, loaded through the public API as ./run.sh loads them, then read back
 * through every read model as an analyst would.
 */
@Order(3)
class SeedsIT {

    private static final String TRACK = Seeds.TRACK;
    private static final String FIRST_ROUND = Seeds.FIRST_ROUND;
    private static final String PROPERTY_DISPUTE = "3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a02";
    private static final String SECOND_ROUND = Seeds.SECOND_ROUND;
    private static final String FINANCING_AGREEMENT = "3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a04";
    private static final String DIRECT_FLIGHTS = "3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a05";
    private static final String CONTACTS_CONTINUED = "3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a06";
    private static final String MINISTRY_STATEMENT = "3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a07";
    private static final String ZAKHAROVA_STATEMENT = "3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a08";
    private static final String PROPERTY_DISCUSSED = "3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a11";
    private static final String MUTUAL_EXPULSIONS = "3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a13";

    private static SystemStack stack;
    private static List<Path> seeds;
    private static List<JsonNode> firstLoad;
    private static List<JsonNode> secondLoad;

    @BeforeAll
    static void loadTheSeedsTwice() throws IOException {
        stack = SystemStack.get().brokerUp();
        seeds = Seeds.files();
        firstLoad = Seeds.load(stack);
        secondLoad = Seeds.load(stack);
        await("the seeds on the timeline").atMost(Duration.ofMinutes(1))
                .until(() -> get("/api/timeline?track=" + TRACK).get("entries"),
                        found -> found != null && found.size() == seeds.size());
    }

    @Test
    void everySeedLoadsOnceAndTheTimelineListsThemInDateOrder() {
        JsonNode entries = get("/api/timeline?track=" + TRACK).get("entries");

        assertThat(seeds).hasSizeGreaterThanOrEqualTo(12);
        assertThat(secondLoad).isEqualTo(firstLoad);
        assertThat(entries).hasSize(seeds.size());
        assertThat(ids(entries))
                .containsExactlyInAnyOrderElementsOf(firstLoad.stream().map(r -> r.get("id").asText()).toList());
        assertThat(entries.get(0).get("type").asText()).isEqualTo("diplomats-expelled");
        assertThat(entries.get(1).get("id").asText()).isEqualTo(FIRST_ROUND);
        assertThat(entries.get(1).get("plover").get("event").asText()).isEqualTo("CONSULT");
    }

    @Test
    void theRoundsShowVenuesHostsDelegationsDurationsAgendaAndWhatCameOfThem() {
        JsonNode rounds = get("/api/rounds?track=" + TRACK).get("rounds");
        JsonNode first = rounds.get(0);
        JsonNode second = get("/api/rounds/" + TRACK + "/2");

        assertThat(rounds).hasSize(2);
        assertThat(first.get("heldOn").asText()).isEqualTo("2025-02-27");
        assertThat(first.get("venue").get("place").asText()).isEqualTo("Residence of the US Consul General");
        assertThat(first.get("hostCountry").asText()).isEqualTo("US");
        assertThat(first.get("durationHours").get("min").asInt()).isEqualTo(6);
        assertThat(first.get("agreements").findValuesAsText("id")).containsExactly(FINANCING_AGREEMENT);
        assertThat(first.get("agreements").get(0).get("reciprocal").asBoolean()).isTrue();
        assertThat(first.get("proposals").findValuesAsText("id")).containsExactly(DIRECT_FLIGHTS);
        assertThat(first.get("contactsContinued")).hasSize(1);
        assertThat(first.get("statements").findValuesAsText("quote")).hasSize(2);

        assertThat(second.get("heldOn").asText()).isEqualTo("2025-04-10");
        assertThat(second.get("venue").get("place").asText()).isEqualTo("Consulate General of Russia");
        assertThat(second.get("hostCountry").asText()).isEqualTo("RU");
        assertThat(second.get("expectedDurationHours").get("max").asInt()).isEqualTo(5);
        assertThat(second.get("delegations").findValuesAsText("office")).containsExactlyInAnyOrder(
                "Ambassador of Russia to the United States",
                "Deputy Assistant Secretary of State for European and Eurasian Affairs");
        assertThat(second.get("agenda").findValuesAsText("topic")).containsExactly(
                "diplomatic-property", "diplomats-movement", "visas", "financial-restrictions");
        assertThat(second.get("disputesDiscussed").findValuesAsText("disputeId")).containsExactly(PROPERTY_DISPUTE);
        assertThat(second.get("statements").findValuesAsText("quote")).anyMatch(q -> q.contains("toxic legacy"));
    }

    @Test
    void thePropertyDisputeIsOpenWithSixPropertiesSeizedFrom2016To2018() {
        JsonNode disputes = get("/api/disputes?track=" + TRACK + "&status=open").get("disputes");
        JsonNode property = get("/api/disputes/" + PROPERTY_DISPUTE);

        assertThat(disputes.findValuesAsText("id")).contains(PROPERTY_DISPUTE);
        assertThat(property.get("kind").asText()).isEqualTo("diplomatic-property");
        assertThat(property.get("raisedBy").asText()).isEqualTo("RU");
        assertThat(property.get("details").get("propertyCount").asInt()).isEqualTo(6);
        assertThat(property.get("details").get("seizedBetween").asText()).isEqualTo("2016/2018");
        assertThat(property.get("discussedIn").findValuesAsText("roundNumber")).containsExactly("2");
        assertThat(get("/api/disputes?track=" + TRACK + "&status=resolved").get("disputes")).isEmpty();
    }

    @Test
    void theProposalToRestoreDirectFlightsIsStillAProposal() {
        JsonNode proposals = get("/api/proposals?track=" + TRACK).get("proposals");

        assertThat(proposals).hasSize(1);
        assertThat(proposals.get(0).get("id").asText()).isEqualTo(DIRECT_FLIGHTS);
        assertThat(proposals.get(0).get("status").asText()).isEqualTo("proposed");
        assertThat(proposals.get(0).get("stages").get(0).get("since").asText()).isEqualTo("2025-02-27");
        assertThat(proposals.get(0).get("stages").get(0).get("days").asInt()).isPositive();
    }

    @Test
    void actorsKeepTheirOfficesAndAppearances() {
        JsonNode actors = get("/api/actors").get("actors");
        JsonNode darchiev = get("/api/actors/alexander-darchiev");

        assertThat(actors.findValuesAsText("id")).contains("alexander-darchiev", "sonata-coulter", "maria-zakharova");
        assertThat(darchiev.get("name").asText()).isEqualTo("Alexander Darchiev");
        assertThat(darchiev.get("offices").findValuesAsText("office"))
                .containsExactly("Ambassador of Russia to the United States");
        assertThat(darchiev.get("appearances").findValuesAsText("factId")).contains(SECOND_ROUND);
    }

    @Test
    void statementsAreFoundBySpeakerAndByWhatTheyAreAbout() {
        JsonNode zakharova = get("/api/statements?speaker=maria-zakharova").get("statements");
        JsonNode aboutTheAgreement = get("/api/statements?about=" + FINANCING_AGREEMENT).get("statements");

        assertThat(zakharova).hasSize(1);
        assertThat(zakharova.get(0).get("about").get("id").asText()).isEqualTo(FINANCING_AGREEMENT);
        assertThat(aboutTheAgreement).hasSize(2);
    }

    @Test
    void aSpeakerIsFoundByPartOfTheirName() {
        assertThat(ids(get("/api/statements?speaker=Zakharova").get("statements")))
                .containsExactly(ZAKHAROVA_STATEMENT);
    }

    @Test
    void theSecondRoundFollowsUpTheFirstAndThePropertyDiscussedFollowsUpItsRaising() {
        JsonNode round = get("/api/chains/" + SECOND_ROUND);
        JsonNode property = get("/api/chains/" + PROPERTY_DISPUTE);

        assertThat(ids(round.get("steps"))).containsExactly(FIRST_ROUND, SECOND_ROUND);
        assertThat(round.at("/steps/1/answers/0/relation").asText()).isEqualTo("follows-up");
        assertThat(round.at("/steps/1/answers/0/days").asInt()).isEqualTo(42);
        assertThat(ids(property.get("steps"))).containsExactly(PROPERTY_DISPUTE, PROPERTY_DISCUSSED);
    }

    @Test
    void theLedgerOfTheSeedsListsEachSidesMovesNoneOfThemAnswered() {
        JsonNode ledger = get("/api/reciprocity?countries=RU,US&track=" + TRACK);

        assertThat(ledger.at("/sides/0/moves").asInt()).isEqualTo(2);
        assertThat(ledger.at("/sides/0/quantities/propertiesRaised").asInt()).isEqualTo(6);
        assertThat(ledger.at("/sides/0/byTypeAndYear").findValuesAsText("type"))
                .containsExactly("property-seizure-raised", "proposal-made");
        assertThat(ledger.at("/sides/1/moves").asInt()).isEqualTo(1);
        assertThat(ledger.at("/sides/1/byTypeAndYear/0/year").asInt()).isEqualTo(2015);
        assertThat(ledger.get("answered")).isEmpty();
        assertThat(ids(ledger.get("unanswered"))).containsExactlyInAnyOrder(PROPERTY_DISPUTE,
                DIRECT_FLIGHTS, MUTUAL_EXPULSIONS);
    }

    @Test
    void whatTheForeignMinistryAnnouncedAndIansCarriedIsCorroboratedByTwoPublishers() {
        assertThat(ids("/api/timeline?track=" + TRACK + "&corroboration=corroborated")).containsExactlyInAnyOrder(
                PROPERTY_DISPUTE, FINANCING_AGREEMENT, DIRECT_FLIGHTS, CONTACTS_CONTINUED, MINISTRY_STATEMENT,
                SECOND_ROUND);
        assertThat(ids("/api/timeline?track=" + TRACK + "&corroboration=contested")).isEmpty();
        assertThat(get("/api/timeline/" + FIRST_ROUND).get("corroboration").toString())
                .isEqualTo("{\"sources\":1,\"publishers\":1,\"disputedBy\":[],\"level\":\"single-source\"}");
    }

    @Test
    void theTimelineFiltersByActorCountryTopicAndText() {
        assertThat(ids("/api/timeline?track=" + TRACK + "&actor=sonata-coulter")).containsExactly(SECOND_ROUND);
        assertThat(ids("/api/timeline?track=" + TRACK + "&topic=visas")).contains(SECOND_ROUND);
        assertThat(ids("/api/timeline?track=" + TRACK + "&country=US")).contains(SECOND_ROUND);
        assertThat(ids("/api/timeline?track=" + TRACK + "&q=Toxic%20Legacy")).hasSize(1);
        assertThat(ids("/api/timeline?track=" + TRACK + "&type=round-held&from=2025-03")).containsExactly(SECOND_ROUND);
    }

    private static List<String> ids(String path) {
        return ids(get(path).get("entries"));
    }

    /** The ids of the items themselves, not those of the facts they refer to. */
    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get("id").asText()).toList();
    }

    private static JsonNode get(String path) {
        Api.Answer answer = Api.get(stack.projection().uri(path));
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.body();
    }
}
