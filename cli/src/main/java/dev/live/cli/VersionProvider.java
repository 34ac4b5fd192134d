package dev.live.cli;

import picocli.CommandLine;

/** {@code live --version}: the version of the packaged jar. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = LiveCommand.class.getPackage().getImplementationVersion();
    return new String[] {
      "live " + (version == null ? "(development build)" : version),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
