package io.diplomatictimeline.timeline.recording;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Units of work that hold the locks of several tracks until they commit (a batch, a group of single facts) run one at
 * a time in this instance: two of them taking the tracks they share in different orders would deadlock. A fact
 * recorded alone holds one lock only and never waits while holding it, so it cannot close such a cycle. Across
 * instances, a track's history is kept by the event store's unique sequence numbers instead.
 */
@Component
class OneWriterAtATime {

    private final ReentrantLock writer = new ReentrantLock(true);

    <T> T write(Supplier<T> unitOfWork) {
        writer.lock();
        try {
            return unitOfWork.get();
        } finally {
            writer.unlock();
        }
    }
}
