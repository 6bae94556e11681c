/**
 * The credential ledger audited against the logs: which credentials were really used, when and
 * from where, which exposed credentials are still in use, and which claims of "unused" the logs
 * can prove or contradict ({@link io.bulkhead.creds.CredentialAuditor}).
 */
package io.bulkhead.creds;
