package io.diplomatictimeline.timeline.fact;

/** The part of a fact that only its type has, such as a round's number or the count of seized properties. */
public interface FactDetails {
}
