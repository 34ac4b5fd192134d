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
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The folders of a watched tree: a folder given to watch with its subfolders, less the ignored
 * ones, whose contents are never listed. Links to folders are not followed, so a link cannot make a
 * cycle.
 */
final class FolderTree {

  private FolderTree() {}

  /**
   * Every folder at or below {@code start} that is not ignored, each with its fingerprint now.
   *
   * @param root the folder given to watch; {@code start} is it or a folder below it
   * @param ignored whether a path found below the root is ignored
   */
  static Map<Path, Fingerprint> walk(
      Path root,
      Path start,
      BiPredicate<Path, Path> ignored,
      Function<Path, Fingerprint> fingerprints) {
    Map<Path, Fingerprint> folders = new LinkedHashMap<>();
    Deque<Path> pending = new ArrayDeque<>();
    pending.push(start);
    while (!pending.isEmpty()) {
      Path folder = pending.pop();
      folders.put(folder, fingerprints.apply(folder));
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        for (Path entry : entries) {
          if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && !ignored.test(root, entry)) {
            pending.push(entry);
          }
        }
      } catch (IOException e) {
        // Gone or unreadable since it was found: its fingerprint says so, and nothing below it
        // can be watched.
      }
    }
    return folders;
  }
}
