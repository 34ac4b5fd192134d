package dev.live.core.engine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A script file as read for one run: its absolute path, the name to show in messages and traces
 * (relative to the working directory when it is below it), and its text.
 */
public record SourceFile(Path path, String displayName, String text, boolean isMain) {

  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(text, "text");
  }

  /** The file name without its extension: the module name {@code use} would give it. */
  public String moduleName() {
    String fileName = path.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
