package dev.live.core.reload;

import dev.live.core.modules.Fingerprint;
import java.io.IOException;
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

  /** For each folder watched as part of a tree, the tree's root. */
  private final Map<Path, Path> treeFolders = new HashMap<>();

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
  }

  /**
   * A watch set of the paths on disk. A folder's fingerprint lists the entries the ignore rules do
   * not rule out, so that a change of an ignored file never changes it.
   */
  static WatchSet onDisk(BiPredicate<Path, Path> ignoredBelow) {
    return new WatchSet(
        path -> Fingerprint.current(path, entry -> !ignoredBelow.test(path, entry)),
        Files::isDirectory,
        WatchSet::linkTargetOnDisk,
        ignoredBelow);
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
    Affected affected = affectedBy(events);
    Map<Path, Fingerprint> now = new LinkedHashMap<>();
    for (Path path : affected.watched()) {
      now.put(path, fingerprints.apply(path));
    }
    affected
        .inFolders()
        .forEach(
            (event, folder) -> {
              if (!now.containsKey(folder)
                  && !ignoredBelow.test(affected.roots().get(folder), event)) {
                now.put(folder, fingerprints.apply(folder));
              }
            });
    Map<Path, Path> joining = new LinkedHashMap<>();
    Map<Path, Fingerprint> newFolders = new LinkedHashMap<>();
    affected
        .inTrees()
        .forEach(
            (event, root) -> {
              if (isFolder.test(event) && !ignoredBelow.test(root, event)) {
                FolderTree.walk(root, event, ignoredBelow, fingerprints)
                    .forEach(
                        (folder, fingerprint) -> {
                          newFolders.put(folder, fingerprint);
                          joining.put(folder, root);
                        });
              }
            });
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
      boolean joined = false;
      for (Map.Entry<Path, Path> folder : joining.entrySet()) {
        if (treeFolders.containsValue(folder.getValue()) && !paths.containsKey(folder.getKey())) {
          paths.put(folder.getKey(), newFolders.get(folder.getKey()));
          treeFolders.put(folder.getKey(), folder.getValue());
          joined = true;
        }
      }
      changed.accept(changedPaths);
      return joined;
    }
  }

  /**
   * What events affect: {@code watched}, the watched paths they may change; {@code inFolders},
   * events in a watched folder (with the folder) that count unless ignored; {@code inTrees}, events
   * for paths not yet watched in a tree's folder (with the tree's root), which may be new folders;
   * {@code roots}, the root each folder of {@code inFolders} was given as.
   */
  private record Affected(
      Set<Path> watched,
      Map<Path, Path> inFolders,
      Map<Path, Path> inTrees,
      Map<Path, Path> roots) {}

  /**
   * The watched paths that changes of {@code events} may affect: a path itself, everything watched
   * below it (a watched folder renamed away or back), and the links whose targets those are; and
   * the events inside watched folders, to be checked against the ignore rules.
   */
  private synchronized Affected affectedBy(Collection<Path> events) {
    Map<Path, List<Path>> watchedAtOrBelow = new HashMap<>();
    for (Path path : paths.keySet()) {
      addAtEveryLevel(watchedAtOrBelow, path, path);
      Path target = targets.get(path);
      if (target != null) {
        addAtEveryLevel(watchedAtOrBelow, target, path);
      }
    }
    Set<Path> watched = new LinkedHashSet<>();
    Map<Path, Path> inFolders = new LinkedHashMap<>();
    Map<Path, Path> inTrees = new LinkedHashMap<>();
    Map<Path, Path> roots = new HashMap<>();
    for (Path event : events) {
      watched.addAll(watchedAtOrBelow.getOrDefault(event, List.of()));
      Path folder = event.getParent();
      if (folder != null && paths.containsKey(folder)) {
        Path root = treeFolders.getOrDefault(folder, folder);
        inFolders.put(event, folder);
        roots.put(folder, root);
        if (treeFolders.containsKey(folder) && !paths.containsKey(event)) {
          inTrees.put(event, root);
        }
      }
    }
    return new Affected(watched, inFolders, inTrees, roots);
  }

  /** Files {@code watched} under {@code path} and under each folder above it. */
  private static void addAtEveryLevel(Map<Path, List<Path>> index, Path path, Path watched) {
    for (Path level = path; level != null; level = level.getParent()) {
      index.computeIfAbsent(level, key -> new ArrayList<>()).add(watched);
    }
  }

  /**
   * After a run: the watch set becomes exactly what the run used, plus {@code extraWatch}, plus the
   * folders of {@code trees}, plus what changed while it ran (with its content when the change was
   * recorded), plus the missing folders above them all. A tree already watched keeps its folders
   * and their recorded contents (less those found deleted); a new one is walked.
   *
   * @param used the paths the run used with what it found
   * @param trees the folders watched with their subfolders
   * @param stillPending the changes no run has seen yet; called under this monitor
   */
  void replace(
      Supplier<Map<Path, Fingerprint>> used,
      List<Path> extraWatch,
      Set<Path> trees,
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
      watchedTrees = Set.copyOf(treeFolders.values());
    }
    Map<Path, Map<Path, Fingerprint>> walked = new HashMap<>();
    for (Path root : trees) {
      if (!watchedTrees.contains(root) && isFolder.test(root)) {
        walked.put(root, FolderTree.walk(root, root, ignoredBelow, fingerprints));
      }
    }
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
      Map<Path, Path> nextTreeFolders = new HashMap<>();
      walked.forEach((root, folders) -> addTree(next, nextTreeFolders, root, folders));
      for (Path root : trees) {
        if (!walked.containsKey(root)) {
          addTree(next, nextTreeFolders, root, recordedFoldersOf(root));
        }
      }
      addMissingFolders(next);
      paths.clear();
      paths.putAll(next);
      targets.clear();
      targets.putAll(nextTargets);
      treeFolders.clear();
      treeFolders.putAll(nextTreeFolders);
    }
  }

  private static void addTree(
      Map<Path, Fingerprint> next,
      Map<Path, Path> nextTreeFolders,
      Path root,
      Map<Path, Fingerprint> folders) {
    folders.forEach(
        (folder, fingerprint) -> {
          next.putIfAbsent(folder, fingerprint);
          nextTreeFolders.put(folder, root);
        });
  }

  /** The folders of a watched tree as recorded, less those found deleted and all below them. */
  private Map<Path, Fingerprint> recordedFoldersOf(Path root) {
    List<Path> deleted = new ArrayList<>();
    treeFolders.forEach(
        (folder, itsRoot) -> {
          if (itsRoot.equals(root) && Fingerprint.ABSENT.equals(paths.get(folder))) {
            deleted.add(folder);
          }
        });
    Map<Path, Fingerprint> folders = new HashMap<>();
    treeFolders.forEach(
        (folder, itsRoot) -> {
          if (itsRoot.equals(root) && deleted.stream().noneMatch(folder::startsWith)) {
            folders.put(folder, paths.get(folder));
          }
        });
    return folders;
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
