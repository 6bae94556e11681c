/**
 * What a compiled Sigma rule is: immutable records that the compiler in {@link io.bulkhead.sigma}
 * produces and the evaluator walks.
 *
 * <p>A detection compiles to a {@link io.bulkhead.sigma.model.Condition} tree whose leaves test a
 * {@link io.bulkhead.sigma.model.FieldRef} (a Sigma field name with the raw-document paths it was
 * mapped to) with a {@link io.bulkhead.sigma.model.ValueTest}. Value modifiers, wildcards,
 * placeholders and encodings are resolved at compile time: a tree holds only precomputed patterns
 * ({@link io.bulkhead.sigma.model.Glob}, RE2J regular expressions, CIDR ranges, numbers), so the
 * same tree is safe to share between threads and evaluating it never compiles anything. A
 * correlation rule compiles to a {@link io.bulkhead.sigma.model.Correlation}.
 *
 * <p>Every type here is a value: records with defensive copies, no nulls in collections.
 */
package io.bulkhead.sigma.model;
