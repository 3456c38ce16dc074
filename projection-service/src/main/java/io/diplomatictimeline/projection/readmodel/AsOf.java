package io.diplomatictimeline.projection.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * Which knowledge a query answers from: the current one, or the one the read models held at a past instant. Every
 * row of a read model is a version of a fact, valid from its {@code recorded_at} until its {@code valid_to} (null
 * while current), so both are one condition on those two columns. The instant is bound as {@value #PARAMETER}.
 *
 * @param instant the instant asked about, or null for the current knowledge
 */
public record AsOf(Instant instant) {

    public static final String PARAMETER = "asOf";

    private static final AsOf NOW = new AsOf(null);

    public static AsOf now() {
        return NOW;
    }

    public static AsOf at(Instant instant) {
        return instant == null ? NOW : new AsOf(instant);
    }

    public Optional<Instant> at() {
        return Optional.ofNullable(instant);
    }

    /**
     * The SQL condition that keeps the rows valid at this moment.
     *
     * @param alias the table's alias in the query, or null when the columns need none
     */
    public String rowsValid(String alias) {
        String prefix = alias == null ? "" : alias + ".";
        if (instant == null) {
            return prefix + "valid_to is null";
        }
        // A version recorded at the very instant asked about is known then; the one it replaced no longer is.
        return "(" + prefix + "recorded_at <= :" + PARAMETER + " and (" + prefix + "valid_to is null or " + prefix
                + "valid_to > :" + PARAMETER + "))";
    }

    /** The bind parameters {@link #rowsValid(String)} needs: none for the current knowledge. */
    public Map<String, Object> parameters() {
        return instant == null ? Map.of() : Map.of(PARAMETER, instant.atOffset(ZoneOffset.UTC));
    }

    /** The day an answer counts days to: the day of the instant asked about, or today. */
    public LocalDate today(Clock clock) {
        return instant == null ? LocalDate.now(clock) : LocalDate.ofInstant(instant, clock.getZone());
    }
}
