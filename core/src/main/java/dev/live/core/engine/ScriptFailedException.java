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
 * <p>Made with {@link #builder(String)}: {@code ScriptFailedException.builder("NameError: name 'x'
 * is not defined").at(file, 3).trace(trace) .cause(e).build()}.
 */
public class ScriptFailedException extends RuntimeException {

  private final Path file;
  private final int line;
  private final String scriptTrace;
  private final String errorType;
  private final String errorMessage;
  private final Object origin;

  private ScriptFailedException(Builder builder) {
    super(builder.message, builder.cause);
    this.file = builder.file;
    this.line = builder.line;
    this.scriptTrace = builder.trace != null ? builder.trace : builder.message;
    this.errorType = builder.errorType != null ? builder.errorType : typeOf(builder.message);
    this.errorMessage = builder.errorType != null ? builder.errorMessage : textOf(builder.message);
    this.origin = builder.origin;
  }

  /**
   * A failure with its one-line error, as {@code NameError: name 'x' is not defined}; everything
   * else is optional.
   */
  public static Builder builder(String message) {
    return new Builder(message);
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

  /** The parts of a {@link ScriptFailedException}, each named where it is set. */
  public static final class Builder {

    private final String message;
    private Path file;
    private int line;
    private String trace;
    private Throwable cause;
    private String errorType;
    private String errorMessage;
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

    /** The engine's own exception: the {@link #nativeError()} to rethrow in its language. */
    public Builder cause(Throwable nativeError) {
      this.cause = nativeError;
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

    /**
     * The engine scope the error was raised in (see {@link
     * dev.live.core.bridge.NativeValue#owner()}); unset, none.
     */
    public Builder origin(Object origin) {
      this.origin = origin;
      return this;
    }

    public ScriptFailedException build() {
      return new ScriptFailedException(this);
    }
  }
}
