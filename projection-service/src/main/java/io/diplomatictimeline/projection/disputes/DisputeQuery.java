package io.diplomatictimeline.projection.disputes;

import io.diplomatictimeline.projection.readmodel.AsOf;

/**
 * Which disputes a reader asks for; both filters are optional (null means "any").
 *
 * @param status {@link Dispute#OPEN} or {@link Dispute#RESOLVED}
 * @param asOf   the knowledge to answer from: the current one, or the one held at a past instant
 */
public record DisputeQuery(String track, String status, AsOf asOf) {

    public DisputeQuery {
        asOf = asOf == null ? AsOf.now() : asOf;
    }

    public static DisputeQuery all() {
        return new DisputeQuery(null, null, AsOf.now());
    }

    public DisputeQuery onTrack(String track) {
        return new DisputeQuery(track, status, asOf);
    }

    public DisputeQuery withStatus(String status) {
        return new DisputeQuery(track, status, asOf);
    }

    public DisputeQuery asOf(AsOf asOf) {
        return new DisputeQuery(track, status, asOf);
    }
}
