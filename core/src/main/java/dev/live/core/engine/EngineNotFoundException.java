package dev.live.core.engine;

/** No installed engine claims a file's extension. Names the file and the installed extensions. */
public class EngineNotFoundException extends RuntimeException {

  public EngineNotFoundException(String message) {
    super(message);
  }
}
