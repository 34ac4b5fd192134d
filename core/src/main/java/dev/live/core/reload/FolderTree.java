package dev.live.core.reload;

import dev.live.core.modules.Fingerprint;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The folders of a watched tree: a folder given to watch with its subfolders, less the ignored
 * ones, whose contents are never listed. Links to folders are not followed, so a link cannot make a
 * cycle; other file systems mounted inside are not entered (so watching {@code /} does not walk
 * {@code /proc}); and a walk stops at {@link #MAX_FOLDERS}, nearest folders first.
 */
final class FolderTree {

  /** Far more folders than a project has outside ignored ones, far fewer than a whole disk. */
  static final int MAX_FOLDERS = 2_000;

  /** The folders found, and whether the walk stopped at {@link #MAX_FOLDERS}. */
  record Walk(Map<Path, Fingerprint> folders, boolean cutShort) {}

  private FolderTree() {}

  /**
   * Every folder at or below {@code start} that is not ignored, each with its fingerprint now.
   *
   * @param root the folder given to watch; {@code start} is it or a folder below it
   * @param ignored whether a path found below the root is ignored
   */
  static Walk walk(
      Path root,
      Path start,
      BiPredicate<Path, Path> ignored,
      Function<Path, Fingerprint> fingerprints) {
    Map<Path, Fingerprint> folders = new LinkedHashMap<>();
    Object device = device(start);
    Deque<Path> pending = new ArrayDeque<>();
    pending.add(start);
    while (!pending.isEmpty()) {
      if (folders.size() >= MAX_FOLDERS) {
        return new Walk(folders, true);
      }
      Path folder = pending.remove();
      folders.put(folder, fingerprints.apply(folder));
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        for (Path entry : entries) {
          if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
              && Objects.equals(device(entry), device)
              && !ignored.test(root, entry)) {
            pending.add(entry);
          }
        }
      } catch (IOException e) {
        // Gone or unreadable since it was found: its fingerprint says so, and nothing below it
        // can be watched.
      }
    }
    return new Walk(folders, false);
  }

  /** The device a folder is on, null where the file system does not say. */
  private static Object device(Path folder) {
    try {
      return Files.getAttribute(folder, "unix:dev", LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return null;
    }
  }
}
