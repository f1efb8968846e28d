package io.cobranza.deploy.cli;

import picocli.CommandLine;

/** Reads the version from the jar's manifest (the Maven project version). */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    var version = CobranzaCli.class.getPackage().getImplementationVersion();
    return new String[] {
      "cobranza " + (version == null ? "(development build)" : version), "Java " + Runtime.version()
    };
  }
}
