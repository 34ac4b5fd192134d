package dev.live.core.engine;

/** A run was stopped from outside (a newer change, or the session closing) before it ended. */
public class RunCancelledException extends RuntimeException {

  /** A stop noticed by live itself, before or between evaluations. */
  public RunCancelledException() {
    this(null);
  }

  /** A stop that surfaced as the engine's own exception, kept as the cause. */
  public RunCancelledException(Throwable cause) {
    super("run cancelled", cause);
  }
}
