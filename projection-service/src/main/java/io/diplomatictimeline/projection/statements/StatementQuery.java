package io.diplomatictimeline.projection.statements;

import io.diplomatictimeline.projection.readmodel.AsOf;
import java.util.UUID;

/**
 * Which statements a reader asks for; every filter is optional (null means "any").
 *
 * @param speaker an actor id or name
 * @param about   the id of the fact the statements are about
 * @param asOf    the knowledge to answer from: the current one, or the one held at a past instant
 */
public record StatementQuery(String speaker, UUID about, String track, AsOf asOf) {

    public StatementQuery {
        asOf = asOf == null ? AsOf.now() : asOf;
    }

    public static StatementQuery all() {
        return new StatementQuery(null, null, null, AsOf.now());
    }

    public StatementQuery by(String speaker) {
        return new StatementQuery(speaker, about, track, asOf);
    }

    public StatementQuery about(UUID about) {
        return new StatementQuery(speaker, about, track, asOf);
    }

    public StatementQuery onTrack(String track) {
        return new StatementQuery(speaker, about, track, asOf);
    }

    public StatementQuery asOf(AsOf asOf) {
        return new StatementQuery(speaker, about, track, asOf);
    }
}
