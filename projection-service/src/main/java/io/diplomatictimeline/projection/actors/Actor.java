package io.diplomatictimeline.projection.actors;

import java.util.List;

/**
 * One actor with every fact that mentions them, in timeline order.
 *
 * @param name    as the latest fact spells it
 * @param country the latest country the facts give them, or null
 */
public record Actor(String id, String name, String country, List<ActorOffice> offices,
                    List<Appearance> appearances) {
}
