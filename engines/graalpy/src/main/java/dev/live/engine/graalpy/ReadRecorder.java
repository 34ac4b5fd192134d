package dev.live.engine.graalpy;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The host file system as GraalPy sees it, reporting each file a run opens for reading outside the
 * Python home: local imports, {@code open()}, linecache. Those join the watch set.
 */
final class ReadRecorder implements FileSystem {

  private final FileSystem host = FileSystem.newDefaultFileSystem();
  private volatile Consumer<Path> onRead = path -> {};
  private volatile List<Path> notRecorded = List.of();

  /** Where reads go from now on: the run that took the context. */
  void recordTo(Consumer<Path> onRead) {
    this.onRead = onRead;
  }

  /** Folders whose files are never recorded: the Python home, a venv's packages. */
  void skipFolders(List<Path> folders) {
    this.notRecorded = List.copyOf(folders);
  }

  /** One more folder whose files are not recorded. */
  void alsoSkip(Path folder) {
    List<Path> folders = new ArrayList<>(notRecorded);
    folders.add(folder.toAbsolutePath().normalize());
    this.notRecorded = List.copyOf(folders);
  }

  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attributes)
      throws IOException {
    SeekableByteChannel channel = host.newByteChannel(path, options, attributes);
    boolean writes =
        options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
    Path absolute = host.toAbsolutePath(path).normalize();
    if (!writes && notRecorded.stream().noneMatch(absolute::startsWith)) {
      onRead.accept(absolute);
    }
    return channel;
  }

  @Override
  public Path parsePath(URI uri) {
    return host.parsePath(uri);
  }

  @Override
  public Path parsePath(String path) {
    return host.parsePath(path);
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

  @Override
  public void createLink(Path link, Path existing) throws IOException {
    host.createLink(link, existing);
  }

  @Override
  public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attributes)
      throws IOException {
    host.createSymbolicLink(link, target, attributes);
  }

  @Override
  public Path readSymbolicLink(Path link) throws IOException {
    return host.readSymbolicLink(link);
  }
}
