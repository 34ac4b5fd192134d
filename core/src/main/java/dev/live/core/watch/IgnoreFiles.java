package dev.live.core.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ignore files of one project (a git repository, or the folder the watch starts from): which
 * paths under its top they ignore. The layers, the first that matches deciding: {@code .liveignore}
 * files, then {@code .ignore} files, then git's {@code .gitignore} files, {@code .git/info/exclude}
 * and the global excludes file, then the built-in defaults. Within a layer the deepest folder's
 * file comes first, and within a file the last matching line wins. As in git, a path below an
 * ignored folder is ignored whatever the patterns say about the path itself.
 *
 * <p>Files are read when first needed and kept; {@link #forget} drops those that changed.
 * Thread-safe.
 */
final class IgnoreFiles {

  static final List<String> FILE_NAMES = List.of(".liveignore", ".ignore", ".gitignore");

  private final Path top;
  private final boolean vcs;
  private final List<IgnorePattern> repositoryWide;
  private final List<IgnorePattern> defaults;

  /** For each folder below the top that was looked at, its ignore files in the order of names. */
  private final Map<String, List<List<IgnorePattern>>> byFolder = new ConcurrentHashMap<>();

  /**
   * For a folder and a number of unchecked names: the pattern that excludes the folder or one above
   * it, if any. Every event in a folder asks the same question; any ignore file read again clears
   * it.
   */
  private final Map<String, Optional<IgnorePattern>> excludedFolders = new ConcurrentHashMap<>();

  /**
   * @param top the folder relative paths start from
   * @param vcs whether git's files count: {@code .gitignore}, info/exclude and {@code
   *     globalExcludes}
   * @param globalExcludes git's global excludes file, or null for none; info/exclude is read only
   *     with it
   * @param defaults the patterns that apply when no file decides
   */
  IgnoreFiles(Path top, boolean vcs, Path globalExcludes, List<IgnorePattern> defaults) {
    this.top = top;
    this.vcs = vcs;
    this.defaults = defaults;
    List<IgnorePattern> wide = new ArrayList<>();
    if (vcs && globalExcludes != null) {
      // info/exclude outranks the global file: it is searched first.
      wide.addAll(reversed(read(top.resolve(".git/info/exclude"), "", ".git/info/exclude")));
      wide.addAll(reversed(read(globalExcludes, "", globalExcludes.toString())));
    }
    this.repositoryWide = List.copyOf(wide);
  }

  Path top() {
    return top;
  }

  /**
   * The pattern that decides whether {@code path} is ignored, null when none does. A negated
   * pattern decides that it is not.
   *
   * @param path a path below the top, with {@code /} between names
   * @param isFolder whether it is a folder
   * @param unchecked how many leading names of {@code path} are never found ignored as folders
   *     (those of the folder being watched and above)
   */
  IgnorePattern decide(String path, boolean isFolder, int unchecked) {
    int slash = path.lastIndexOf('/');
    if (slash >= 0) {
      IgnorePattern folder = excludedAtOrAbove(path.substring(0, slash), unchecked);
      if (folder != null) {
        return folder;
      }
    }
    return decideOne(path, isFolder);
  }

  /** The pattern that excludes this folder or one above it below the unchecked ones, or null. */
  private IgnorePattern excludedAtOrAbove(String folder, int unchecked) {
    String key = unchecked + ":" + folder;
    Optional<IgnorePattern> known = excludedFolders.get(key);
    if (known == null) {
      int slash = folder.lastIndexOf('/');
      IgnorePattern above =
          slash < 0 ? null : excludedAtOrAbove(folder.substring(0, slash), unchecked);
      IgnorePattern decided = above;
      if (decided == null && folder.split("/", -1).length > unchecked) {
        IgnorePattern own = decideOne(folder, true);
        decided = own != null && !own.negated() ? own : null;
      }
      known = Optional.ofNullable(decided);
      excludedFolders.put(key, known);
    }
    return known.orElse(null);
  }

  /** The deciding pattern for one path, its folders not considered. */
  private IgnorePattern decideOne(String path, boolean isFolder) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    List<List<List<IgnorePattern>>> folders = new ArrayList<>();
    // Deepest folder first: its files outrank those above it.
    for (int end = path.lastIndexOf('/'); end >= 0; end = path.lastIndexOf('/', end - 1)) {
      folders.add(patternsIn(path.substring(0, end)));
    }
    folders.add(patternsIn(""));
    for (int layer = 0; layer < FILE_NAMES.size(); layer++) {
      for (List<List<IgnorePattern>> files : folders) {
        IgnorePattern match = lastMatch(files.get(layer), path, name, isFolder);
        if (match != null) {
          return match;
        }
      }
    }
    IgnorePattern wide = firstMatch(repositoryWide, path, name, isFolder);
    return wide != null ? wide : lastMatch(defaults, path, name, isFolder);
  }

  private static IgnorePattern lastMatch(
      List<IgnorePattern> patterns, String path, String name, boolean isFolder) {
    for (int i = patterns.size() - 1; i >= 0; i--) {
      if (patterns.get(i).matches(path, name, isFolder)) {
        return patterns.get(i);
      }
    }
    return null;
  }

  private static IgnorePattern firstMatch(
      List<IgnorePattern> patterns, String path, String name, boolean isFolder) {
    for (IgnorePattern pattern : patterns) {
      if (pattern.matches(path, name, isFolder)) {
        return pattern;
      }
    }
    return null;
  }

  private List<List<IgnorePattern>> patternsIn(String folder) {
    return byFolder.computeIfAbsent(folder, this::read);
  }

  private List<List<IgnorePattern>> read(String folder) {
    Path directory = folder.isEmpty() ? top : top.resolve(folder);
    List<List<IgnorePattern>> files = new ArrayList<>();
    for (String fileName : FILE_NAMES) {
      boolean counts = vcs || !fileName.equals(".gitignore");
      String source = folder.isEmpty() ? fileName : folder + "/" + fileName;
      files.add(counts ? read(directory.resolve(fileName), folder, source) : List.of());
    }
    return List.copyOf(files);
  }

  /** An ignore file changed (or the folder went): its folder's files are read again when needed. */
  void forget(Path changed) {
    Path folder = changed.getParent();
    if (folder != null && folder.startsWith(top)) {
      byFolder.remove(top.relativize(folder).toString().replace('\\', '/'));
      excludedFolders.clear();
    }
  }

  private static List<IgnorePattern> read(Path file, String folder, String source) {
    if (!Files.isRegularFile(file)) {
      // Most folders have none: a check is far cheaper than the exception of a failed read.
      return List.of();
    }
    try {
      return IgnorePattern.parse(
          new String(Files.readAllBytes(file), StandardCharsets.UTF_8), folder, source);
    } catch (IOException e) {
      // Missing or unreadable: it ignores nothing, as in git.
      return List.of();
    }
  }

  private static List<IgnorePattern> reversed(List<IgnorePattern> patterns) {
    List<IgnorePattern> copy = new ArrayList<>(patterns);
    Collections.reverse(copy);
    return copy;
  }
}
