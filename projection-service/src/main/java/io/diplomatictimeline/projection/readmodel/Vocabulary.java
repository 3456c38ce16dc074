package io.diplomatictimeline.projection.readmodel;

import java.util.Set;

/**
 * The fact types this service knows, those of docs/vocabulary.md. The consumer owns its types: a fact of any other
 * type is refused rather than put on the timeline half understood, and waits on the dead-letter topic until this
 * list, and the read models that care, learn the new type.
 */
public final class Vocabulary {

    public static final Set<String> TYPES = Set.of(
            "round-scheduled", "round-held", "agenda-set", "agreement-reached", "proposal-made",
            "proposal-answered", "dispute-raised", "property-seizure-raised", "dispute-discussed",
            "dispute-resolved", "statement-issued", "diplomats-expelled", "contacts-continuation-agreed",
            "property-seized");

    private Vocabulary() {
    }

    public static boolean knows(String type) {
        return TYPES.contains(type);
    }
}
