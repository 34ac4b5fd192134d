package dev.live.core.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * Watches a set of folders, each without its subfolders, and reports every path in them that is
 * created, modified or deleted. Folders rather than files are watched so that an editor that saves
 * by writing a temporary file and renaming it over the target is seen as a change of the target.
 */
public interface FolderWatcher extends AutoCloseable {

  /**
   * Watches exactly these folders from now on. Registration is complete when this returns: a change
   * made after it is reported. Folders that do not exist are skipped.
   *
   * @return true when the set of folders changed (and changes made while switching may have been
   *     missed, so the caller should compare contents once)
   */
  boolean watch(Set<Path> folders) throws IOException;

  /** Of {@code wanted}, the folders that exist now, absolute and normalized, in sorted order. */
  static Set<Path> existingFolders(Set<Path> wanted) {
    Set<Path> existing = new TreeSet<>();
    for (Path folder : wanted) {
      if (Files.isDirectory(folder)) {
        existing.add(folder.toAbsolutePath().normalize());
      }
    }
    return existing;
  }

  /** The folders being watched. */
  Set<Path> folders();

  @Override
  void close();
}
