package io.diplomatictimeline.benchmark.ceiling;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;

/**
 * The HTTP ceiling: what the services' web stack (Tomcat, Spring MVC, Jackson, same JVM flags) costs when the
 * endpoint does nothing. ingest_single and query_rate are measured against it, in the same run, with the same
 * bodies and the same number of clients. The JDBC ceilings run in the driver, so no database starts here.
 */
@SpringBootApplication(exclude = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
public class CeilingApplication {

    public static void main(String[] args) {
        SpringApplication.run(CeilingApplication.class, args);
    }
}
