package dev.live.core.watch;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.PatternSyntaxException;

/**
 * Which changed paths never trigger a run. The {@code --ignore} globs apply to every path, files a
 * run used included. Below a watched folder, the project's ignore files apply too ({@link
 * IgnoreFiles}: {@code .liveignore}, {@code .ignore}, git's rules unless turned off) and the
 * built-in {@link #DEFAULTS}; the watched folder itself is never found ignored, so naming an
 * ignored folder in {@code --watch} watches it.
 *
 * <p>Globs follow {@link java.nio.file.FileSystem#getPathMatcher}: one without a slash matches a
 * file or folder name at any depth ({@code *.log}); one with a slash matches the path relative to
 * the working directory ({@code build/**}). A matched folder ignores everything below it.
 */
public final class IgnoreRules {

  /** Folders and editor files that never trigger unless an ignore file or --watch says so. */
  static final String DEFAULTS =
      String.join(
          "\n",
          ".git",
          "node_modules/",
          "target/",
          "build/",
          "__pycache__/",
          ".venv/",
          ".idea/",
          "*.swp",
          "*.swo",
          "*.swx",
          "*~",
          ".#*",
          "\\#*#",
          "4913",
          "*___jb_tmp___",
          "*___jb_old___");

  private record Glob(Path base, PathMatcher matcher, boolean byName) {}

  private final List<Glob> globs;
  private final Path workingDirectory;
  private final boolean vcs;
  private final Path globalExcludes;
  private final List<IgnorePattern> defaults = IgnorePattern.parse(DEFAULTS, "", "(built in)");
  private final Map<Path, IgnoreFiles> projects = new ConcurrentHashMap<>();

  /** For each watched folder asked about, its project's files (looking up the top costs stats). */
  private final Map<Path, IgnoreFiles> projectOfFolder = new ConcurrentHashMap<>();

  private IgnoreRules(List<Glob> globs, Path workingDirectory, boolean vcs, Path globalExcludes) {
    this.globs = globs;
    this.workingDirectory = workingDirectory;
    this.vcs = vcs;
    this.globalExcludes = globalExcludes;
  }

  /** No path is ignored by a glob; ignore files and defaults still apply below watched folders. */
  public static IgnoreRules none() {
    return of(List.of(), Path.of("").toAbsolutePath(), true);
  }

  /**
   * @param globs the {@code --ignore} globs, relative to {@code workingDirectory}
   * @param vcs whether git's ignore rules apply ({@code --no-vcs-ignore} turns them off)
   * @throws IllegalArgumentException when one of {@code globs} is not a valid glob; the message
   *     names it and what is wrong
   */
  public static IgnoreRules of(List<String> globs, Path workingDirectory, boolean vcs) {
    return of(globs, workingDirectory, vcs, GlobalExcludes.find(System.getenv()));
  }

  /** As {@link #of(List, Path, boolean)}, with git's global excludes file given (null for none). */
  static IgnoreRules of(
      List<String> globs, Path workingDirectory, boolean vcs, Path globalExcludes) {
    Path directory = workingDirectory.toAbsolutePath().normalize();
    List<Glob> parsed = new ArrayList<>();
    for (String glob : globs) {
      try {
        parsed.add(glob(directory, glob));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "--ignore '"
                + glob
                + "' is not a valid glob: "
                + e.getDescription().replace("'", "").toLowerCase(Locale.ROOT)
                + " (at character "
                + (e.getIndex() + 1)
                + "). Put a \\ before each of [ ] { } * ? meant literally.",
            e);
      }
    }
    return new IgnoreRules(List.copyOf(parsed), directory, vcs, globalExcludes);
  }

  /**
   * @throws PatternSyntaxException when the pattern is not a valid glob
   */
  private static Glob glob(Path base, String pattern) {
    boolean byName = !pattern.contains("/");
    String glob = pattern.startsWith("/") ? pattern.substring(1) : pattern;
    return new Glob(base, FileSystems.getDefault().getPathMatcher("glob:" + glob), byName);
  }

  /** True when an {@code --ignore} glob says a change of this path must not trigger a run. */
  public boolean ignores(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (!absolute.startsWith(workingDirectory) || absolute.equals(workingDirectory)) {
      return false;
    }
    Path relative = workingDirectory.relativize(absolute);
    for (Glob glob : globs) {
      for (int end = 1; end <= relative.getNameCount(); end++) {
        Path candidate = glob.byName() ? relative.getName(end - 1) : relative.subpath(0, end);
        if (glob.matcher().matches(candidate)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when a change of {@code path}, found by watching the folder {@code watched}, must not
   * trigger a run: an {@code --ignore} glob, an ignore file or a default says so, for the path or a
   * folder between {@code watched} and it.
   */
  public boolean ignoresBelow(Path watched, Path path) {
    if (ignores(path)) {
      return true;
    }
    Path root = watched.toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    if (!absolute.startsWith(root) || absolute.equals(root)) {
      return false;
    }
    IgnoreFiles files =
        projectOfFolder.computeIfAbsent(
            root, folder -> projects.computeIfAbsent(topOf(folder), this::project));
    Path top = files.top();
    Path name = absolute.getFileName();
    if (IgnoreFiles.FILE_NAMES.contains(name.toString())) {
      files.forget(absolute);
    }
    String relative = top.relativize(absolute).toString().replace('\\', '/');
    int unchecked = root.equals(top) ? 0 : top.relativize(root).getNameCount();
    IgnorePattern decided = files.decide(relative, Files.isDirectory(absolute), unchecked);
    return decided != null && !decided.negated();
  }

  private IgnoreFiles project(Path top) {
    // Git's repository-wide files count inside a repository only, as in git.
    boolean repository = Files.exists(top.resolve(".git"));
    return new IgnoreFiles(top, vcs, repository ? globalExcludes : null, defaults);
  }

  /**
   * The folder ignore files are read from: the git repository the watched folder is in, else the
   * working directory when the folder is inside it, else the folder.
   */
  private Path topOf(Path root) {
    for (Path folder = root; folder != null; folder = folder.getParent()) {
      if (Files.exists(folder.resolve(".git"))) {
        return folder;
      }
    }
    return root.startsWith(workingDirectory) ? workingDirectory : root;
  }
}
