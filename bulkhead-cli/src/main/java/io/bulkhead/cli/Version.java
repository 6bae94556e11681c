package io.bulkhead.cli;

import picocli.CommandLine;

/** The version from the jar manifest, or "development" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"bulkhead " + (v == null ? "development build" : v)};
  }
}
