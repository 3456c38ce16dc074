package io.diplomatictimeline.benchmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.benchmark.report.Result;
import org.junit.jupiter.api.Test;

class ExportFiguresTest {

    @Test
    void aWholeExportGivesItsFirstByteAndPeakMemory() {
        ExportRun.Outcome outcome = new ExportRun.Outcome(200, 12.5, 3.0, 1_001, 250_000, 300.25);

        assertThat(outcome.figures(1_000)).extracting(Result::line).containsExactly(
                "RESULT export_first_byte_ms 12.50 ms ceiling= ratio=",
                "RESULT export_rss_projection_mb 300 MB ceiling= ratio=");
    }

    @Test
    void anExportMissingEntriesFailsBothFigures() {
        ExportRun.Outcome outcome = new ExportRun.Outcome(200, 12.5, 3.0, 901, 225_000, 300.0);

        assertThat(outcome.figures(1_000)).extracting(Result::value).containsExactly("failed", "failed");
        assertThat(outcome.figures(1_000).get(0).note()).contains("901 CSV records, not 1001");
    }
}
