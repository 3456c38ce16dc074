package io.diplomatictimeline.projection.actors;

/**
 * A person as one fact mentions them. Any of country, office and role may be null when the fact does not say.
 *
 * @param id   {@link ActorNaming#idOf(String) the id} of the name
 * @param role the actor's part in the fact: as given, else "speaker" or "head of delegation"
 */
public record ActorMention(String id, String name, String country, String office, String role) {

    /** The same person mentioned again in the same fact: what the first mention left unsaid, the second may say. */
    ActorMention completedBy(ActorMention other) {
        return new ActorMention(id, name, firstOf(country, other.country), firstOf(office, other.office),
                firstOf(role, other.role));
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }
}
