package io.diplomatictimeline.timeline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The whole service on a random port, with its real database (a fresh H2 file, or PostgreSQL under the
 * postgres profile) and Kafka's own broker in the test JVM, in static token mode with the {@link TestTokens}.
 * Every test class uses exactly this, so one context and one broker serve them all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "timeline.data-dir=./target/test-data/${random.uuid}",
        "timeline.security.static-tokens[0].client=" + TestTokens.WRITER_CLIENT,
        "timeline.security.static-tokens[0].sha256=" + TestTokens.WRITER_SHA256,
        "timeline.security.static-tokens[0].scopes=events:write",
        "timeline.security.static-tokens[1].client=test-reader",
        "timeline.security.static-tokens[1].sha256=" + TestTokens.READER_SHA256,
        "timeline.security.static-tokens[1].scopes=events:read",
        "timeline.security.static-tokens[2].client=hasty-writer",
        "timeline.security.static-tokens[2].sha256=" + TestTokens.HASTY_WRITER_SHA256,
        "timeline.security.static-tokens[2].scopes=events:write",
        "timeline.limits.rate.clients.hasty-writer.writes=1",
        "timeline.limits.rate.clients.hasty-writer.per=1h",
        "timeline.limits.rate.clients.hasty-writer.burst=3"})
// Boot's tests switch metrics export off unless asked; /actuator/prometheus is part of what is served.
@AutoConfigureObservability(tracing = false)
@EmbeddedKafka(kraft = true, partitions = 3, topics = "diplomatic-timeline.events",
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
public @interface TimelineServiceTest {
}
