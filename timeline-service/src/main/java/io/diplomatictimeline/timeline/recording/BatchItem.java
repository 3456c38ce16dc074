package io.diplomatictimeline.timeline.recording;

/** A fact of a batch that passed its field rules, with its place in the request and its track. */
record BatchItem(int index, String track, RecordableFact fact) {
}
