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
import org.springframework.beans.factory.annotation.Value;
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
     * Axon's event store exactly as its auto-configuration builds it, except for how many of the latest events it keeps
     * in memory for the tracking processors that tail the store (here one: publication to Kafka). Axon keeps 10,000,
     * which on this service were about a quarter of the heap that stays live (some 20 MB of 86 MB, 2026-11-28), and
     * with it the old generation filled and was collected every few seconds under load, pausing every request for
     * half a second. A processor that falls further behind than the cache reads from the database instead, as after
     * any restart, so the size bounds only memory, never what is published.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                  @Value("${timeline.event-store.cached-events}") int cachedEvents) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .cachedEvents(cachedEvents)
                .build();
    }

    /**
     * How the storage engine tells a duplicate event (two writers appending the same sequence number of a track) from
     * other failures: Axon's auto-configuration makes this one only when it makes the event store too.
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
