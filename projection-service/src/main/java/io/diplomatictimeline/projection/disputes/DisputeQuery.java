package io.diplomatictimeline.projection.disputes;

/**
 * Which disputes a reader asks for; both filters are optional (null means "any").
 *
 * @param status {@link Dispute#OPEN} or {@link Dispute#RESOLVED}
 */
public record DisputeQuery(String track, String status) {

    public static DisputeQuery all() {
        return new DisputeQuery(null, null);
    }

    public DisputeQuery onTrack(String track) {
        return new DisputeQuery(track, status);
    }

    public DisputeQuery withStatus(String status) {
        return new DisputeQuery(track, status);
    }
}
