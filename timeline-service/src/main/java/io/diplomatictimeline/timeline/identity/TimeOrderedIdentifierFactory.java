package io.diplomatictimeline.timeline.identity;

import org.axonframework.common.IdentifierFactory;

/**
 * Axon's event identifiers, made by {@link TimeOrderedIds} rather than at random: each is a key of the event
 * store's unique index on eventIdentifier. Axon finds this class through the service loader
 * (META-INF/services/org.axonframework.common.IdentifierFactory), the only way it takes another factory.
 */
public class TimeOrderedIdentifierFactory extends IdentifierFactory {

    @Override
    public String generateIdentifier() {
        return TimeOrderedIds.next().toString();
    }
}
