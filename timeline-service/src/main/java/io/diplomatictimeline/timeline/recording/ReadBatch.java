package io.diplomatictimeline.timeline.recording;

import java.util.List;

/** A batch as read: the items that passed their field rules, the problems of those that did not, and the count. */
record ReadBatch(List<BatchItem> items, List<BatchProblem> problems, int size) {
}
