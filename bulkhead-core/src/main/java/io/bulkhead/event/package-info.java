/**
 * The normalised event every capability works on.
 *
 * <p>An {@link io.bulkhead.event.Event} carries the fields investigations need across vendors
 * (time, action, outcome, actor, credential identifiers, target, client, session, HTTP request)
 * beside the raw vendor document, and the {@link io.bulkhead.event.Origin} it was read from, so
 * that every piece of evidence points at a line someone can open. Events are immutable values.
 */
package io.bulkhead.event;
