package io.diplomatictimeline.projection.responses;

import static io.diplomatictimeline.projection.readmodel.RecordedFact.textOf;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A fact as a move of one country against another, read from its details: who made it, against whom, and the
 * quantity the details give.
 *
 * @param quantity the count the details give (diplomats expelled, properties seized), or null
 */
record Move(String by, String against, Integer quantity) {

    /** For each type that is a move: the details naming who made it, against whom, and what it counts. */
    private record Shape(String by, String against, String quantityField, String quantityName) {
    }

    private static final Map<String, Shape> SHAPES = Map.of(
            "diplomats-expelled", new Shape("expelledBy", "diplomatsOf", "count", "diplomatsExpelled"),
            "property-seized", new Shape("seizedBy", "propertyOf", "propertyCount", "propertiesSeized"),
            "property-seizure-raised", new Shape("raisedBy", "against", "propertyCount", "propertiesRaised"),
            "dispute-raised", new Shape("raisedBy", "against", null, null),
            "proposal-made", new Shape("proposedBy", "proposedTo", null, null));

    /** The move the fact is, when its type is one and it names two different countries. */
    static Optional<Move> of(RecordedFact fact) {
        Shape shape = SHAPES.get(fact.type());
        if (shape == null) {
            return Optional.empty();
        }
        JsonNode details = fact.details();
        String by = country(details.get(shape.by()));
        String against = country(details.get(shape.against()));
        if (by == null || against == null || by.equals(against)) {
            return Optional.empty();
        }
        JsonNode count = shape.quantityField() == null ? null : details.get(shape.quantityField());
        Integer quantity = count != null && count.canConvertToExactIntegral() && count.canConvertToInt()
                ? count.intValue() : null;
        return Optional.of(new Move(by, against, quantity));
    }

    /**
     * The country that made a fact, where it says: the maker of a move, the side that answered a proposal, the
     * country of a statement's speaker; null for facts of both sides or none (a round, an agreement).
     */
    static String sideOf(RecordedFact fact) {
        JsonNode details = fact.details();
        Shape shape = SHAPES.get(fact.type());
        if (shape != null) {
            return country(details.get(shape.by()));
        }
        return switch (fact.type()) {
            case "proposal-answered" -> country(details.get("answeredBy"));
            case "statement-issued" -> country(details.path("speaker").get("country"));
            default -> null;
        };
    }

    /** The types that are moves. */
    static Set<String> types() {
        return SHAPES.keySet();
    }

    /** The name the ledger gives the quantity moves of that type count, or null when they count none. */
    static String quantityNameOf(String type) {
        Shape shape = SHAPES.get(type);
        return shape == null ? null : shape.quantityName();
    }

    private static String country(JsonNode node) {
        String code = textOf(node);
        return code != null && code.strip().length() == 2 ? code.strip().toUpperCase(Locale.ROOT) : null;
    }
}
