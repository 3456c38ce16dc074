package io.diplomatictimeline.benchmark.ingest;

import java.util.BitSet;

/**
 * How the bulk load went: the facts accepted, the time it took, and which batches (of the plan, in order) were not
 * accepted and so still have to be loaded another way.
 *
 * @param state    {@code done}, {@code absent} (the endpoint answered 404 or 405: not in this build) or
 *                 {@code failed} (it answered something else than 201; {@code detail} says what)
 */
public record BulkOutcome(String state, long accepted, double seconds, BitSet notAccepted, String detail) {

    public static final String DONE = "done";
    public static final String ABSENT = "absent";
    public static final String FAILED = "failed";

    public double rate() {
        return accepted / seconds;
    }
}
