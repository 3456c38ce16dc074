package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.dispute.PropertySeizureDetails;
import io.diplomatictimeline.timeline.dispute.PropertySeizureRaised;
import io.diplomatictimeline.timeline.dispute.RaisePropertySeizure;
import io.diplomatictimeline.timeline.round.HoldRound;
import io.diplomatictimeline.timeline.round.RoundHeld;
import io.diplomatictimeline.timeline.round.RoundHeldDetails;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every type a fact can have, by its name in the vocabulary. Adding a type is adding a line here. */
final class FactVocabulary {

    private static final Map<String, FactKind<?>> KINDS = Stream.<FactKind<?>>of(
                    new FactKind<>(RoundHeld.TYPE, RoundHeldDetails.class, HoldRound::new),
                    new FactKind<>(PropertySeizureRaised.TYPE, PropertySeizureDetails.class, RaisePropertySeizure::new))
            .collect(Collectors.toMap(FactKind::type, kind -> kind, (a, b) -> a, LinkedHashMap::new));

    static Optional<FactKind<?>> kind(String type) {
        return Optional.ofNullable(KINDS.get(type));
    }

    static Set<String> types() {
        return KINDS.keySet();
    }

    private FactVocabulary() {
    }
}
