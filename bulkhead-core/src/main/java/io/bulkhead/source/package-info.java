/**
 * Reading vendor logs as the vendors write them.
 *
 * <p>{@link io.bulkhead.source.LogReader} is the entry point: it expands inputs (files,
 * directories, {@code .gz}, standard input), recognises each file's {@link
 * io.bulkhead.source.LogFormat} from its content, frames it into lines, decodes lines on a small
 * worker pool and hands the resulting {@link io.bulkhead.event.Event}s and {@link
 * io.bulkhead.source.Reject}s to an {@link io.bulkhead.source.EventSink} in input order. Memory
 * stays bounded whatever the input: lines are capped, work in flight is capped, and nothing is
 * kept once handed on. A record that cannot be read becomes a reject naming file, line and
 * reason; nothing is dropped without being counted.
 *
 * <p>One package-private normaliser per vendor format maps the vendor's fields to the event
 * model; the raw document is kept beside the normalised fields.
 */
package io.bulkhead.source;
