package dev.live.engine.js;

import dev.live.engine.js.node.NodeSources;
import dev.live.engine.truffle.RecordingFileSystem;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The recording file system of a JavaScript context, which also resolves bare imports: every file
 * GraalJS opens for reading, such as an ES module's imports, joins the watch set, save an installed
 * package's, which is watched through its package files instead (see {@code LoaderHost}).
 */
final class ImportRecorder extends RecordingFileSystem {

  private volatile Function<String, Path> bareImports = specifier -> null;

  ImportRecorder() {
    super(NodeSources::installed);
  }

  /** Where a bare {@code import "name"} goes: a package's file, or null to leave it unresolved. */
  void resolveBareWith(Function<String, Path> bareImports) {
    this.bareImports = bareImports;
  }

  @Override
  public Path parsePath(URI uri) {
    if ("node".equals(uri.getScheme())) {
      Path target = bareImports.apply(uri.toString());
      if (target != null) {
        return target;
      }
    }
    return super.parsePath(uri);
  }

  @Override
  public Path parsePath(String path) {
    if (bare(path)) {
      Path target = bareImports.apply(path);
      if (target != null) {
        return target;
      }
    }
    return super.parsePath(path);
  }

  /** A package name or core module ({@code lodash}, {@code @scope/name/sub}, {@code node:fs}). */
  private static boolean bare(String specifier) {
    return !specifier.isEmpty()
        && !specifier.startsWith("/")
        && !specifier.startsWith(".")
        && (specifier.startsWith("node:") || !specifier.contains(":"));
  }

  @Override
  public String getMimeType(Path path) {
    return host().getMimeType(path);
  }
}
