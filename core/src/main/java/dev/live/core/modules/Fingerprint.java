package dev.live.core.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What a watched path held when a run looked at it: a checksum of its bytes, or that it was absent.
 * Two saves with the same bytes have equal fingerprints, so the second one does not re-run.
 */
public record Fingerprint(String value) {

  public static final Fingerprint ABSENT = new Fingerprint("absent");
  public static final Fingerprint UNREADABLE = new Fingerprint("unreadable");

  /** A device, a pipe or a socket: never read, as reading one may never end. */
  public static final Fingerprint NOT_A_FILE = new Fingerprint("not a file");

  /** An empty file: often a save caught between truncating and writing. */
  public static final Fingerprint EMPTY = of(new byte[0]);

  /** Files are checksummed through a buffer of this size, so a large file costs no memory. */
  private static final int BUFFER = 64 * 1024;

  /**
   * The length and two CRCs of different polynomials: a changed file keeps its fingerprint with a
   * chance of about one in 2^64. Not SHA-256: its first use starts the JDK's security providers, 12
   * ms of every start of live.
   */
  public static Fingerprint of(byte[] content) {
    Checksum checksum = new Checksum();
    checksum.update(content, content.length);
    return checksum.fingerprint();
  }

  private static Fingerprint of(InputStream content) throws IOException {
    Checksum checksum = new Checksum();
    byte[] buffer = new byte[BUFFER];
    for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
      checksum.update(buffer, read);
    }
    return checksum.fingerprint();
  }

  /** The running length and CRCs of bytes seen so far. */
  private static final class Checksum {
    private final CRC32C castagnoli = new CRC32C();
    private final CRC32 ieee = new CRC32();
    private long length;

    void update(byte[] bytes, int count) {
      castagnoli.update(bytes, 0, count);
      ieee.update(bytes, 0, count);
      length += count;
    }

    Fingerprint fingerprint() {
      return new Fingerprint(
          length
              + ":"
              + Long.toHexString(castagnoli.getValue())
              + ":"
              + Long.toHexString(ieee.getValue()));
    }
  }

  /**
   * A folder's fingerprint: its entries' names, and the sizes and modification times of those that
   * are not folders, so that a folder given to {@code live.watch} or {@code --watch} changes when a
   * file in it is saved, and not when a file in a subfolder is (a subfolder is watched on its own,
   * or not at all).
   */
  private static Fingerprint ofFolder(Path folder) {
    StringBuilder listing = new StringBuilder("folder\n");
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path entry : entries.sorted().toList()) {
        listing.append(entry.getFileName()).append('|');
        try {
          BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
          if (attributes.isDirectory()) {
            listing.append("folder");
          } else {
            listing.append(attributes.size()).append('|').append(attributes.lastModifiedTime());
          }
        } catch (IOException e) {
          // Gone while listing: the name alone still counts.
          listing.append("gone");
        }
        listing.append('\n');
      }
    } catch (IOException e) {
      return UNREADABLE;
    }
    return of(listing.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The fingerprint of a path as it is now. Only regular files are read, through a small buffer; a
   * device or a pipe is {@link #NOT_A_FILE} without being opened.
   */
  public static Fingerprint current(Path path) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      return ABSENT;
    }
    if (attributes.isDirectory()) {
      return ofFolder(path);
    }
    if (!attributes.isRegularFile()) {
      return NOT_A_FILE;
    }
    try (InputStream content = Files.newInputStream(path)) {
      return of(content);
    } catch (NoSuchFileException e) {
      return ABSENT;
    } catch (IOException e) {
      // No permission, say: it differs from any content a run saw, and the run that follows
      // reports the reason.
      return UNREADABLE;
    }
  }
}
