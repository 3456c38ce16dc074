package io.diplomatictimeline.projection.statements;

import java.util.UUID;

/**
 * Which statements a reader asks for; every filter is optional (null means "any").
 *
 * @param speaker an actor id or name
 * @param about   the id of the fact the statements are about
 */
public record StatementQuery(String speaker, UUID about, String track) {

    public static StatementQuery all() {
        return new StatementQuery(null, null, null);
    }

    public StatementQuery by(String speaker) {
        return new StatementQuery(speaker, about, track);
    }

    public StatementQuery about(UUID about) {
        return new StatementQuery(speaker, about, track);
    }

    public StatementQuery onTrack(String track) {
        return new StatementQuery(speaker, about, track);
    }
}
