package io.diplomatictimeline.benchmark.query;

import io.diplomatictimeline.benchmark.load.Http;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The ETag each page of query_revalidate_rate is answered with, asked once per page from eight threads (4,096 pages
 * one at a time would take the better part of a minute on a full run).
 */
public final class PageTags {

    private static final int ASKERS = 8;

    private PageTags() {
    }

    /** @return each path's ETag, in the paths' order */
    public static List<String> of(Http http, URI instance, List<String> paths) throws Exception {
        ExecutorService askers = Executors.newFixedThreadPool(ASKERS);
        try {
            List<Future<String>> tags = new ArrayList<>();
            for (String path : paths) {
                tags.add(askers.submit(() -> tagOf(http, instance, path)));
            }
            List<String> result = new ArrayList<>(paths.size());
            for (Future<String> tag : tags) {
                result.add(tag.get());
            }
            return result;
        } finally {
            askers.shutdownNow();
        }
    }

    private static String tagOf(Http http, URI instance, String path) throws Exception {
        HttpResponse<byte[]> answer = http.getBytes(instance.resolve(path));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
        }
        return answer.headers().firstValue("ETag")
                .orElseThrow(() -> new IllegalStateException("GET " + path + " answered without an ETag"));
    }
}
