package dev.live.engine.js;

import dev.live.core.engine.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.Source;

/**
 * The {@link Source} of every file the last run and this one evaluated, so that a file evaluated
 * again with the same text gets the same Source. The shared engine caches a parse, and with it the
 * code compiled for its functions, only while its Source is reachable: with a new Source per run, a
 * collection between two saves would throw away what the previous runs compiled.
 *
 * <p>A file the last run did not use is let go at the next run's start, so the cache holds no more
 * than two runs' files. Thread-safe.
 */
final class SourceCache {

  /** What makes two Sources the same to the engine's cache. */
  private record Key(Path path, String displayName, String text, boolean esModule) {}

  private Map<Key, Source> lastRun = new HashMap<>();
  private Map<Key, Source> thisRun = new HashMap<>();

  /** Starts a run: the Sources of files the run before the last did not use are let go. */
  synchronized void runStarting() {
    lastRun = thisRun;
    thisRun = new HashMap<>();
  }

  /** The Source of {@code file} as this run sees it; the same one as before if its text is. */
  synchronized Source sourceOf(SourceFile file, boolean esModule) {
    Key key = new Key(file.path(), file.displayName(), file.text(), esModule);
    Source source = thisRun.get(key);
    if (source == null) {
      source = lastRun.get(key);
    }
    if (source == null) {
      source = build(file, esModule);
    }
    thisRun.put(key, source);
    return source;
  }

  /** How many Sources the cache holds. */
  synchronized int held() {
    Set<Source> all = new HashSet<>(lastRun.values());
    all.addAll(thisRun.values());
    return all.size();
  }

  private static Source build(SourceFile file, boolean esModule) {
    try {
      Source.Builder builder =
          esModule
              ? Source.newBuilder("js", file.path().toFile())
                  .content(file.text())
                  .mimeType("application/javascript+module")
              : Source.newBuilder("js", file.text(), file.displayName());
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
