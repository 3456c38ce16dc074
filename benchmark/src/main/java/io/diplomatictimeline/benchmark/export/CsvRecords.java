package io.diplomatictimeline.benchmark.export;

/**
 * Counts the records of an RFC 4180 CSV as its bytes stream past, without keeping them: a line break ends a record
 * unless it is inside a quoted cell (a title may hold one). A doubled quote inside a quoted cell leaves it and enters
 * it again, which changes nothing. A last record without a closing line break counts too.
 */
final class CsvRecords {

    private long records;
    private boolean quoted;
    private boolean recordOpen;

    void accept(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (b == '"') {
                quoted = !quoted;
                recordOpen = true;
            } else if (b == '\n' && !quoted) {
                records++;
                recordOpen = false;
            } else if (b != '\r') {
                recordOpen = true;
            }
        }
    }

    long count() {
        return records + (recordOpen ? 1 : 0);
    }
}
