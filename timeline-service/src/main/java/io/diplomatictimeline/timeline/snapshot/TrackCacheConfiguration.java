package io.diplomatictimeline.timeline.snapshot;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recently used tracks stay loaded between commands ({@code trackCache}, named by the Track aggregate), so a fact on
 * a busy track costs no reading of its snapshot and the facts after it. A track's state is small, and the cache
 * holds at most {@code timeline.track-cache.entries} tracks, the least recently used leaving first.
 * <p>
 * Several instances may write one event store (PostgreSQL): a track cached here can then be behind it. With
 * {@code timeline.track-cache.check-store} (the postgres profile) a cached track is compared with the store before it
 * judges anything ({@link StoreCheckedCache}) and loaded again when another instance wrote it. Should another instance
 * append between that check and the commit, the store's unique key refuses this instance's events, Axon drops the track
 * from the cache as the unit of work rolls back, and the command is judged again on the track as stored (recording
 * package). So a stale track can cost a retry, never a verdict on the wrong history.
 */
@Configuration
@EnableConfigurationProperties(TrackCacheProperties.class)
class TrackCacheConfiguration {

    @Bean(destroyMethod = "close")
    CacheManager trackCacheManager(TrackCacheProperties properties) {
        return CacheManagerBuilder.newCacheManagerBuilder()
                .withCache("tracks", CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                        ResourcePoolsBuilder.heap(properties.entries())))
                .build(true);
    }

    @Bean
    Cache trackCache(CacheManager trackCacheManager, TrackCacheProperties properties, JdbcClient jdbc) {
        // The heap tier keeps values by reference, as Axon needs for an aggregate it hands out again.
        Cache tracks = new EhCache3Adapter(
                (Ehcache<Object, Object>) trackCacheManager.getCache("tracks", Object.class, Object.class));
        return properties.checkStore() ? new StoreCheckedCache(tracks, jdbc) : tracks;
    }
}
