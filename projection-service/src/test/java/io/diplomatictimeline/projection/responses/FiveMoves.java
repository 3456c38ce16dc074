package io.diplomatictimeline.projection.responses;

import static io.diplomatictimeline.projection.ContractSamples.DIPLOMATS_EXPELLED;
import static io.diplomatictimeline.projection.ContractSamples.PROPERTY_SEIZED;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.projection.SampleFact;
import java.util.List;
import java.util.function.Consumer;

/**
 * Five moves across two tracks, expulsions and property closures answered in kind: the United States expels 35
 * Russian diplomats and closes two compounds (2016-12-29); Russia cuts the US missions' staff by 755 (2017-07-30) and
 * takes over two properties (2017-08-01); the United States closes a consulate and two annexes (2017-08-31).
 */
final class FiveMoves {

    static final String EXPULSIONS = "ru-us-expulsions";
    static final String PROPERTY = "ru-us-property";

    final SampleFact usExpels = SampleFact.of(DIPLOMATS_EXPELLED).on(EXPULSIONS).occurredOn("2016-12-29")
            .title("The US expels 35 Russian diplomats").details(expelled("US", "RU", 35));
    final SampleFact usClosesCompounds = SampleFact.of(PROPERTY_SEIZED).on(PROPERTY).occurredOn("2016-12-29")
            .title("The US closes two Russian compounds").details(seized("US", "RU", 2))
            .with(fact -> respond(fact, usExpels, "follows-up"));
    final SampleFact russiaCutsStaff = SampleFact.of(DIPLOMATS_EXPELLED).on(EXPULSIONS).occurredOn("2017-07-30")
            .title("Russia cuts the US missions' staff by 755").details(expelled("RU", "US", 755))
            .with(fact -> respond(fact, usExpels, "retaliates"));
    final SampleFact russiaTakesProperty = SampleFact.of(PROPERTY_SEIZED).on(PROPERTY).occurredOn("2017-08-01")
            .title("Russia takes over a dacha and a warehouse").details(seized("RU", "US", 2))
            .with(fact -> respond(fact, usClosesCompounds, "reciprocates"));
    final SampleFact usClosesConsulate = SampleFact.of(PROPERTY_SEIZED).on(PROPERTY).occurredOn("2017-08-31")
            .title("The US closes a consulate and two annexes").details(seized("US", "RU", 3))
            .with(fact -> respond(fact, russiaCutsStaff, "retaliates"));

    /** In the order they were recorded. */
    List<SampleFact> all() {
        return List.of(usExpels, usClosesCompounds, russiaCutsStaff, russiaTakesProperty, usClosesConsulate);
    }

    private static Consumer<ObjectNode> expelled(String by, String of, int count) {
        return details -> details.put("expelledBy", by).put("diplomatsOf", of).put("count", count)
                .put("mutual", false);
    }

    private static Consumer<ObjectNode> seized(String by, String of, int count) {
        return details -> details.put("seizedBy", by).put("propertyOf", of).put("propertyCount", count);
    }

    private static void respond(ObjectNode fact, SampleFact answered, String relation) {
        fact.putArray("respondsTo").addObject().put("id", answered.id().toString()).put("relation", relation);
    }
}
