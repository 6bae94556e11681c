/**
 * The findings document ({@code bulkhead.findings/v1}): what an investigation concluded, in the
 * shape users script against (see the contract). The scenario's answer key has the same shape.
 * {@link io.bulkhead.findings.FindingsJson} reads and writes it.
 */
package io.bulkhead.findings;
