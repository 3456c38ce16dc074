package io.diplomatictimeline.projection.replay;

import java.time.Instant;

/**
 * What GET and POST /api/admin/replay answer.
 *
 * @param state      {@code idle} (no replay since this instance started), {@code replaying} (the consumer group has
 *                   not yet passed the end the topic had when the replay started), {@code done}
 * @param startedAt  when the last replay started, or null
 * @param finishedAt when it was seen to have passed that end, or null
 * @param applied    how many events the read models hold now (facts, corrections and retractions applied since they
 *                   were last emptied): the digest's {@code facts}
 * @param lag        records of the topic the consumer group has not committed yet, or null when the broker did not
 *                   answer
 */
public record ReplayStatus(String state, Instant startedAt, Instant finishedAt, long applied, Long lag) {
}
