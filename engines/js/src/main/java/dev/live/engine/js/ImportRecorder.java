package dev.live.engine.js;

import dev.live.engine.js.node.NodeSources;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The host file system as GraalJS sees it, reporting every file GraalJS opens for reading: the
 * files an ES module imports. Those join the watch set, so saving an imported module runs again.
 */
final class ImportRecorder implements FileSystem {

  private final FileSystem host = FileSystem.newDefaultFileSystem();
  private volatile Consumer<Path> onRead = path -> {};
  private volatile Function<String, Path> bareImports = specifier -> null;

  /**
   * Where reads go from now on. A context is made before the run that uses it (see {@link
   * ContextPool}), so its file system learns the run when the run takes it.
   */
  void recordTo(Consumer<Path> onRead) {
    this.onRead = onRead;
  }

  /** Where a bare {@code import "name"} goes: a package's file, or null to leave it unresolved. */
  void resolveBareWith(Function<String, Path> bareImports) {
    this.bareImports = bareImports;
  }

  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attributes)
      throws IOException {
    SeekableByteChannel channel = host.newByteChannel(path, options, attributes);
    boolean writes =
        options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
    Path absolute = host.toAbsolutePath(path);
    // An installed package is watched through its package files instead (see LoaderHost).
    if (!writes && !NodeSources.installed(absolute)) {
      onRead.accept(absolute);
    }
    return channel;
  }

  @Override
  public Path parsePath(URI uri) {
    if ("node".equals(uri.getScheme())) {
      Path target = bareImports.apply(uri.toString());
      if (target != null) {
        return target;
      }
    }
    return host.parsePath(uri);
  }

  @Override
  public Path parsePath(String path) {
    if (bare(path)) {
      Path target = bareImports.apply(path);
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
    host.checkAccess(path, modes, options);
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
    return host.toRealPath(path, options);
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    return host.readAttributes(path, attributes, options);
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
