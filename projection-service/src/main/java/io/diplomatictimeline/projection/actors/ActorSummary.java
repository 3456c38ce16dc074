package io.diplomatictimeline.projection.actors;

import java.util.List;

/**
 * An actor in the list of actors.
 *
 * @param country     the latest country the facts give them, or null
 * @param appearances how many facts mention them
 */
public record ActorSummary(String id, String name, String country, List<ActorOffice> offices, int appearances) {
}
