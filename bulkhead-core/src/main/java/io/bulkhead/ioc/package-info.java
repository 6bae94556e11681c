/**
 * Indicators of compromise: read from the formats they are published in (plain text, CSV,
 * Markdown tables, STIX 2.1, MISP, Loki files; defanged or not), canonicalised and typed
 * ({@link io.bulkhead.ioc.Indicator}), and found in events field by field
 * ({@link io.bulkhead.ioc.IndicatorMatcher}), each hit with a confidence.
 */
package io.bulkhead.ioc;
