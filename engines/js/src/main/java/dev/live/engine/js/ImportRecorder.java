package dev.live.engine.js;

import dev.live.engine.js.node.NodeSources;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
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
import java.util.function.Consumer;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The host file system as GraalJS sees it, reporting every file GraalJS opens for reading: the
 * files an ES module imports. Those join the watch set, so saving an imported module runs again.
 *
 * <p>It also resolves bare imports ({@code import "lodash"}) as Node does, from the importing
 * module's folder: GraalJS (with {@code js.esm-bare-specifier-relative-lookup}) asks for the
 * specifier as a file next to the importer, and a path that does not exist below the folder of a
 * module read is taken as that folder's bare import.
 */
final class ImportRecorder implements FileSystem {

  private final FileSystem host = FileSystem.newDefaultFileSystem();
  private volatile Consumer<Path> onRead = path -> {};
  private volatile BiFunction<String, Path, Path> bareImports = (specifier, folder) -> null;
  private volatile Path mainFolder;

  /** The folders of the modules read: the folders bare imports are made from. */
  private final Set<Path> moduleFolders = ConcurrentHashMap.newKeySet();

  /** What each path GraalJS asked for that is a bare import stands for. */
  private final Map<Path, Path> bareTargets = new ConcurrentHashMap<>();

  /**
   * Where reads go from now on. A context is made before the run that uses it (see {@link
   * ContextPool}), so its file system learns the run when the run takes it.
   */
  void recordTo(Consumer<Path> onRead) {
    this.onRead = onRead;
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
    boolean writes =
        options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
    Path absolute = writes ? host.toAbsolutePath(path) : target(host.toAbsolutePath(path));
    SeekableByteChannel channel = host.newByteChannel(absolute, options, attributes);
    if (!writes) {
      moduleFolders.add(absolute.getParent());
    }
    // An installed package is watched through its package files instead (see LoaderHost).
    if (!writes && !NodeSources.installed(absolute)) {
      onRead.accept(absolute);
    }
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
    return host.parsePath(uri);
  }

  @Override
  public Path parsePath(String path) {
    if (bare(path)) {
      Path target = bareImports.apply(path, mainFolder);
      if (target != null) {
        return target;
      }
    }
    return host.parsePath(path);
  }

  /** A package name or core module ({@code lodash}, {@code @scope/name/sub}, {@code node:fs}). */
  private static boolean bare(String specifier) {
    return !specifier.isEmpty()
        && !specifier.startsWith("/")
        && !specifier.startsWith(".")
        && (specifier.startsWith("node:") || !specifier.contains(":"));
  }

  @Override
  public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... options)
      throws IOException {
    host.checkAccess(target(path), modes, options);
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attributes) throws IOException {
    host.createDirectory(dir, attributes);
  }

  @Override
  public void delete(Path path) throws IOException {
    host.delete(path);
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(
      Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
    return host.newDirectoryStream(dir, filter);
  }

  @Override
  public Path toAbsolutePath(Path path) {
    return host.toAbsolutePath(path);
  }

  @Override
  public Path toRealPath(Path path, LinkOption... options) throws IOException {
    return host.toRealPath(target(path), options);
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    return host.readAttributes(target(path), attributes, options);
  }

  @Override
  public void setAttribute(Path path, String attribute, Object value, LinkOption... options)
      throws IOException {
    host.setAttribute(path, attribute, value, options);
  }

  @Override
  public void copy(Path source, Path target, CopyOption... options) throws IOException {
    host.copy(source, target, options);
  }

  @Override
  public void move(Path source, Path target, CopyOption... options) throws IOException {
    host.move(source, target, options);
  }

  @Override
  public void setCurrentWorkingDirectory(Path currentWorkingDirectory) {
    host.setCurrentWorkingDirectory(currentWorkingDirectory);
  }

  @Override
  public String getMimeType(Path path) {
    return host.getMimeType(path);
  }

  @Override
  public Charset getEncoding(Path path) {
    return host.getEncoding(path);
  }

  @Override
  public Path getTempDirectory() {
    return host.getTempDirectory();
  }

  @Override
  public boolean isSameFile(Path path1, Path path2, LinkOption... options) throws IOException {
    return host.isSameFile(path1, path2, options);
  }
}
