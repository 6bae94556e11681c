package io.bulkhead.source;

/**
 * What was read from one input: the format it was read as (null when the file could not be
 * recognised or opened), events handed on, rejects, events that carried no time, and events left
 * out by the time window.
 */
public record FileSummary(
    String file, LogFormat format, long events, long rejects, long withoutTime, long outsideWindow) {}
