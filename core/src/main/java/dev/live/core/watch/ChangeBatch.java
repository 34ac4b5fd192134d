package dev.live.core.watch;

import java.nio.file.Path;
import java.util.Set;

/** The paths that changed during one burst of file-system events. */
public record ChangeBatch(Set<Path> paths) {

  public ChangeBatch {
    paths = Set.copyOf(paths);
  }
}
