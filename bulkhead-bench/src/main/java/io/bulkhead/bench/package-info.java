/**
 * Benchmarks of Bulkhead's log reader.
 *
 * <p>{@link io.bulkhead.bench.Bench} is the command line. {@code read} generates realistic vendor
 * NDJSON ({@link io.bulkhead.bench.Generator}) and times {@code cat}, {@code grep}, {@code rg},
 * {@code jq} and Bulkhead's read+normalise on the same bytes ({@link
 * io.bulkhead.bench.ReadBenchmark}). {@code jmh} runs {@link io.bulkhead.bench.JsonParseBench},
 * which compares the JSON parsers the reader could use on the same in-memory lines.
 *
 * <p>Nothing here is used by Bulkhead itself; generated data goes under {@code /tmp}.
 */
package io.bulkhead.bench;
