package dev.live.cli;

import sun.misc.Signal;

/** Ctrl-C and termination. */
final class Interrupts {

  private Interrupts() {}

  /**
   * On SIGINT (Ctrl-C), SIGTERM and SIGHUP: runs {@code cleanup} (stop the run, call the dispose
   * hooks) while the engines and the console are still intact, then exits with 130, 143 or 129.
   * Shutdown hooks are too late for this: Jython closes its streams in one of its own, in no fixed
   * order. Installing the handler explicitly also matters because a JVM started in the background
   * by a non-interactive shell inherits an ignored SIGINT and would otherwise not stop on Ctrl-C.
   */
  static void onInterrupt(Runnable cleanup) {
    handle("INT", cleanup, ExitCodes.INTERRUPTED);
    handle("TERM", cleanup, ExitCodes.TERMINATED);
    handle("HUP", cleanup, ExitCodes.HUNG_UP);
  }

  private static void handle(String signal, Runnable cleanup, int status) {
    try {
      Signal.handle(
          new Signal(signal),
          received -> {
            try {
              cleanup.run();
            } finally {
              System.exit(status);
            }
          });
    } catch (IllegalArgumentException e) {
      // This platform has no such signal: the JVM's default handling is all there is.
    }
  }
}
