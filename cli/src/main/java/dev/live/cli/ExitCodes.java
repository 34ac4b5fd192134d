package dev.live.cli;

import dev.live.core.engine.ScriptExitException;
import dev.live.core.reload.RunResult;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The exit codes of {@code live}, as documented in the README and in {@code --help}, and the one
 * place where a run's result or an exception becomes one. Commands return a code from {@code
 * call()}; picocli turns what they throw into one through {@link #ofException} and {@link #report}.
 */
final class ExitCodes {

  static final int OK = 0;

  /** With {@code --once}: the script failed. */
  static final int SCRIPT_FAILED = 1;

  /** Bad options, an unknown engine, an unusable main file at start-up. */
  static final int USAGE = 2;

  /** Ended by SIGHUP, the terminal closing (128 + 1). */
  static final int HUNG_UP = 129;

  /** Ended with Ctrl-C (128 + SIGINT). */
  static final int INTERRUPTED = 130;

  /** Ended by SIGTERM (128 + 15). */
  static final int TERMINATED = 143;

  private ExitCodes() {}

  /** With {@code --once}: the script's own status, {@link #SCRIPT_FAILED} if it failed. */
  static int of(RunResult result) {
    Throwable error = result.error();
    if (error == null) {
      return OK;
    }
    if (error instanceof ScriptExitException exit) {
      return exit.status();
    }
    return SCRIPT_FAILED;
  }

  /**
   * picocli's exit-code mapper. A bad command line and a {@link UsageException} are usage errors;
   * so is anything else a command throws, a defect that picocli reports with its stack trace.
   */
  static int ofException(Throwable thrown) {
    return USAGE;
  }

  /**
   * picocli's execution-exception handler: a {@link UsageException} is one line naming the problem
   * and the way out; anything else goes back to picocli, which prints its stack trace.
   */
  static int report(Exception thrown, CommandLine commandLine, ParseResult parsed)
      throws Exception {
    if (!(thrown instanceof UsageException)) {
      throw thrown;
    }
    Console.forErrors(commandLine.getErr()).fatal(thrown.getMessage());
    return commandLine.getExitCodeExceptionMapper().getExitCode(thrown);
  }
}
