package io.diplomatictimeline.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a stack's service keeps its data: H2 files of its own, or, under the postgres profile, schemas of its own, so
 * that no stack reads what the services' own integration tests (schemas timeline and projection) left behind.
 */
final class StackDatabase {

    private StackDatabase() {
    }

    /** @param stack the stack's name, the suffix of its schemas on PostgreSQL (timeline_faults, say) */
    static String[] withDatabase(String service, String stack, Path work, List<String> arguments) {
        List<String> all = new ArrayList<>(arguments);
        if (System.getProperty("spring.profiles.active", "").contains("postgres")) {
            String schema = service + "_" + stack;
            all.add("--spring.datasource.url=jdbc:postgresql://" + env("POSTGRES_HOST", "127.0.0.1") + ":"
                    + env("POSTGRES_PORT", "5432") + "/" + env("POSTGRES_DB", "test") + "?currentSchema=" + schema);
            all.add("--spring.flyway.schemas=" + schema);
        } else {
            all.add("--" + service + ".data-dir=" + work.resolve(service));
        }
        return all.toArray(String[]::new);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
