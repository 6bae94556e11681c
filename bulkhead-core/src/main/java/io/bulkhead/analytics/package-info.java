/**
 * Built-in analytics: detections Sigma cannot express, because they compare an event with what
 * the same credential or the same connection did before rather than with a fixed pattern.
 *
 * <ul>
 *   <li>{@link io.bulkhead.analytics.NewAddress}: a credential (service token, API key, access
 *       key, a service account's user name) used from an address, and a network, it never used
 *       during a baseline period.</li>
 *   <li>{@link io.bulkhead.analytics.Beaconing}: connections from one source to one destination at
 *       regular intervals, the heartbeat of an implant calling home.</li>
 * </ul>
 *
 * <p>Each {@link io.bulkhead.analytics.Analytic} is an immutable description (its configuration)
 * with pure logic; everything it learns is held in a state object it creates per run
 * ({@link io.bulkhead.analytics.Analytic#newState()}) and is handed back on every call. No
 * statics, no clocks: the same events give the same {@link io.bulkhead.analytics.Alert}s in the
 * same order, whatever order they arrive in (decisions are taken on the earliest evidence, and in
 * a hunt only at {@code finish}). State is bounded by configured caps, and what the caps left
 * out is counted in {@link io.bulkhead.analytics.AnalyticStats}.
 *
 * <p>Alerts have the shape of a Sigma match (an analytic id and title standing for the rule, a
 * level, the event time, the origin of the triggering event, and entities), so hunt output and
 * findings can carry them: {@link io.bulkhead.analytics.AnalyticInfo#asRuleInfo} and {@link
 * io.bulkhead.analytics.Alert#toFindings}. {@link io.bulkhead.analytics.Analytics} runs a set of
 * analytics over one input, as a hunt does. Semantics and defaults are documented in
 * {@code docs/rules.md}.
 */
package io.bulkhead.analytics;
