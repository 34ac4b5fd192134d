package dev.live.cli;

import sun.misc.Signal;

/** Ctrl-C handling. */
final class Interrupts {

  private Interrupts() {}

  /**
   * Exits with {@code status} on SIGINT, running the shutdown hooks. Installing the handler
   * explicitly matters: a JVM started from a non-interactive shell in the background inherits an
   * ignored SIGINT and would otherwise not stop on Ctrl-C or {@code kill -INT}.
   */
  static void exitOnCtrlC(int status) {
    try {
      Signal.handle(new Signal("INT"), signal -> System.exit(status));
    } catch (IllegalArgumentException e) {
      // No SIGINT on this platform: the JVM's default handling is all there is.
    }
  }
}
