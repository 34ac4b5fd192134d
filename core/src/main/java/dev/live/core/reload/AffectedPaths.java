package dev.live.core.reload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What file events may affect in the {@link WatchSet}.
 *
 * @param watched the watched paths they may change: a path itself, everything watched below it (a
 *     watched folder renamed away or back), and the links whose targets those are
 * @param inFolders the events inside a watched folder, each with the folder it was found by
 *     watching (the tree's root for a tree's folder): they count unless the ignore rules rule them
 *     out
 * @param inTrees the events for paths not yet watched in a tree's folder, each with the tree's
 *     root: they may be new folders
 */
record AffectedPaths(Set<Path> watched, Map<Path, Path> inFolders, Map<Path, Path> inTrees) {

  /**
   * @param paths the watched paths
   * @param targets the target of each watched link
   * @param treeRootOf the root of a tree folder, null for any other path
   */
  static AffectedPaths of(
      Collection<Path> events,
      Set<Path> paths,
      Map<Path, Path> targets,
      UnaryOperator<Path> treeRootOf) {
    Map<Path, List<Path>> watchedAtOrBelow = new HashMap<>();
    for (Path path : paths) {
      addAtEveryLevel(watchedAtOrBelow, path, path);
      Path target = targets.get(path);
      if (target != null) {
        addAtEveryLevel(watchedAtOrBelow, target, path);
      }
    }
    Set<Path> watched = new LinkedHashSet<>();
    Map<Path, Path> inFolders = new LinkedHashMap<>();
    Map<Path, Path> inTrees = new LinkedHashMap<>();
    for (Path event : events) {
      watched.addAll(watchedAtOrBelow.getOrDefault(event, List.of()));
      Path folder = event.getParent();
      if (folder != null && paths.contains(folder)) {
        Path treeRoot = treeRootOf.apply(folder);
        inFolders.put(event, treeRoot != null ? treeRoot : folder);
        if (treeRoot != null && !paths.contains(event)) {
          inTrees.put(event, treeRoot);
        }
      }
    }
    return new AffectedPaths(watched, inFolders, inTrees);
  }

  /** Files {@code watched} under {@code path} and under each folder above it. */
  private static void addAtEveryLevel(Map<Path, List<Path>> index, Path path, Path watched) {
    for (Path level = path; level != null; level = level.getParent()) {
      index.computeIfAbsent(level, key -> new ArrayList<>()).add(watched);
    }
  }
}
