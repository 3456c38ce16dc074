package io.diplomatictimeline.projection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The read side: consumes the fact stream from Kafka into read models and serves them over HTTP. */
@SpringBootApplication
public class ProjectionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProjectionServiceApplication.class, args);
    }
}
