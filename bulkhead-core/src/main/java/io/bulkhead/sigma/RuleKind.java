package io.bulkhead.sigma;

/**
 * What a rule is: a Sigma detection rule, correlation rule or meta filter, or one of Bulkhead's
 * built-in analytics (what Sigma cannot express), whose alerts are reported like matches.
 */
public enum RuleKind { DETECTION, CORRELATION, FILTER, ANALYTIC }
