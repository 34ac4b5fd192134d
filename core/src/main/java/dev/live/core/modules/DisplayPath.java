package dev.live.core.modules;

import java.nio.file.Path;
import java.util.Objects;

/** How messages show a path: relative to the working directory when below it, "." for itself. */
public final class DisplayPath {

  private DisplayPath() {}

  /** {@code path} as messages show it, seen from {@code workingDirectory}; both absolute. */
  public static String of(Path workingDirectory, Path path) {
    Objects.requireNonNull(path, "path");
    if (path.equals(workingDirectory)) {
      return ".";
    }
    return path.startsWith(workingDirectory)
        ? workingDirectory.relativize(path).toString()
        : path.toString();
  }
}
