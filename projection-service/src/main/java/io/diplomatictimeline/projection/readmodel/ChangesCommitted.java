package io.diplomatictimeline.projection.readmodel;

/**
 * Published once a transaction that applied events has committed: what the change log holds has grown. Listeners run
 * on the consumer's thread, so they only take note and return.
 */
public record ChangesCommitted() {
}
