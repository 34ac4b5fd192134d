package dev.live.engine.js;

import dev.live.engine.js.node.NodeSources;
import dev.live.engine.truffle.RecordingFileSystem;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The recording file system of a JavaScript context, which also resolves bare imports: every file
 * GraalJS opens for reading, such as an ES module's imports, joins the watch set, save an installed
 * package's, which is watched through its package files instead (see {@code LoaderHost}).
 *
 * <p>Bare imports ({@code import "lodash"}) resolve as in Node, from the importing module's folder:
 * GraalJS (with {@code js.esm-bare-specifier-relative-lookup}) asks for the specifier as a file
 * next to the importer, and a path that does not exist below the folder of a module read is taken
 * as that folder's bare import.
 */
final class ImportRecorder extends RecordingFileSystem {

  private volatile BiFunction<String, Path, Path> bareImports = (specifier, folder) -> null;
  private volatile Path mainFolder;

  /** The folders of the modules read: the folders bare imports are made from. */
  private final Set<Path> moduleFolders = ConcurrentHashMap.newKeySet();

  /** What each path GraalJS asked for that is a bare import stands for. */
  private final Map<Path, Path> bareTargets = new ConcurrentHashMap<>();

  ImportRecorder() {
    super(NodeSources::installed);
  }

  /**
   * Where a bare {@code import "name"} goes: {@code bareImports} takes the name and the importing
   * module's folder and returns a package's file, or null to leave it unresolved. A script, which
   * has no file of its own to GraalJS, imports from {@code mainFolder}.
   */
  void resolveBareWith(Path mainFolder, BiFunction<String, Path, Path> bareImports) {
    this.mainFolder = mainFolder;
    this.bareImports = bareImports;
    moduleFolders.add(mainFolder);
  }

  /**
   * The package file {@code path} stands for when it is a bare import made relative to the folder
   * of the module importing it; {@code path} itself otherwise.
   */
  private Path target(Path path) {
    Path known = bareTargets.get(path);
    if (known != null) {
      return known;
    }
    if (!path.isAbsolute() || Files.exists(path)) {
      return path;
    }
    for (Path folder = path.getParent(); folder != null; folder = folder.getParent()) {
      if (moduleFolders.contains(folder)) {
        String specifier = folder.relativize(path).toString();
        Path target = bare(specifier) ? bareImports.apply(specifier, folder) : null;
        if (target == null) {
          return path;
        }
        bareTargets.put(path, target);
        return target;
      }
    }
    return path;
  }

  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attributes)
      throws IOException {
    if (options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND)) {
      return super.newByteChannel(path, options, attributes);
    }
    Path absolute = target(host().toAbsolutePath(path));
    SeekableByteChannel channel = super.newByteChannel(absolute, options, attributes);
    moduleFolders.add(absolute.getParent());
    return channel;
  }

  @Override
  public Path parsePath(URI uri) {
    if ("node".equals(uri.getScheme())) {
      Path target = bareImports.apply(uri.toString(), mainFolder);
      if (target != null) {
        return target;
      }
    }
    return super.parsePath(uri);
  }

  @Override
  public Path parsePath(String path) {
    if (bare(path)) {
      Path target = bareImports.apply(path, mainFolder);
      if (target != null) {
        return target;
      }
    }
    return super.parsePath(path);
  }

  @Override
  public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... options)
      throws IOException {
    super.checkAccess(target(path), modes, options);
  }

  @Override
  public Path toRealPath(Path path, LinkOption... options) throws IOException {
    return super.toRealPath(target(path), options);
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    return super.readAttributes(target(path), attributes, options);
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
