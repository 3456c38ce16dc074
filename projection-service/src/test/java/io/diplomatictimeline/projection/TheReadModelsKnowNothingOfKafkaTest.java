package io.diplomatictimeline.projection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The read models and their queries are the same whatever carries the facts in: only the consumption package knows
 * about Kafka and CloudEvents, so replaying from another source, or testing as a plain object, needs neither.
 */
class TheReadModelsKnowNothingOfKafkaTest {

    private static final String[] READ_SIDE = {"..projection.readmodel..", "..projection.timeline..",
            "..projection.rounds..", "..projection.disputes..", "..projection.proposals..", "..projection.actors..",
            "..projection.statements..", "..projection.changes..", "..projection.web.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.diplomatictimeline.projection");

    @Test
    void noReadModelDependsOnKafkaOrOnCloudEvents() {
        noClasses().that().resideInAnyPackage(READ_SIDE)
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..", "io.cloudevents..")
                .check(classes);
    }

    @Test
    void noReadModelReachesIntoTheConsumption() {
        noClasses().that().resideInAnyPackage(READ_SIDE)
                .should().dependOnClassesThat().resideInAPackage("..projection.consumption..")
                .check(classes);
    }

    @Test
    void theReadModelsAskEachOtherWithoutGoingRound() {
        slices().matching("io.diplomatictimeline.projection.(*)..").should().beFreeOfCycles().check(classes);
    }
}
