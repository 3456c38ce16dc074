package io.diplomatictimeline.benchmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static long count(String... chunks) {
        CsvRecords records = new CsvRecords();
        for (String chunk : chunks) {
            byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
            records.accept(bytes, 0, bytes.length);
        }
        return records.count();
    }

    @Test
    void countsTheHeaderAndEachRowEndedByCrLf() {
        assertThat(count("id,title\r\n1,a\r\n2,b\r\n")).isEqualTo(3);
    }

    @Test
    void aLineBreakInsideAQuotedCellIsNoNewRecord() {
        assertThat(count("id,title\r\n1,\"two\r\nlines, and \"\"quotes\"\"\"\r\n2,b\r\n")).isEqualTo(3);
    }

    @Test
    void chunksMaySplitARecordAnywhere() {
        assertThat(count("id,ti", "tle\r", "\n1,\"a\r", "\nb\"\r\n2,", "c\r\n")).isEqualTo(3);
    }

    @Test
    void aLastRecordWithoutLineBreakCountsAndNothingIsNothing() {
        assertThat(count("id\r\n1")).isEqualTo(2);
        assertThat(count("")).isZero();
    }
}
