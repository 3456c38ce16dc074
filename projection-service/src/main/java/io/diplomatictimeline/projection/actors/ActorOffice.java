package io.diplomatictimeline.projection.actors;

import java.time.LocalDate;

/**
 * An office an actor held, as far as the facts show it.
 *
 * @param from the first day of the earliest fact that names the actor in this office
 * @param to   the first day of the latest such fact: when they were last seen in it, not when they left it
 */
public record ActorOffice(String office, LocalDate from, LocalDate to) {

    /** The same office seen in another fact: the span that covers both. */
    ActorOffice spanning(ActorOffice other) {
        return new ActorOffice(office, from.isBefore(other.from) ? from : other.from,
                to.isAfter(other.to) ? to : other.to);
    }
}
