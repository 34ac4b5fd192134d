package dev.live.core.engine;

import java.nio.file.Path;

/**
 * The one folder outside the project that live writes to: {@code $XDG_CACHE_HOME/live}, or {@code
 * ~/.cache/live}. An engine whose runtime keeps files of its own (unpacked native libraries, say)
 * points them into a subfolder named for the engine.
 */
public final class CacheFolder {

  private CacheFolder() {}

  /** The cache folder; it may not exist yet. */
  public static Path path() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("live");
  }

  /** The subfolder an engine keeps its runtime's files in. */
  public static Path forEngine(String name) {
    return path().resolve(name);
  }
}
