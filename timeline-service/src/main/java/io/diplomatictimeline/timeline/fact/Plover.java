package io.diplomatictimeline.timeline.fact;

/**
 * A fact's category in PLOVER, the political event ontology that event datasets code with, so that the
 * timeline can be joined with them: an event type (CONSULT, AGREE, SANCTION, ...) and, where PLOVER
 * distinguishes them, a mode (visit, expel, seize, ...).
 */
public record Plover(String event, String mode) {
}
