/**
 * The scenario generator: a synthetic organisation going about November 2023, written in the
 * vendors' own log formats, with the Thanksgiving-2023 intrusion woven in and the answer key an
 * investigation is scored against.
 *
 * <p>{@link io.bulkhead.scenario.ScenarioGenerator} is the entry point; it returns a
 * {@link io.bulkhead.scenario.ScenarioSummary}. Everything else is package-private:
 * <ul>
 *   <li>the organisation ({@code Org}: people, catalogue of issues, pages and repositories,
 *       credential ledger, fleet), built from the seed and the scale;
 *   <li>one {@code DaySource} per group of log sources, writing one day at a time through
 *       {@code Sink}s laid out as the vendors' exports are; sessions expand into events that wait
 *       in a time-ordered queue, so memory holds only what is in progress;
 *   <li>the {@code Intrusion}, a plan of {@code Step}s realised by the same event classes as
 *       benign life, and the {@code AnswerKey} derived from the steps' written lines.
 * </ul>
 * Randomness is drawn from streams named by the seed and what they serve (a source, a day, a
 * person), never shared across threads, so output is byte-for-byte the same for a seed.
 */
package io.bulkhead.scenario;
