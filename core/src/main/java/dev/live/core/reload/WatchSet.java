package dev.live.core.reload;

import dev.live.core.modules.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The watch set: every path the latest run used (read, or looked for and did not find), the paths
 * given to watch, and the missing folders above them, each with its {@link Fingerprint} as the run
 * saw it. A file event counts as a change only when it changed the fingerprint of a path in here.
 *
 * <p>A folder given to watch as a tree is watched with every subfolder the ignore rules do not rule
 * out, each as a watched folder of its own; subfolders created later join it when their creation is
 * recorded, and deleted ones leave it after the next run. A change below a watched folder that the
 * ignore rules rule out changes nothing.
 *
 * <p>A watched file that is a symbolic link is watched under its own name, in its own folder and in
 * its target's, so that saving the target is a change of the link. The link's name is what runs
 * see: {@code use} looks beside the link, not beside the target.
 *
 * <p>Thread-safe: its own monitor guards it. Paths are fingerprinted outside the monitor, and then
 * compared with the watch set under it: a run that updates the watch set in between can at most
 * cause one more run, never hide a change. The callbacks of {@link #recordChanges} and {@link
 * #replace} are called under the monitor, so that no change is recorded between the watch set's
 * update and what the callback does; see {@link RunLoop} for how this monitor and the loop's lock
 * are ordered.
 */
final class WatchSet {

  private final Function<Path, Fingerprint> fingerprints;
  private final Predicate<Path> isFolder;
  private final UnaryOperator<Path> linkTargets;
  private final BiPredicate<Path, Path> ignoredBelow;
  private final Map<Path, Fingerprint> paths = new HashMap<>();

  private final TreeFolders trees;

  /** The target of each watched path that is a symbolic link to a file. */
  private final Map<Path, Path> targets = new HashMap<>();

  /**
   * @param fingerprints what a path holds now
   * @param isFolder whether a path is a folder now
   * @param linkTargets where a path that is a symbolic link points now, the path itself for any
   *     other path
   * @param ignoredBelow whether a change of a path (the second argument), found by watching a
   *     folder (the first), is ruled out
   */
  WatchSet(
      Function<Path, Fingerprint> fingerprints,
      Predicate<Path> isFolder,
      UnaryOperator<Path> linkTargets,
      BiPredicate<Path, Path> ignoredBelow) {
    this.fingerprints = fingerprints;
    this.isFolder = isFolder;
    this.linkTargets = linkTargets;
    this.ignoredBelow = ignoredBelow;
    this.trees = new TreeFolders(fingerprints, isFolder, ignoredBelow);
  }

  /** A watch set of the paths on disk. */
  static WatchSet onDisk(BiPredicate<Path, Path> ignoredBelow) {
    return new WatchSet(
        Fingerprint::current, Files::isDirectory, WatchSet::linkTargetOnDisk, ignoredBelow);
  }

  private static Path linkTargetOnDisk(Path path) {
    if (!Files.isSymbolicLink(path)) {
      return path;
    }
    try {
      return path.toRealPath();
    } catch (IOException e) {
      // A link to nothing yet: watch where it points, so that creating the target is seen.
      try {
        return path.resolveSibling(Files.readSymbolicLink(path)).normalize();
      } catch (IOException unreadable) {
        return path;
      }
    }
  }

  /** A run used a path: it is watched from now on, with what the run found in it. */
  void fileUsed(Path path, Fingerprint fingerprint) {
    Path target = linkTargets.apply(path);
    synchronized (this) {
      paths.put(path, fingerprint);
      recordTarget(targets, path, target);
    }
  }

  private static void recordTarget(Map<Path, Path> targets, Path path, Path target) {
    if (target.equals(path)) {
      targets.remove(path);
    } else {
      targets.put(path, target);
    }
  }

  synchronized Set<Path> paths() {
    return Set.copyOf(paths.keySet());
  }

  /** The folders to watch: those of {@link #foldersOf} each watched path. */
  synchronized Set<Path> folders() {
    Set<Path> folders = new LinkedHashSet<>();
    for (Path path : paths.keySet()) {
      folders.addAll(foldersOf(path));
    }
    return folders;
  }

  /**
   * The folders whose events may change {@code path}: a watched folder itself, or the folder of a
   * file, and for a file that is a symbolic link, its target's folder too. (A link to a folder
   * needs no more: watching the link watches the folder it points to.)
   */
  synchronized List<Path> foldersOf(Path path) {
    if (isFolder.test(path)) {
      return List.of(path);
    }
    Path target = targets.get(path);
    return target == null
        ? List.of(path.getParent())
        : List.of(path.getParent(), target.getParent());
  }

  /**
   * Compares every watched path that file events on {@code events} may affect with what it held
   * before, and records the new content of those that changed. Each such path is fingerprinted
   * once, however many events concern it. A folder created in a tree joins the watch set.
   *
   * @param midSave a path it says is mid-save is left as it was, to be looked at again
   * @param changed gets the paths whose content changed, possibly none, under this monitor
   * @return true when folders joined the watch set, so that the watcher should watch them too
   */
  boolean recordChanges(
      Collection<Path> events, MidSaveCheck midSave, Consumer<Set<Path>> changed) {
    AffectedPaths affected = affectedBy(events);
    Map<Path, Fingerprint> now = new LinkedHashMap<>();
    for (Path path : affected.watched()) {
      now.put(path, fingerprints.apply(path));
    }
    affected
        .inFolders()
        .forEach(
            (event, root) -> {
              Path folder = event.getParent();
              if (!now.containsKey(folder) && !ignoredBelow.test(root, event)) {
                now.put(folder, fingerprints.apply(folder));
              }
            });
    Map<Path, TreeFolders.Found> created = trees.walkCreated(affected.inTrees());
    synchronized (this) {
      Set<Path> changedPaths = new LinkedHashSet<>();
      now.forEach(
          (path, fingerprint) -> {
            Fingerprint before = paths.get(path);
            // A path the latest run stopped using no longer counts.
            if (before != null
                && !before.equals(fingerprint)
                && !midSave.isMidSave(path, fingerprint)) {
              paths.put(path, fingerprint);
              changedPaths.add(path);
            }
          });
      boolean joined = trees.join(created, paths);
      changed.accept(changedPaths);
      return joined;
    }
  }

  private synchronized AffectedPaths affectedBy(Collection<Path> events) {
    return AffectedPaths.of(events, paths.keySet(), targets, trees::rootOf);
  }

  /**
   * After a run: the watch set becomes exactly what the run used, plus {@code extraWatch}, plus the
   * folders of {@code trees}, plus what changed while it ran (with its content when the change was
   * recorded), plus the missing folders above them all. A tree already watched keeps its folders
   * and their recorded contents (less those found deleted); a new one is walked.
   *
   * @param used the paths the run used with what it found
   * @param treeRoots the folders watched with their subfolders
   * @param stillPending the changes no run has seen yet; called under this monitor
   */
  void replace(
      Supplier<Map<Path, Fingerprint>> used,
      List<Path> extraWatch,
      Set<Path> treeRoots,
      Supplier<Set<Path>> stillPending) {
    Map<Path, Fingerprint> next = new LinkedHashMap<>(used.get());
    for (Path path : extraWatch) {
      if (!next.containsKey(path)) {
        next.put(path, fingerprints.apply(path));
      }
    }
    Map<Path, Path> nextTargets = new HashMap<>();
    for (Path path : next.keySet()) {
      recordTarget(nextTargets, path, linkTargets.apply(path));
    }
    Set<Path> watchedTrees;
    synchronized (this) {
      watchedTrees = trees.roots();
    }
    Map<Path, FolderTree.Walk> walked = trees.walkNew(treeRoots, watchedTrees);
    synchronized (this) {
      for (Path path : stillPending.get()) {
        // Changes are recorded here before they are pending, with their content then.
        Fingerprint recorded = paths.get(path);
        if (recorded == null) {
          continue;
        }
        if (!next.containsKey(path) && targets.containsKey(path)) {
          nextTargets.put(path, targets.get(path));
        }
        next.put(path, recorded);
      }
      trees.replace(treeRoots, walked, paths, next);
      addMissingFolders(next);
      paths.clear();
      paths.putAll(next);
      targets.clear();
      targets.putAll(nextTargets);
    }
  }

  /** The trees whose walk stopped at {@link FolderTree#MAX_FOLDERS} since the last call. */
  synchronized Set<Path> treesCutShort() {
    return trees.takeCutShort();
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
