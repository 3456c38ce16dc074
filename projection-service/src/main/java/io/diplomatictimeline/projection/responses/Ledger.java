package io.diplomatictimeline.projection.responses;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reciprocity ledger of two countries: what {@code GET /api/reciprocity} answers.
 *
 * @param sides      each country's moves against the other, in the order the countries were given
 * @param answered   the moves the other side answered, with its answers, in timeline order (at most 500)
 * @param unanswered the moves it has not answered, in timeline order (at most 500)
 * @param truncated  whether either list was cut short
 */
public record Ledger(List<String> countries, List<Side> sides, List<AnsweredMove> answered, List<MoveView> unanswered,
                     boolean truncated) {

    /**
     * One country's moves against the other, and how they were answered.
     *
     * @param medianDaysToResponse the median of the days from each answered move to the other side's first answer,
     *                             or null when none can be told
     * @param quantities           what the moves' details count, summed by what it is ({@code diplomatsExpelled},
     *                             {@code propertiesSeized}, {@code propertiesRaised})
     */
    public record Side(String country, String against, long moves, long answered, long unanswered,
                       Double medianDaysToResponse, Map<String, Long> quantities, List<TypeAndYear> byTypeAndYear) {
    }

    /** The moves of one type that began in one year. */
    public record TypeAndYear(String type, int year, long moves, long answered, long unanswered,
                              Double medianDaysToResponse, Map<String, Long> quantities) {
    }

    public record MoveView(UUID id, String type, String track, String occurredOn, String title, String by,
                           String against, Map<String, Long> quantities) {
    }

    /**
     * A move and the other side's answers to it.
     *
     * @param daysToResponse days from the move to the first answer, or null when the dates are too imprecise to say
     */
    public record AnsweredMove(MoveView move, Long daysToResponse, List<Answer> answers) {
    }

    /** An answer by the other side: the fact, how it answers, and how many days after the move it began. */
    public record Answer(UUID id, String type, String relation, String by, String occurredOn, String title,
                         Long days) {
    }
}
