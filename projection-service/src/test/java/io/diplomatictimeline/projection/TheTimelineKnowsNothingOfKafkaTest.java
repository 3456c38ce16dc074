package io.diplomatictimeline.projection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The read model and its queries are the same whatever carries the facts in: only the consumption package knows
 * about Kafka and CloudEvents, so replaying from another source, or testing as a plain object, needs neither.
 */
class TheTimelineKnowsNothingOfKafkaTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.diplomatictimeline.projection");

    @Test
    void theTimelineDependsNeitherOnKafkaNorOnCloudEvents() {
        noClasses().that().resideInAPackage("..projection.timeline..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..", "io.cloudevents..")
                .check(classes);
    }

    @Test
    void theTimelineDoesNotReachIntoTheConsumption() {
        noClasses().that().resideInAPackage("..projection.timeline..")
                .should().dependOnClassesThat().resideInAPackage("..projection.consumption..")
                .check(classes);
    }
}
