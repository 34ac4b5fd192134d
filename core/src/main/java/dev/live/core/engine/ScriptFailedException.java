package dev.live.core.engine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A script failed: a syntax error, an uncaught exception, an error raised while loading a module.
 * The runner reports it and keeps watching. {@link #scriptTrace()} is the error as the script's own
 * language prints it (a Python traceback, a JavaScript stack), without engine-internal frames.
 *
 * <p>When the error crosses into another language, that language raises its own exception with
 * {@link #errorType()} and {@link #errorMessage()}, and if it comes back to the language it started
 * in, {@link #origin()} and {@link #nativeError()} let that engine rethrow the original.
 *
 * <p>Made with a builder, each part named where it is set: {@code
 * ScriptFailedException.builder("NameError", "name 'x' is not defined").at(file, 3).trace(trace)
 * .nativeError(e, owner).build()}.
 */
public class ScriptFailedException extends RuntimeException {

  private final Path file;
  private final int line;
  private final String scriptTrace;
  private final String errorType;
  private final String errorMessage;
  private final String errorCode;
  private final Object origin;

  private ScriptFailedException(Builder builder) {
    super(builder.message, builder.cause);
    this.file = builder.file;
    this.line = builder.line;
    this.scriptTrace = builder.trace != null ? builder.trace : builder.message;
    this.errorType = builder.errorType != null ? builder.errorType : typeOf(builder.message);
    this.errorMessage = builder.errorType != null ? builder.errorMessage : textOf(builder.message);
    this.errorCode = builder.errorCode;
    this.origin = builder.origin;
  }

  /**
   * A failure with its one-line error, as {@code NameError: name 'x' is not defined}; everything
   * else is optional.
   */
  public static Builder builder(String message) {
    return new Builder(message);
  }

  /**
   * A failure with the error's class name in its language and its message: the one-line error is
   * their {@link #summary}.
   */
  public static Builder builder(String errorType, String errorMessage) {
    return new Builder(summary(errorType, errorMessage)).error(errorType, errorMessage);
  }

  /**
   * An error on one line, as languages print it: {@code Type: message}, or the type alone when the
   * message is empty.
   */
  public static String summary(String errorType, String errorMessage) {
    return errorMessage.isEmpty() ? errorType : errorType + ": " + errorMessage;
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

  /** The error's code where its language gives one (Node's {@code err.code}), or empty. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The engine scope the error was raised in, or null. */
  public Object origin() {
    return origin;
  }

  /** The engine's own exception, to rethrow when the error returns to {@link #origin()}. */
  public Throwable nativeError() {
    return getCause();
  }

  /** The parts of a {@link ScriptFailedException}, each named where it is set. */
  public static final class Builder {

    private final String message;
    private Path file;
    private int line;
    private String trace;
    private Throwable cause;
    private String errorType;
    private String errorMessage;
    private String errorCode;
    private Object origin;

    private Builder(String message) {
      this.message = message;
    }

    /**
     * Where the error was raised: the file (null when unknown) and the 1-based line (0 when
     * unknown). Unset, both are unknown.
     */
    public Builder at(Path file, int line) {
      this.file = file;
      this.line = line;
      return this;
    }

    /** The full error as the script's language prints it; unset, the one-line message. */
    public Builder trace(String scriptTrace) {
      this.trace = scriptTrace;
      return this;
    }

    /** The exception the failure was read from, kept as the cause. */
    public Builder cause(Throwable cause) {
      this.cause = cause;
      return this;
    }

    /**
     * The engine's own exception and the engine scope it was raised in (see {@link
     * dev.live.core.bridge.NativeValue#owner()}): when the failure comes back to that scope, the
     * engine rethrows the {@link #nativeError()} as itself.
     */
    public Builder nativeError(Throwable error, Object origin) {
      this.cause = error;
      this.origin = origin;
      return this;
    }

    /**
     * The error's class name in its language ({@code ValueError}, {@code TypeError}) and its
     * message without the type. Unset, both are read from the one-line message: {@code Type: text}
     * gives {@code Type} and {@code text}; anything else {@code Error} and the whole message.
     */
    public Builder error(String type, String message) {
      this.errorType = Objects.requireNonNull(type, "type");
      this.errorMessage = message;
      return this;
    }

    /** The error's code, such as Node's {@code ERR_MODULE_NOT_FOUND}; unset, none. */
    public Builder code(String code) {
      this.errorCode = code;
      return this;
    }

    public ScriptFailedException build() {
      return new ScriptFailedException(this);
    }
  }
}
