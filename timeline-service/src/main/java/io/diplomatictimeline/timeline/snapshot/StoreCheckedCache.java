package io.diplomatictimeline.timeline.snapshot;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The track cache of an instance that shares its event store with others: a cached track is handed out only while
 * the store holds no later event of it. A track another instance has written since is dropped and loaded again from
 * the store, so no command is judged, accepted or refused, against a history that has moved on. The look-up runs in
 * the command's transaction, under the track's lock: one indexed query per cached track loaded. What another instance
 * appends after it is caught by the store's unique key at commit, and the command is judged again
 * (recording package).
 */
final class StoreCheckedCache implements Cache {

    private static final String LAST_SEQUENCE =
            "SELECT MAX(sequenceNumber) FROM DomainEventEntry WHERE aggregateIdentifier = ?";

    private final Cache tracks;
    private final JdbcClient jdbc;

    StoreCheckedCache(Cache tracks, JdbcClient jdbc) {
        this.tracks = tracks;
        this.jdbc = jdbc;
    }

    @Override
    public <K, V> V get(K key) {
        V entry = tracks.get(key);
        if (entry instanceof AggregateCacheEntry<?> track && isBehindTheStore(key, track)) {
            tracks.remove(key);
            return null;
        }
        return entry;
    }

    private boolean isBehindTheStore(Object track, AggregateCacheEntry<?> cached) {
        // The heap tier keeps entries by reference (TrackCacheConfiguration), so the entry still holds the aggregate
        // it was made from, and hands it back without anything to rebuild it with.
        Long version = cached.recreateAggregate(null, null, null, null).version();
        Long stored = jdbc.sql(LAST_SEQUENCE).param(track.toString()).query(Long.class).optional().orElse(null);
        return stored != null && (version == null || stored > version);
    }

    @Override
    public void put(Object key, Object value) {
        tracks.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return tracks.putIfAbsent(key, value);
    }

    @Override
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return tracks.computeIfAbsent(key, valueSupplier);
    }

    @Override
    public boolean remove(Object key) {
        return tracks.remove(key);
    }

    @Override
    public void removeAll() {
        tracks.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return tracks.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return tracks.registerCacheEntryListener(cacheEntryListener);
    }

    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        tracks.computeIfPresent(key, update);
    }
}
