package io.diplomatictimeline.projection;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The read side: consumes the fact stream from Kafka into read models and serves them over HTTP. */
@SpringBootApplication
public class ProjectionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProjectionServiceApplication.class, args);
    }

    /**
     * "Today", for answers that count days up to now (how long a proposal has waited for an answer): a bean, so
     * tests can fix the day. Days are UTC days, as every date the facts carry is a calendar date without a zone.
     */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
