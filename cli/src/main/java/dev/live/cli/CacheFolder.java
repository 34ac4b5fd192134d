package dev.live.cli;

import java.nio.file.Path;

/**
 * The one folder outside the project that live writes to: {@code $XDG_CACHE_HOME/live}, or {@code
 * ~/.cache/live}. GraalJS unpacks a small native library there on JDKs that need it.
 */
final class CacheFolder {

  private CacheFolder() {}

  static Path path() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("live");
  }

  /** Points the engines' own caches into live's cache folder, unless the user chose one. */
  static void useForEngines() {
    if (System.getProperty("polyglot.engine.userResourceCache") == null) {
      System.setProperty(
          "polyglot.engine.userResourceCache", path().resolve("polyglot").toString());
    }
  }
}
