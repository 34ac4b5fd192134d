package dev.live.core.reload;

import dev.live.core.modules.Fingerprint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The folders of the {@link WatchSet} that are watched as parts of trees (folders given to watch
 * with their subfolders), each with its tree's root. Walking happens outside the watch set's
 * monitor; the rest is called under it, which guards this class.
 */
final class TreeFolders {

  /** A folder found in a tree: which tree, and what it held. */
  record Found(Path root, Fingerprint fingerprint) {}

  private final Function<Path, Fingerprint> fingerprints;
  private final Predicate<Path> isFolder;
  private final BiPredicate<Path, Path> ignoredBelow;
  private final Map<Path, Path> rootOf = new HashMap<>();
  private final Set<Path> cutShort = new HashSet<>();

  TreeFolders(
      Function<Path, Fingerprint> fingerprints,
      Predicate<Path> isFolder,
      BiPredicate<Path, Path> ignoredBelow) {
    this.fingerprints = fingerprints;
    this.isFolder = isFolder;
    this.ignoredBelow = ignoredBelow;
  }

  /** The root of the tree this folder is watched as part of, null when it is not. */
  Path rootOf(Path folder) {
    return rootOf.get(folder);
  }

  Set<Path> roots() {
    return Set.copyOf(rootOf.values());
  }

  /**
   * Outside the monitor: of paths that appeared in tree folders (each with its tree's root), the
   * new folders not ignored, with every folder below them.
   */
  Map<Path, Found> walkCreated(Map<Path, Path> appeared) {
    Map<Path, Found> found = new LinkedHashMap<>();
    appeared.forEach(
        (path, root) -> {
          if (isFolder.test(path) && !ignoredBelow.test(root, path)) {
            FolderTree.walk(root, path, ignoredBelow, fingerprints)
                .folders()
                .forEach((folder, fingerprint) -> found.put(folder, new Found(root, fingerprint)));
          }
        });
    return found;
  }

  /**
   * Under the monitor: the folders found join {@code paths} and the trees, unless already watched
   * or their tree no longer is.
   *
   * @return true when one joined
   */
  boolean join(Map<Path, Found> found, Map<Path, Fingerprint> paths) {
    Set<Path> roots = roots();
    boolean joined = false;
    for (Map.Entry<Path, Found> folder : found.entrySet()) {
      Found what = folder.getValue();
      if (roots.contains(what.root()) && !paths.containsKey(folder.getKey())) {
        paths.put(folder.getKey(), what.fingerprint());
        rootOf.put(folder.getKey(), what.root());
        joined = true;
      }
    }
    return joined;
  }

  /** Outside the monitor: the folders of each of {@code trees} not in {@code watched}, walked. */
  Map<Path, FolderTree.Walk> walkNew(Set<Path> trees, Set<Path> watched) {
    Map<Path, FolderTree.Walk> walked = new HashMap<>();
    for (Path root : trees) {
      if (!watched.contains(root) && isFolder.test(root)) {
        walked.put(root, FolderTree.walk(root, root, ignoredBelow, fingerprints));
      }
    }
    return walked;
  }

  /** The trees whose walk stopped at {@link FolderTree#MAX_FOLDERS} since the last call. */
  Set<Path> takeCutShort() {
    Set<Path> roots = Set.copyOf(cutShort);
    cutShort.clear();
    return roots;
  }

  /**
   * Under the monitor, after a run: the trees become exactly {@code trees}, their folders added to
   * {@code next}. A tree walked is taken as walked; one already watched keeps its folders with what
   * {@code paths} recorded for them, less those found deleted and all below them.
   */
  void replace(
      Set<Path> trees,
      Map<Path, FolderTree.Walk> walked,
      Map<Path, Fingerprint> paths,
      Map<Path, Fingerprint> next) {
    Map<Path, Path> nextRootOf = new HashMap<>();
    for (Path root : trees) {
      FolderTree.Walk walk = walked.get(root);
      if (walk != null && walk.cutShort()) {
        cutShort.add(root);
      }
      Map<Path, Fingerprint> folders = walk != null ? walk.folders() : recordedFolders(root, paths);
      folders.forEach(
          (folder, fingerprint) -> {
            next.putIfAbsent(folder, fingerprint);
            nextRootOf.put(folder, root);
          });
    }
    rootOf.clear();
    rootOf.putAll(nextRootOf);
  }

  private Map<Path, Fingerprint> recordedFolders(Path root, Map<Path, Fingerprint> paths) {
    List<Path> deleted = new ArrayList<>();
    rootOf.forEach(
        (folder, itsRoot) -> {
          if (itsRoot.equals(root) && Fingerprint.ABSENT.equals(paths.get(folder))) {
            deleted.add(folder);
          }
        });
    Map<Path, Fingerprint> folders = new HashMap<>();
    rootOf.forEach(
        (folder, itsRoot) -> {
          if (itsRoot.equals(root)
              && paths.containsKey(folder)
              && deleted.stream().noneMatch(folder::startsWith)) {
            folders.put(folder, paths.get(folder));
          }
        });
    return folders;
  }
}
