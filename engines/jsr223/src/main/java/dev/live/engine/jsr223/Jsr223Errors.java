package dev.live.engine.jsr223;

import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.ScriptExitException;
import dev.live.core.engine.ScriptFailedException;
import java.nio.file.Path;
import javax.script.ScriptException;

/** The generic reading of an engine's errors: what {@link ScriptException} says. */
public final class Jsr223Errors {

  private Jsr223Errors() {}

  /**
   * The {@link RunCancelledException} or {@link ScriptExitException} somewhere in the cause chain
   * of an error, or null. An engine wraps exceptions that cross its frames; those two must reach
   * the runner as themselves.
   */
  public static RuntimeException runnerException(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof RunCancelledException || t instanceof ScriptExitException) {
        return (RuntimeException) t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  static RuntimeException translate(Throwable error, Jsr223Language.Failure failure) {
    RuntimeException runner = runnerException(error);
    if (runner != null) {
      return runner;
    }
    if (failure.cancelled()) {
      return new RunCancelledException(error);
    }
    if (error instanceof ScriptFailedException failed) {
      return failed;
    }
    Path file = failure.source().path();
    int line = 0;
    String message = String.valueOf(error.getMessage());
    if (error instanceof ScriptException script) {
      if (script.getFileName() != null) {
        file = failure.fileNamed().apply(script.getFileName());
      }
      line = Math.max(0, script.getLineNumber());
      // ScriptException's own message appends " in <file> at line number <n>"; the cause's is the
      // engine's wording.
      if (script.getCause() != null && script.getCause().getMessage() != null) {
        message = script.getCause().getMessage();
      }
    }
    String where = failure.source().displayName() + (line > 0 ? ":" + line : "");
    String trace = where + ": " + message;
    return ScriptFailedException.builder(message).at(file, line).trace(trace).cause(error).build();
  }
}
