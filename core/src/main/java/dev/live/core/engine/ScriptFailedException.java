package dev.live.core.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A script failed: a syntax error, an uncaught exception, an error raised while loading a module.
 * The runner reports it and keeps watching. {@link #scriptTrace()} is the error as the script's own
 * language prints it (a Python traceback, a JavaScript stack), without engine-internal frames.
 *
 * <p>When the error crosses into another language, that language raises its own exception with
 * {@link #errorType()} and {@link #errorMessage()}, and if it comes back to the language it started
 * in, {@link #origin()} and {@link #nativeError()} let that engine rethrow the original.
 */
public class ScriptFailedException extends RuntimeException {

  private final Path file;
  private final int line;
  private final String scriptTrace;
  private final String errorType;
  private final String errorMessage;
  private final Object origin;

  /**
   * @param file the file where the error was raised, or null when unknown
   * @param line the 1-based line, or 0 when unknown
   * @param message the one-line error, as {@code NameError: name 'x' is not defined}
   * @param scriptTrace the full error as the script's language prints it
   */
  public ScriptFailedException(
      Path file, int line, String message, String scriptTrace, Throwable cause) {
    this(file, line, message, scriptTrace, cause, typeOf(message), textOf(message), null);
  }

  /**
   * @param errorType the error's class name in its language: {@code ValueError}, {@code TypeError}
   * @param errorMessage the message without the type
   * @param origin the engine scope the error was raised in (see {@link
   *     dev.live.core.bridge.NativeValue#owner()}), or null
   */
  public ScriptFailedException(
      Path file,
      int line,
      String message,
      String scriptTrace,
      Throwable cause,
      String errorType,
      String errorMessage,
      Object origin) {
    super(message, cause);
    this.file = file;
    this.line = line;
    this.scriptTrace = scriptTrace;
    this.errorType = errorType;
    this.errorMessage = errorMessage;
    this.origin = origin;
  }

  private static String typeOf(String message) {
    int colon = message == null ? -1 : message.indexOf(": ");
    return colon > 0 && !message.substring(0, colon).contains(" ")
        ? message.substring(0, colon)
        : "Error";
  }

  private static String textOf(String message) {
    int colon = message == null ? -1 : message.indexOf(": ");
    return colon > 0 && !message.substring(0, colon).contains(" ")
        ? message.substring(colon + 2)
        : String.valueOf(message);
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

  /** The error's class name in the language that raised it. */
  public String errorType() {
    return errorType;
  }

  /** The message without the type name. */
  public String errorMessage() {
    return errorMessage;
  }

  /** The engine scope the error was raised in, or null. */
  public Object origin() {
    return origin;
  }

  /** The engine's own exception, to rethrow when the error returns to {@link #origin()}. */
  public Throwable nativeError() {
    return getCause();
  }
}
