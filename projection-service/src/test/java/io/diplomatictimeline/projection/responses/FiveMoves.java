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

    final String us;
    final String russia;
    final String expulsions;
    final String property;
    final SampleFact usExpels;
    final SampleFact usClosesCompounds;
    final SampleFact russiaCutsStaff;
    final SampleFact russiaTakesProperty;
    final SampleFact usClosesConsulate;

    FiveMoves() {
        this("US", "RU", "");
    }

    /** The same moves between two other countries, on tracks of their own: for a database other tests share. */
    FiveMoves(String us, String russia, String trackSuffix) {
        this.us = us;
        this.russia = russia;
        expulsions = "ru-us-expulsions" + trackSuffix;
        property = "ru-us-property" + trackSuffix;
        usExpels = SampleFact.of(DIPLOMATS_EXPELLED).on(expulsions).occurredOn("2016-12-29")
                .title(us + " expels 35 diplomats of " + russia).details(expelled(us, russia, 35));
        usClosesCompounds = SampleFact.of(PROPERTY_SEIZED).on(property).occurredOn("2016-12-29")
                .title(us + " closes two compounds of " + russia).details(seized(us, russia, 2))
                .with(fact -> respond(fact, usExpels, "follows-up"));
        russiaCutsStaff = SampleFact.of(DIPLOMATS_EXPELLED).on(expulsions).occurredOn("2017-07-30")
                .title(russia + " cuts the staff of " + us + " missions by 755")
                .details(expelled(russia, us, 755))
                .with(fact -> respond(fact, usExpels, "retaliates"));
        russiaTakesProperty = SampleFact.of(PROPERTY_SEIZED).on(property).occurredOn("2017-08-01")
                .title(russia + " takes over a dacha and a warehouse of " + us).details(seized(russia, us, 2))
                .with(fact -> respond(fact, usClosesCompounds, "reciprocates"));
        usClosesConsulate = SampleFact.of(PROPERTY_SEIZED).on(property).occurredOn("2017-08-31")
                .title(us + " closes a consulate and two annexes of " + russia).details(seized(us, russia, 3))
                .with(fact -> respond(fact, russiaCutsStaff, "retaliates"));
    }

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
