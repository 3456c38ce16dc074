package io.diplomatictimeline.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.benchmark.report.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrkScriptTest {

    @TempDir
    Path out;

    @Test
    void conditionalGetsCarryEachPathsOwnTag() throws Exception {
        Wrk wrk = new Wrk("wrk", out, "token", new Report(out));

        String lua = wrk.script("GET", "/api/timeline", List.of("/api/timeline?a=1", "/api/timeline?a=2"),
                List.of("W/\"7-aa\"", "W/\"7-bb\""));

        assertThat(lua).contains("local items = {\n[==[/api/timeline?a=1]==],\n[==[/api/timeline?a=2]==],\n}")
                .contains("local etags = {\n[==[W/\"7-aa\"]==],\n[==[W/\"7-bb\"]==],\n}")
                .contains("get_headers[\"If-None-Match\"] = etags[i]");
    }

    @Test
    void plainGetsHaveNoTags() throws Exception {
        Wrk wrk = new Wrk("wrk", out, "token", new Report(out));

        assertThat(wrk.script("GET", "/noop/timeline", List.of("/noop/timeline?x=1"), null))
                .contains("local etags = {\n}");
    }
}
