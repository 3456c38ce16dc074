package io.diplomatictimeline.projection.stream;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The live stream's knobs (projection.stream.* in application.yml).
 *
 * @param heartbeat    how long a stream may stay silent before a comment is sent, so that proxies keep it open
 * @param pollInterval how often the change log is looked at when no commit of this instance signalled (changes
 *                     applied by another instance on the same database, or a stream with room again)
 * @param maxStreams   streams open at once; one more is refused with 503
 * @param queueBytes   what a stream may have waiting for its client before it is given nothing more: a slow client
 *                     falls behind and catches up from the change log, rather than hold memory or anyone else up
 * @param page         changes read from the log at a time for one group of streams
 * @param gather       how long a round waits after a signal for more commits to send with it: each round writes to
 *                     every stream once, so at 100 facts/s to 1,000 streams this is fewer writes, for a little more
 *                     latency
 */
@ConfigurationProperties("projection.stream")
record StreamProperties(Duration heartbeat, Duration pollInterval, int maxStreams, int queueBytes, int page,
                        Duration gather) {
}
