package io.diplomatictimeline.projection.proposals;

import java.time.LocalDate;

/**
 * A stretch of a proposal's life: from when it was made, or given an answer, until the next answer.
 *
 * @param stage "proposed", or the outcome of an answer: accepted, rejected, deferred or implemented
 * @param from  when the stage began, as the fact dates it (EDTF)
 * @param since the first day of {@code from}
 * @param until the first day of the next stage, or null while this one lasts
 * @param days  whole days from {@code since} to {@code until}, or to today for the current stage
 */
public record ProposalStage(String stage, String from, LocalDate since, LocalDate until, long days) {
}
