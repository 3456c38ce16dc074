package io.diplomatictimeline.timeline.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.timeline.snapshot.SnapshotJson;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The event store: Axon's JDBC storage engine on the service's database (H2 file, or PostgreSQL). */
@Configuration
class EventStoreConfiguration {

    /**
     * Axon's JDBC storage engine exactly as its auto-configuration builds it (default schema, the same serializer for
     * events), except that snapshots have their own serializer ({@link SnapshotJson}).
     */
    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager, ObjectMapper json) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(SnapshotJson.serializer(json, getClass().getClassLoader()))
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .build();
    }

    /**
     * Axon's event store as its auto-configuration builds it, except that an event processor reads the store on a
     * stream of its own instead of through Axon's shared cache of the latest events. That cache is filled by a
     * thread of its own from the database as fast as the database answers, and a processor reading from it holds on
     * to every event the thread added after the one the processor is at: with publication slower than the database
     * (a million facts loaded, the broker busy), timeline-service held 106,601 events, 190 MB, in a 192 MB heap
     * and ran out of it (heap dump of a benchmark run, 2026-11-28). Here there is one processor, so the cache shared
     * nothing; Axon documents the option as more database reads, no extra threads and no locking.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                  org.axonframework.config.Configuration configuration) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(false)
                .build();
    }

    /**
     * How the storage engine tells a duplicate event (two writers appending the same sequence number of a track) from
     * other failures: Axon's auto-configuration makes this one only alongside its own event store.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new JdbcSQLErrorCodesResolver();
    }

    /**
     * Connections for Axon's JDBC parts (event store, token store) straight from Spring: within a transaction, the
     * transaction's own connection; outside one, a connection of the pool, returned when the statement is done. Every
     * unit of work that touches the database here runs in a Spring transaction (command bus, event processors, the
     * batch recorder, the snapshotter), so Axon's unit-of-work wrapper, its auto-configured default, adds nothing but a
     * second close of each connection at the end of the unit of work, after Spring has already returned it to the
     * pool. HikariCP reuses a connection's list of open statements for its next borrower, and such a late close
     * clears that list while another thread may be using it (seen here as an ArrayIndexOutOfBoundsException in
     * HikariCP's FastList under load).
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }
}
