package io.diplomatictimeline.timeline.track;

import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The versions of a track's facts that were ever corrected or retracted. A fact not found here is at version 1
 * and stands, so the track keeps an entry only per changed fact, never one per fact.
 */
final class Revisions {

    private record Revision(int version, boolean retracted) {
    }

    private final Map<UUID, Revision> revisions = new HashMap<>();

    int versionOf(UUID factId) {
        Revision revision = revisions.get(factId);
        return revision == null ? 1 : revision.version();
    }

    /** A retracted fact is final; and a fact is changed from the version its change was made from. */
    void checkCanChange(UUID factId, Integer expectedVersion) {
        Revision revision = revisions.get(factId);
        if (revision != null && revision.retracted()) {
            throw new HistoryConflictException("id", "fact " + factId + " was retracted (version "
                    + revision.version() + ") and can be neither corrected nor retracted again");
        }
        int version = versionOf(factId);
        if (expectedVersion != null && expectedVersion != version) {
            throw new HistoryConflictException("id", "fact " + factId + " changed while this correction was made"
                    + " (it is now at version " + version + ", the correction was made to version "
                    + expectedVersion + "); read it again and correct that");
        }
    }

    /** A retracted fact takes nothing more: {@code what} says what it was refused. */
    void checkStands(UUID factId, String what) {
        Revision revision = revisions.get(factId);
        if (revision != null && revision.retracted()) {
            throw new HistoryConflictException("id", "fact " + factId + " was retracted (version "
                    + revision.version() + ") and " + what);
        }
    }

    void corrected(UUID factId, int version) {
        revisions.put(factId, new Revision(version, false));
    }

    void retracted(UUID factId, int version) {
        revisions.put(factId, new Revision(version, true));
    }
}
