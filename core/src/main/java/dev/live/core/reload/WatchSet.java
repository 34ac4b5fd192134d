package dev.live.core.reload;

import dev.live.core.modules.Fingerprint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The watch set: every path the latest run used (read, or looked for and did not find), the paths
 * given to watch, and the missing folders above them, each with its {@link Fingerprint} as the run
 * saw it. A file event counts as a change only when it changed the fingerprint of a path in here.
 *
 * <p>Thread-safe: its own monitor guards it and is held while paths are fingerprinted. The
 * callbacks of {@link #recordChanges} and {@link #replace} are called under that monitor, so that
 * no change is recorded between the watch set's update and what the callback does; see {@link
 * RunLoop} for how this monitor and the loop's lock are ordered.
 */
final class WatchSet {

  private final Function<Path, Fingerprint> fingerprints;
  private final Predicate<Path> isFolder;
  private final Map<Path, Fingerprint> paths = new HashMap<>();

  /**
   * @param fingerprints what a path holds now
   * @param isFolder whether a path is a folder now
   */
  WatchSet(Function<Path, Fingerprint> fingerprints, Predicate<Path> isFolder) {
    this.fingerprints = fingerprints;
    this.isFolder = isFolder;
  }

  /** A watch set of the paths on disk. */
  static WatchSet onDisk() {
    return new WatchSet(Fingerprint::current, Files::isDirectory);
  }

  /** A run used a path: it is watched from now on, with what the run found in it. */
  synchronized void fileUsed(Path path, Fingerprint fingerprint) {
    paths.put(path, fingerprint);
  }

  synchronized Set<Path> paths() {
    return Set.copyOf(paths.keySet());
  }

  /** The folders to watch: each watched folder itself, and the folder of each watched file. */
  synchronized Set<Path> folders() {
    Set<Path> folders = new LinkedHashSet<>();
    for (Path path : paths.keySet()) {
      folders.add(isFolder.test(path) ? path : path.getParent());
    }
    return folders;
  }

  /**
   * Compares every watched path that file events on {@code events} may affect with what it held
   * before, and records the new content of those that changed.
   *
   * @param midSave a path it says is mid-save is left as it was, to be looked at again
   * @param changed gets the paths whose content changed, possibly none, under this monitor
   */
  synchronized void recordChanges(
      Collection<Path> events, MidSaveCheck midSave, Consumer<Set<Path>> changed) {
    Set<Path> changedPaths = new LinkedHashSet<>();
    for (Path event : events) {
      for (Path path : affectedBy(event)) {
        Fingerprint now = fingerprints.apply(path);
        if (now.equals(paths.get(path)) || midSave.isMidSave(path, now)) {
          continue;
        }
        paths.put(path, now);
        changedPaths.add(path);
      }
    }
    changed.accept(changedPaths);
  }

  /**
   * The watched paths a change of {@code changed} may affect: the path itself, the folder it is in
   * (a folder given to live.watch or --watch), and everything watched below it (a watched folder
   * renamed away or back).
   */
  private List<Path> affectedBy(Path changed) {
    List<Path> affected = new ArrayList<>();
    for (Path path : paths.keySet()) {
      if (path.startsWith(changed) || path.equals(changed.getParent())) {
        affected.add(path);
      }
    }
    return affected;
  }

  /**
   * After a run: the watch set becomes exactly what the run used, plus {@code extraWatch}, plus
   * what changed while it ran (with its content now), plus the missing folders above them all.
   *
   * @param used the paths the run used with what it found; called under this monitor
   * @param stillPending the changes no run has seen yet; called under this monitor
   */
  synchronized void replace(
      Supplier<Map<Path, Fingerprint>> used,
      List<Path> extraWatch,
      Supplier<Set<Path>> stillPending) {
    Set<Path> pending = stillPending.get();
    Map<Path, Fingerprint> next = new LinkedHashMap<>(used.get());
    for (Path path : extraWatch) {
      next.putIfAbsent(path, fingerprints.apply(path));
    }
    for (Path path : pending) {
      next.put(path, fingerprints.apply(path));
    }
    addMissingFolders(next);
    paths.clear();
    paths.putAll(next);
  }

  /**
   * A file {@code use} looked for may sit in a folder that does not exist yet; watching the folders
   * up to one that exists lets creating the folder, then the file, trigger runs.
   */
  private void addMissingFolders(Map<Path, Fingerprint> files) {
    for (Path path : List.copyOf(files.keySet())) {
      Path folder = path.getParent();
      while (folder != null && !isFolder.test(folder)) {
        files.putIfAbsent(folder, Fingerprint.ABSENT);
        folder = folder.getParent();
      }
    }
  }
}
