package dev.live.core.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A script failed: a syntax error, an uncaught exception, an error raised while loading a module.
 * The runner reports it and keeps watching. {@link #scriptTrace()} is the error as the script's own
 * language prints it (a Python traceback, a JavaScript stack), without engine-internal frames.
 */
public class ScriptFailedException extends RuntimeException {

  private final Path file;
  private final int line;
  private final String scriptTrace;

  /**
   * @param file the file where the error was raised, or null when unknown
   * @param line the 1-based line, or 0 when unknown
   * @param message the one-line error, as {@code NameError: name 'x' is not defined}
   * @param scriptTrace the full error as the script's language prints it
   */
  public ScriptFailedException(
      Path file, int line, String message, String scriptTrace, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.line = line;
    this.scriptTrace = scriptTrace;
  }

  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** 1-based line number, or 0 when the engine did not report one. */
  public int line() {
    return line;
  }

  public String scriptTrace() {
    return scriptTrace;
  }
}
