package io.diplomatictimeline.timeline.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * The Idempotency-Key rules (IETF httpapi idempotency-key draft): the first request with a key is carried out;
 * a retry with the same key and the same body is answered as the first was; the same key with another body is
 * refused (422); a retry while the first is still in flight is refused (409). Only requests that were carried out
 * keep their key: a refused one releases it.
 */
@Service
public class IdempotentRequests {

    private static final int ATTEMPTS = 3;

    private final IdempotencyKeys keys;
    private final IdempotencyProperties properties;
    private final Clock clock = Clock.systemUTC();

    IdempotentRequests(IdempotencyKeys keys, IdempotencyProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    /**
     * Carries out {@code request} once per (client, key). {@code request} must itself answer a retry of work
     * already done as it did the first time: recording a fact does (by its id and receipt), so a replay simply
     * asks it again, and gets the original receipt without recording anything.
     */
    public <T> T once(String client, IdempotencyKey key, String fingerprint, UUID factId, Supplier<T> request) {
        if (!claim(client, key, fingerprint, factId)) {
            return request.get();
        }
        T answer;
        try {
            answer = request.get();
        } catch (RuntimeException e) {
            keys.release(client, key);
            throw e;
        }
        keys.complete(client, key, clock.instant());
        return answer;
    }

    /** True when this request claimed the key; false when it is a retry of a completed request. */
    private boolean claim(String client, IdempotencyKey key, String fingerprint, UUID factId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            Instant expires = now.plus(properties.retention());
            var stored = keys.find(client, key);
            if (stored.isEmpty()) {
                if (keys.claim(client, key, fingerprint, factId, now, expires)) {
                    return true;
                }
                continue; // another request claimed it in between: judge against that one
            }
            IdempotencyKeys.StoredKey earlier = stored.get();
            Instant abandonedBefore = now.minus(properties.inFlightTimeout());
            boolean stale = earlier.expiresAt().isBefore(now)
                    || (earlier.completedAt() == null && earlier.createdAt().isBefore(abandonedBefore));
            if (stale) {
                if (keys.takeOver(client, key, fingerprint, factId, now, expires, abandonedBefore)) {
                    return true;
                }
                continue;
            }
            if (!earlier.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException();
            }
            if (earlier.completedAt() == null) {
                throw new IdempotencyKeyInFlightException();
            }
            return false;
        }
        // Lost every race for the key: some other request holds it right now.
        throw new IdempotencyKeyInFlightException();
    }
}
