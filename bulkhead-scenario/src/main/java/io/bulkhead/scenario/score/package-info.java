/**
 * Scoring a findings document against a scenario's answer key, check by check: exact counts,
 * precision and recall of id sets, compromised credentials, accounts, addresses and hosts, dormant
 * periods, the alert the key expects, and credential verdicts.
 */
package io.bulkhead.scenario.score;
