package dev.live.core.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What a watched path held when a run looked at it: a checksum of its bytes, or that it was absent.
 * Two saves with the same bytes have equal fingerprints, so the second one does not re-run.
 */
public record Fingerprint(String value) {

  public static final Fingerprint ABSENT = new Fingerprint("absent");
  public static final Fingerprint UNREADABLE = new Fingerprint("unreadable");

  /** An empty file: often a save caught between truncating and writing. */
  public static final Fingerprint EMPTY = of(new byte[0]);

  /**
   * The length and two CRCs of different polynomials: a changed file keeps its fingerprint with a
   * chance of about one in 2^64. Not SHA-256: its first use starts the JDK's security providers, 12
   * ms of every start of live.
   */
  public static Fingerprint of(byte[] content) {
    CRC32C castagnoli = new CRC32C();
    castagnoli.update(content);
    CRC32 ieee = new CRC32();
    ieee.update(content);
    return new Fingerprint(
        content.length
            + ":"
            + Long.toHexString(castagnoli.getValue())
            + ":"
            + Long.toHexString(ieee.getValue()));
  }

  /**
   * A folder's fingerprint: its entries' names, sizes and modification times, so that a folder
   * given to {@code live.watch} or {@code --watch} changes when a file in it is saved.
   */
  private static Fingerprint ofFolder(Path folder) {
    StringBuilder listing = new StringBuilder("folder\n");
    try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
      for (Path entry : entries.sorted().toList()) {
        listing.append(entry.getFileName()).append('|');
        try {
          listing.append(Files.size(entry)).append('|').append(Files.getLastModifiedTime(entry));
        } catch (IOException e) {
          // Gone while listing: the name alone still counts.
          listing.append("gone");
        }
        listing.append('\n');
      }
    } catch (IOException e) {
      return UNREADABLE;
    }
    return of(listing.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The fingerprint of a path as it is now. */
  public static Fingerprint current(Path path) {
    if (Files.isDirectory(path)) {
      return ofFolder(path);
    }
    if (!Files.exists(path)) {
      return ABSENT;
    }
    try {
      return of(Files.readAllBytes(path));
    } catch (IOException e) {
      // Deleted between the check and the read, or no permission: either way it differs from
      // any content a run saw, and the run that follows reports the reason.
      return Files.exists(path) ? UNREADABLE : ABSENT;
    }
  }
}
