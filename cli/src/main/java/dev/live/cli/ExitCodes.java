package dev.live.cli;

/** The exit codes of {@code live}, as documented in the README and in {@code --help}. */
final class ExitCodes {

  static final int OK = 0;

  /** With {@code --once}: the script failed. */
  static final int SCRIPT_FAILED = 1;

  /** Bad options, an unknown engine, an unusable main file at start-up. */
  static final int USAGE = 2;

  /** Ended with Ctrl-C (128 + SIGINT). */
  static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
