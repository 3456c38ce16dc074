package io.diplomatictimeline.projection.corroboration;

import java.util.Locale;

/**
 * One source a fact's corroboration is counted from: one of the fact's own sources (which confirm it), or one added
 * since, which confirms or disputes it.
 *
 * @param publishedOn as published (an ISO date), or null
 * @param added       whether it was added to the fact rather than posted with it
 */
record CountedSource(String publisher, String publishedOn, String url, String stance, boolean added) {

    static final String CONFIRMS = "confirms";
    static final String DISPUTES = "disputes";

    /** What makes two sources the same one, as timeline-service tells them apart: publisher, URL and date. */
    String key() {
        return publisherKey() + "|" + url + "|" + publishedOn;
    }

    /** Publishers are one whatever the case and the spaces around the name. */
    String publisherKey() {
        return publisher.strip().toLowerCase(Locale.ROOT);
    }

    boolean disputes() {
        return DISPUTES.equals(stance);
    }
}
