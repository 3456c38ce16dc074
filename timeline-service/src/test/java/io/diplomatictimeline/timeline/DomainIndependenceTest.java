package io.diplomatictimeline.timeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain (aggregates, commands, events, value types and the EDTF date) speaks only of diplomacy: no web,
 * Kafka, JSON, Spring or persistence. Axon's own annotations and Bean Validation's constraints are allowed.
 */
@AnalyzeClasses(packages = "io.diplomatictimeline", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIndependenceTest {

    private static final String[] DOMAIN = {
            "io.diplomatictimeline.edtf..",
            "io.diplomatictimeline.timeline.fact..",
            "io.diplomatictimeline.timeline.track..",
            "io.diplomatictimeline.timeline.round..",
            "io.diplomatictimeline.timeline.dispute..",
            "io.diplomatictimeline.timeline.agreement..",
            "io.diplomatictimeline.timeline.proposal..",
            "io.diplomatictimeline.timeline.statement..",
            "io.diplomatictimeline.timeline.expulsion..",
            "io.diplomatictimeline.timeline.seizure..",
            "io.diplomatictimeline.timeline.corroboration..",
            "io.diplomatictimeline.timeline.correction.."};

    @ArchTest
    static final ArchRule domainHasNoInfrastructure = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.servlet..", "jakarta.persistence..", "java.sql..",
                    "javax.sql..", "org.apache.kafka..", "io.cloudevents..", "com.fasterxml.jackson..",
                    "org.hibernate..", "org.flywaydb..");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoTheAdapters = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.diplomatictimeline.timeline.recording..", "io.diplomatictimeline.timeline.receipt..",
                    "io.diplomatictimeline.timeline.publication..", "io.diplomatictimeline.timeline.json..");
}
