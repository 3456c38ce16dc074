package io.diplomatictimeline.projection.proposals;

import static io.diplomatictimeline.projection.readmodel.RecordedFact.textOf;

import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.CurrentRows;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The proposals made, and every answer given to one, each version a row of its own. */
@Repository
class ProposalFacts {

    private static final String PROPOSAL_COLUMNS = "select id, track, occurred_on, period_start, title, proposal,"
            + " proposed_by, proposed_to, round_number from proposal";

    private final JdbcClient jdbc;

    ProposalFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addProposal(RecordedFact fact) {
        jdbc.sql("""
                        insert into proposal
                            (id, version, track, occurred_on, period_start, recorded_at, title, proposal, proposed_by,
                             proposed_to, round_number)
                        values
                            (:id, :version, :track, :occurredOn, :periodStart, :recordedAt, :title, :proposal,
                             :proposedBy, :proposedTo, :roundNumber)""")
                .param("id", fact.id())
                .param("version", fact.version())
                .param("track", fact.track())
                .param("occurredOn", fact.occurredOn().toString())
                .param("periodStart", fact.occurredOn().earliest())
                .param("recordedAt", fact.recordedAt().atOffset(ZoneOffset.UTC))
                .param("title", fact.title())
                .param("proposal", textOf(fact.details().get("proposal")))
                .param("proposedBy", textOf(fact.details().get("proposedBy")))
                .param("proposedTo", textOf(fact.details().get("proposedTo")))
                .param("roundNumber", fact.roundNumber().orElse(null), Types.INTEGER)
                .update();
    }

    void addAnswer(RecordedFact fact, UUID proposalId) {
        jdbc.sql("""
                        insert into proposal_answer
                            (fact_id, version, proposal_id, outcome, answered_by, occurred_on, period_start,
                             recorded_at)
                        values
                            (:factId, :version, :proposalId, :outcome, :answeredBy, :occurredOn, :periodStart,
                             :recordedAt)""")
                .param("factId", fact.id())
                .param("version", fact.version())
                .param("proposalId", proposalId)
                .param("outcome", textOf(fact.details().get("outcome")))
                .param("answeredBy", textOf(fact.details().get("answeredBy")))
                .param("occurredOn", fact.occurredOn().toString())
                .param("periodStart", fact.occurredOn().earliest())
                .param("recordedAt", fact.recordedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** A fact is a proposal or an answer, never both: closing both tables closes whichever it is. */
    void close(UUID factId, Instant at) {
        CurrentRows.close(jdbc, "proposal", "id", factId, at);
        CurrentRows.close(jdbc, "proposal_answer", "fact_id", factId, at);
    }

    void deleteAll() {
        jdbc.sql("delete from proposal_answer").update();
        jdbc.sql("delete from proposal").update();
    }

    /** The proposals of a track, or of every track when it is null, in the order they were made. */
    List<MadeProposal> proposals(String track, AsOf asOf) {
        String sql = PROPOSAL_COLUMNS + " where " + asOf.rowsValid(null) + (track == null ? "" : " and track = :track")
                + " order by period_start, recorded_at, id";
        return jdbc.sql(sql).params(parameters(track, asOf)).query(ProposalFacts::proposal).list();
    }

    /** The answers to the proposals of a track, or of every track, in timeline order. */
    List<Answer> answers(String track, AsOf asOf) {
        String sql = "select a.fact_id, a.proposal_id, a.outcome, a.occurred_on, a.period_start"
                + " from proposal_answer a join proposal p on p.id = a.proposal_id and " + asOf.rowsValid("p")
                + " where " + asOf.rowsValid("a") + (track == null ? "" : " and p.track = :track")
                + " order by a.period_start, a.recorded_at, a.fact_id";
        return jdbc.sql(sql).params(parameters(track, asOf))
                .query(ProposalFacts::answer)
                .list();
    }

    Optional<MadeProposal> proposal(UUID id, AsOf asOf) {
        return jdbc.sql(PROPOSAL_COLUMNS + " where id = :id and " + asOf.rowsValid(null))
                .params(asOf.parameters())
                .param("id", id)
                .query(ProposalFacts::proposal)
                .optional();
    }

    List<Answer> answersTo(UUID proposalId, AsOf asOf) {
        return jdbc.sql("select fact_id, proposal_id, outcome, occurred_on, period_start from proposal_answer"
                        + " where proposal_id = :id and " + asOf.rowsValid(null)
                        + " order by period_start, recorded_at, fact_id")
                .params(asOf.parameters())
                .param("id", proposalId)
                .query(ProposalFacts::answer)
                .list();
    }

    private static Map<String, Object> parameters(String track, AsOf asOf) {
        Map<String, Object> parameters = new HashMap<>(asOf.parameters());
        if (track != null) {
            parameters.put("track", track);
        }
        return parameters;
    }

    private static MadeProposal proposal(ResultSet row, int rowNumber) throws SQLException {
        int roundNumber = row.getInt("round_number");
        Integer round = row.wasNull() ? null : roundNumber;
        return new MadeProposal(row.getObject("id", UUID.class), row.getString("track"),
                row.getString("occurred_on"), row.getObject("period_start", LocalDate.class), row.getString("title"),
                row.getString("proposal"), row.getString("proposed_by"), row.getString("proposed_to"), round);
    }

    private static Answer answer(ResultSet row, int rowNumber) throws SQLException {
        return new Answer(row.getObject("fact_id", UUID.class), row.getObject("proposal_id", UUID.class),
                row.getString("outcome"), row.getString("occurred_on"), row.getObject("period_start", LocalDate.class));
    }

    record MadeProposal(UUID id, String track, String occurredOn, LocalDate periodStart, String title,
                        String proposal, String proposedBy, String proposedTo, Integer roundNumber) {
    }

    record Answer(UUID factId, UUID proposalId, String outcome, String occurredOn, LocalDate periodStart) {
    }
}
