package io.diplomatictimeline.projection.readmodel;

/**
 * One read model's way of taking in a fact. {@link FactProjections} calls every projection for every fact, once, in
 * the transaction that marks the fact applied.
 *
 * <p>A projection writes only what the fact itself says, and never reads other facts to decide what to write:
 * facts of different tracks arrive in any order, so whatever links one fact to another (a statement to the fact it
 * is about, an answer to its proposal) is joined when the read model is queried, and comes out the same whatever
 * the order of arrival.
 */
public interface FactProjection {

    /** Takes in the fact, or ignores it when the read model has no use for its type. */
    void apply(RecordedFact fact);

    /**
     * Deletes every row of the read model, in the caller's transaction, for a replay that rebuilds it from the first
     * fact. Every table the projection writes to must be emptied, or the replay would find its facts there already.
     */
    void forgetEverything();
}
