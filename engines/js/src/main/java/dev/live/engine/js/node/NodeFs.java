package dev.live.engine.js.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The Java half of Node's {@code fs} ({@code node/fs.js} is the other): whole-file reads and
 * writes, folders and stats. Bytes cross as Latin-1 strings, one char per byte, which a {@code
 * Buffer} takes and gives without copying through an array of host values. Files read are watched.
 */
public final class NodeFs {

  private final Consumer<Path> fileRead;

  NodeFs(Consumer<Path> fileRead) {
    this.fileRead = fileRead;
  }

  public String read(String path, boolean bytes) throws IOException {
    Path file = Path.of(path);
    byte[] content = Files.readAllBytes(file);
    fileRead.accept(file);
    return new String(content, bytes ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  public void write(String path, String data, boolean bytes, boolean append) throws IOException {
    byte[] content = data.getBytes(bytes ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    if (append) {
      Files.write(Path.of(path), content, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } else {
      Files.write(Path.of(path), content);
    }
  }

  public boolean exists(String path) {
    return Files.exists(Path.of(path));
  }

  public String[] list(String path) throws IOException {
    try (Stream<Path> entries = Files.list(Path.of(path))) {
      return entries.map(entry -> entry.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  /**
   * {@code [kind, size, mtimeMs, atimeMs, ctimeMs, birthtimeMs]}, kind as {@link LoaderHost#kind}
   * says, 3 for a symbolic link.
   */
  public double[] stat(String path, boolean followLinks) throws IOException {
    LinkOption[] options =
        followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    BasicFileAttributes attributes =
        Files.readAttributes(Path.of(path), BasicFileAttributes.class, options);
    int kind =
        attributes.isSymbolicLink()
            ? 3
            : attributes.isDirectory() ? LoaderHost.FOLDER : LoaderHost.FILE;
    return new double[] {
      kind,
      attributes.size(),
      attributes.lastModifiedTime().toMillis(),
      attributes.lastAccessTime().toMillis(),
      attributes.lastModifiedTime().toMillis(),
      attributes.creationTime().toMillis()
    };
  }

  public void mkdir(String path, boolean recursive) throws IOException {
    if (recursive) {
      Files.createDirectories(Path.of(path));
    } else {
      Files.createDirectory(Path.of(path));
    }
  }

  public void remove(String path, boolean recursive) throws IOException {
    Path target = Path.of(path);
    if (recursive && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> tree = Files.walk(target)) {
        for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(each);
        }
      }
    } else {
      Files.delete(target);
    }
  }

  public void rename(String from, String to) throws IOException {
    Files.move(Path.of(from), Path.of(to), StandardCopyOption.REPLACE_EXISTING);
  }

  public void copy(String from, String to) throws IOException {
    Files.copy(Path.of(from), Path.of(to), StandardCopyOption.REPLACE_EXISTING);
  }

  public String realpath(String path) throws IOException {
    return Path.of(path).toRealPath().toString();
  }

  /** Node's error code for a failure of one of these methods, or null for any other error. */
  public String code(Object failure) {
    if (failure instanceof NoSuchFileException) {
      return "ENOENT";
    }
    if (failure instanceof FileAlreadyExistsException) {
      return "EEXIST";
    }
    if (failure instanceof NotDirectoryException) {
      return "ENOTDIR";
    }
    if (failure instanceof DirectoryNotEmptyException) {
      return "ENOTEMPTY";
    }
    if (failure instanceof AccessDeniedException) {
      return "EACCES";
    }
    if (failure instanceof IOException io
        && String.valueOf(io.getMessage()).contains("directory")) {
      return "EISDIR";
    }
    return "EIO";
  }
}
