package dev.live.core.engine;

/** A run was stopped from outside (a newer change, or the session closing) before it ended. */
public class RunCancelledException extends RuntimeException {

  public RunCancelledException(String message, Throwable cause) {
    super(message, cause);
  }
}
