package io.bulkhead.sigma;

/** What a Sigma document is: a detection rule, a correlation rule, or a meta filter. */
public enum RuleKind { DETECTION, CORRELATION, FILTER }
