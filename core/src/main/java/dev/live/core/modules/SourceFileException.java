package dev.live.core.modules;

import java.nio.file.Path;

/**
 * A script file cannot be run as it is: missing, a folder, unreadable, or not UTF-8 text. The
 * message names the file and the way out.
 */
public class SourceFileException extends RuntimeException {

  private final Path file;

  public SourceFileException(Path file, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
