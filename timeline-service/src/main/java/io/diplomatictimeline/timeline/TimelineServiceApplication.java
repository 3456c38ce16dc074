package io.diplomatictimeline.timeline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TimelineServiceApplication {

    public static void main(String[] args) {
        // Axon checks for updates at start by calling a host that this service must not depend on.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        SpringApplication.run(TimelineServiceApplication.class, args);
    }
}
