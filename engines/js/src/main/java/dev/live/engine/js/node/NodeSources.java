package dev.live.engine.js.node;

import dev.live.core.engine.SourceFile;
import dev.live.engine.truffle.LastTwoRuns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Source;

/**
 * The parsed sources of a session, kept strongly so that a fresh context of the warm engine reuses
 * their parse: GraalJS caches a parse, and the code compiled for its functions, only while its
 * {@link Source} is reachable. Two kinds: the modules live evaluates itself (the main and each
 * {@code use}d file), keyed by their text, of which a run keeps those the last run used; and the
 * CommonJS files and package texts {@code require} reads. Of those, a local file is checked by
 * modification time and size on each use; a file inside {@code node_modules} is trusted until a
 * {@code package.json} or {@code node_modules/.package-lock.json} seen by a run changes (npm
 * rewrites the latter on every install). Thread-safe.
 */
public final class NodeSources {

  /** The wrapper Node puts around a CommonJS file, on the file's first line so lines match. */
  private static final String WRAPPER_START =
      "(function (exports, require, module, __filename, __dirname) {";

  private static final String WRAPPER_END = "\n})";

  private record Stamp(long modified, long size) {
    /** A file that does not exist (yet): creating it is a change too. */
    static final Stamp MISSING = new Stamp(-1, -1);

    static Stamp of(Path file) throws IOException {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return new Stamp(attributes.lastModifiedTime().toMillis(), attributes.size());
    }
  }

  private record Cached<T>(Stamp stamp, T value) {}

  /** What makes two evaluated modules the same to the engine's cache. */
  private record ScriptKey(Path path, String displayName, String text, boolean esModule) {}

  private final LastTwoRuns<ScriptKey, Source> scripts = new LastTwoRuns<>();

  private final Map<Path, Cached<Source>> modules = new ConcurrentHashMap<>();
  private final Map<Path, Cached<String>> texts = new ConcurrentHashMap<>();
  private final Map<String, String> resolved = new ConcurrentHashMap<>();
  private final Map<Path, Stamp> packageFiles = new ConcurrentHashMap<>();

  /** Whether {@code file} belongs to an installed package: neither watched nor re-checked. */
  public static boolean installed(Path file) {
    for (Path part : file) {
      if (part.toString().equals("node_modules")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A run begins: modules the run before the last did not evaluate are let go, and if a package
   * file seen before changed (an install, an edited {@code package.json}), every installed file is
   * read again and every bare name resolved again.
   */
  public void runStarting() {
    scripts.runStarting();
    boolean changed = false;
    for (Map.Entry<Path, Stamp> entry : packageFiles.entrySet()) {
      changed |= !entry.getValue().equals(stampOrMissing(entry.getKey()));
    }
    if (changed) {
      packageFiles.clear();
      resolved.clear();
      modules.keySet().removeIf(NodeSources::installed);
      texts.keySet().removeIf(NodeSources::installed);
    }
  }

  /** The Source of a module live evaluates; the same one as before if its text is. */
  public Source script(SourceFile file, boolean esModule) {
    ScriptKey key = new ScriptKey(file.path(), file.displayName(), file.text(), esModule);
    return scripts.get(key, unused -> buildScript(file, esModule));
  }

  /** How many Sources of evaluated modules are held. */
  int scriptsHeld() {
    return scripts.held();
  }

  private static Source buildScript(SourceFile file, boolean esModule) {
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

  /** Notes a file whose change invalidates the installed packages (it may not exist yet). */
  void notePackageFile(Path file) {
    packageFiles.computeIfAbsent(file, NodeSources::stampOrMissing);
  }

  /** A CommonJS file wrapped as Node wraps it, parsed once while it stays the same. */
  Source module(Path file, String name) {
    return cached(modules, file, text -> wrap(file, name, text));
  }

  /** A file's text (a JSON module, a {@code package.json}), read once while it stays the same. */
  String text(Path file) {
    return cached(texts, file, text -> text);
  }

  /** The file a bare name resolved to from a folder, kept until a package file changes. */
  String resolved(String key) {
    return resolved.get(key);
  }

  void resolved(String key, String file) {
    resolved.put(key, file);
  }

  private interface Reading<T> {
    T from(String text);
  }

  private static <T> T cached(Map<Path, Cached<T>> cache, Path file, Reading<T> reading) {
    Cached<T> known = cache.get(file);
    if (known != null && installed(file)) {
      return known.value();
    }
    try {
      Stamp stamp = Stamp.of(file);
      if (known != null && known.stamp().equals(stamp)) {
        return known.value();
      }
      T value = reading.from(Files.readString(file, StandardCharsets.UTF_8));
      cache.put(file, new Cached<>(stamp, value));
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code text} as a function of Node's module parameters. */
  static String wrapText(String text) {
    // A shebang line is not JavaScript; Node blanks it too.
    return WRAPPER_START + (text.startsWith("#!") ? "//" + text : text) + WRAPPER_END;
  }

  private static Source wrap(Path file, String name, String text) {
    try {
      return Source.newBuilder("js", file.toFile()).content(wrapText(text)).name(name).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stamp stampOrMissing(Path file) {
    try {
      return Stamp.of(file);
    } catch (IOException e) {
      return Stamp.MISSING;
    }
  }
}
