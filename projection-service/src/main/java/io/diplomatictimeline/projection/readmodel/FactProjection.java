package io.diplomatictimeline.projection.readmodel;

import java.time.Instant;
import java.util.UUID;

/**
 * One read model's way of taking in facts and their changes. {@link FactProjections} calls every projection for
 * every event, once, in the transaction that marks the event applied.
 *
 * <p>A projection writes only what the fact itself says, and never reads other facts to decide what to write:
 * facts of different tracks arrive in any order, so whatever links one fact to another (a statement to the fact it
 * is about, an answer to its proposal) is joined when the read model is queried, and comes out the same whatever
 * the order of arrival.
 *
 * <p>Nothing is overwritten: every row is a version of a fact, valid in transaction time from its
 * {@code recorded_at} until its {@code valid_to}. A correction {@link #close closes} the fact's rows and
 * {@link #apply applies} the corrected fact; a retraction closes them and then calls {@link #retract}. Rows of
 * earlier facts are written before {@link #close} and {@link #retract} are called, so those two see them.
 */
public interface FactProjection {

    /**
     * Takes in a version of a fact (as first recorded, or as corrected) as rows valid from
     * {@link RecordedFact#recordedAt()}, or ignores it when the read model has no use for its type. The rows are
     * added to {@code rows}, which writes those of many facts in one batch per statement; a projection reads nothing
     * here, so it needs none of them written yet (a corrected fact may read its own earlier rows: those are written
     * before a correction is applied).
     */
    void apply(RecordedFact fact, PendingRows rows);

    /**
     * Ends, at that instant, the validity of the fact's rows that are current: a correction or a retraction recorded
     * then replaces them. Every table the projection writes to must be closed, or its old rows would still count.
     */
    void close(UUID factId, Instant at);

    /** What the read model keeps of a retraction besides closing the fact's rows; by default nothing. */
    default void retract(FactChange retraction) {
    }

    /**
     * What the read model keeps of a source added to a fact, which changes neither its content nor its version (no
     * row is closed for it); by default nothing. The rows of earlier events are written before it is called.
     */
    default void sourceAdded(FactChange addition) {
    }

    /**
     * Deletes every row of the read model, in the caller's transaction, for a replay that rebuilds it from the first
     * fact. Every table the projection writes to must be emptied, or the replay would find its facts there already.
     */
    void forgetEverything();
}
