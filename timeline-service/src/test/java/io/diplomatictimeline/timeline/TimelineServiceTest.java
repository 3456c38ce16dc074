package io.diplomatictimeline.timeline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The whole service on a random port, with its real database (a fresh H2 file, or PostgreSQL under the
 * postgres profile) and Kafka's own broker in the test JVM. Every test class uses exactly this, so one
 * context and one broker serve them all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "timeline.data-dir=./target/test-data/${random.uuid}")
@EmbeddedKafka(kraft = true, partitions = 3, topics = "diplomatic-timeline.events",
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
public @interface TimelineServiceTest {
}
