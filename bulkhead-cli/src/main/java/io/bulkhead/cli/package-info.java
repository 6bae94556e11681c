/**
 * The {@code bulkhead} command line: one picocli class per verb, shared options in mixins, one
 * writer per output format. Commands are thin: they parse options, call the core, and write.
 */
package io.bulkhead.cli;
