package dev.live.core.engine;

import java.nio.file.Path;

/**
 * A folder or jar given to add engines does not exist, cannot be read, or is neither a folder nor a
 * jar. The message names the path and what it was given as.
 */
public class EnginePathException extends RuntimeException {

  private final Path path;

  public EnginePathException(Path path, String message, Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /** The path that could not be used. */
  public Path path() {
    return path;
  }
}
