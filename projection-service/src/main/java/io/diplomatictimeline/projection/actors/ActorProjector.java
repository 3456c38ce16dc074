package io.diplomatictimeline.projection.actors;

import io.diplomatictimeline.projection.readmodel.FactProjection;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Every fact that mentions people is an appearance of each of them; the actors are folded from these. */
@Component
class ActorProjector implements FactProjection {

    private final ActorAppearances appearances;

    ActorProjector(ActorAppearances appearances) {
        this.appearances = appearances;
    }

    @Override
    public void apply(RecordedFact fact) {
        for (ActorMention mention : ActorMentions.in(fact.document())) {
            appearances.add(fact, mention);
        }
    }

    @Override
    public void close(UUID factId, Instant at) {
        appearances.close(factId, at);
    }

    @Override
    public void forgetEverything() {
        appearances.deleteAll();
    }
}
