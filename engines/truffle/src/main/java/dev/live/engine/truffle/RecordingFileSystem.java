package dev.live.engine.truffle;

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
import java.util.function.Predicate;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The host file system as a guest language sees it, reporting each file a context opens for
 * reading: imports, {@code open()}, whatever the language reads. Those join the watch set, so
 * saving one runs again. Files the engine says are not the user's (a language home, installed
 * packages) are read but not reported.
 *
 * <p>A context is made before the run that uses it (see {@link ContextPool}), so its file system
 * learns the run when the run takes it. An engine that resolves paths its own way overrides {@code
 * parsePath}.
 */
public class RecordingFileSystem implements FileSystem {

  private final FileSystem host = FileSystem.newDefaultFileSystem();
  private final Predicate<Path> notUsers;
  private volatile Consumer<Path> onRead = path -> {};
  private volatile List<Path> skippedFolders = List.of();

  /** A file system that reports every file read. */
  public RecordingFileSystem() {
    this(path -> false);
  }

  /**
   * @param notUsers the absolute, normalised files read but never reported, such as installed
   *     packages the engine watches another way
   */
  public RecordingFileSystem(Predicate<Path> notUsers) {
    this.notUsers = notUsers;
  }

  /** Where reads go from now on: the run that took the context. */
  public void recordTo(Consumer<Path> onRead) {
    this.onRead = onRead;
  }

  /** Folders whose files are never reported, replacing those given before. */
  public void skipFolders(List<Path> folders) {
    this.skippedFolders = folders.stream().map(RecordingFileSystem::absolute).toList();
  }

  /** One more folder whose files are never reported. */
  public void alsoSkip(Path folder) {
    List<Path> folders = new ArrayList<>(skippedFolders);
    folders.add(absolute(folder));
    this.skippedFolders = List.copyOf(folders);
  }

  private static Path absolute(Path folder) {
    return folder.toAbsolutePath().normalize();
  }

  /** The host file system, for an override that adds to a method. */
  protected final FileSystem host() {
    return host;
  }

  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attributes)
      throws IOException {
    SeekableByteChannel channel = host.newByteChannel(path, options, attributes);
    boolean writes =
        options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
    Path absolute = host.toAbsolutePath(path).normalize();
    if (!writes
        && !notUsers.test(absolute)
        && skippedFolders.stream().noneMatch(absolute::startsWith)) {
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
