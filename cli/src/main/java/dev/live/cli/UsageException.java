package dev.live.cli;

/**
 * A usage error found after parsing: a missing engines path, an unknown {@code --engine}, a main
 * file no engine runs. The message names the input and the way out; {@link ExitCodes#report} prints
 * it and ends with {@link ExitCodes#USAGE}.
 */
final class UsageException extends RuntimeException {

  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
