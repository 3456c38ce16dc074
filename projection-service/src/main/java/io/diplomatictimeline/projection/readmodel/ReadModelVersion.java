package io.diplomatictimeline.projection.readmodel;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * A token that changes whenever what the read models answer may have changed: the change log grew (a commit of this
 * instance's consumer, or of another instance on the same database), or the read models were emptied for a replay.
 * Answers tagged with it can be revalidated without asking the database.
 *
 * <p>It lives in memory: the random epoch makes the tokens of a restarted instance, or of another instance, differ
 * from this one's, so a tag is never taken for one it is not. A token that changes without need costs a client one
 * full answer; a token that failed to change would serve it a stale one, so when in doubt it changes.
 */
@Component
public class ReadModelVersion {

    private final String epoch = HexFormat.of().toHexDigits(new SecureRandom().nextInt());
    private final AtomicLong counter = new AtomicLong();
    private final AtomicLong logPosition = new AtomicLong(-1);

    /** The token now: {@code <epoch>.<counter>}. */
    public String current() {
        return epoch + "." + counter.get();
    }

    /** Something the read models answer may have changed. */
    public void changed() {
        counter.incrementAndGet();
    }

    /**
     * The change log's last position as just read: a change when it is beyond every position seen before. Positions
     * only grow (a replay empties the log but keeps its counter), so one seen twice, by a commit of this instance and
     * by the look that follows it, changes the token once.
     */
    public void logReaches(long position) {
        if (logPosition.getAndAccumulate(position, Math::max) < position) {
            changed();
        }
    }
}
