package dev.live.core.watch;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;

/**
 * Which changed paths never trigger a run: {@code --ignore} globs everywhere, and the patterns of
 * {@code .gitignore} files for changes inside the folders given with {@code --watch}.
 *
 * <p>Globs follow {@link java.nio.file.FileSystem#getPathMatcher}: one without a slash matches a
 * file or folder name at any depth ({@code *.log}); one with a slash matches the path relative to
 * the working directory ({@code build/**}). A matched folder ignores everything below it. From
 * {@code .gitignore}, comments, blank lines, anchored and folder-only patterns are supported;
 * negations ({@code !pattern}) are not and are skipped, as are patterns that are not valid globs.
 */
public final class IgnoreRules {

  private record Rule(Path base, PathMatcher matcher, boolean byName, boolean foldersOnly) {}

  private final List<Rule> everywhere;
  private final List<Rule> insideWatched;
  private final List<Path> watchedFolders;

  private IgnoreRules(List<Rule> everywhere, List<Rule> insideWatched, List<Path> watchedFolders) {
    this.everywhere = everywhere;
    this.insideWatched = insideWatched;
    this.watchedFolders = watchedFolders;
  }

  /** No path is ignored. */
  public static IgnoreRules none() {
    return new IgnoreRules(List.of(), List.of(), List.of());
  }

  /**
   * @param globs the {@code --ignore} globs, relative to {@code workingDirectory}
   * @param watchedFolders the {@code --watch} folders; the {@code .gitignore} of the working
   *     directory and of each of these folders applies to changes inside them
   * @throws IllegalArgumentException when one of {@code globs} is not a valid glob; the message
   *     names it and what is wrong
   */
  public static IgnoreRules of(
      List<String> globs, Path workingDirectory, List<Path> watchedFolders) {
    List<Rule> everywhere = new ArrayList<>();
    for (String glob : globs) {
      try {
        everywhere.add(rule(workingDirectory, glob));
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
    List<Path> folders =
        watchedFolders.stream()
            .map(p -> p.toAbsolutePath().normalize())
            .filter(Files::isDirectory)
            .toList();
    List<Rule> insideWatched = new ArrayList<>();
    if (!folders.isEmpty()) {
      gitignore(workingDirectory, insideWatched);
      for (Path folder : folders) {
        if (!folder.equals(workingDirectory)) {
          gitignore(folder, insideWatched);
        }
      }
    }
    return new IgnoreRules(List.copyOf(everywhere), List.copyOf(insideWatched), folders);
  }

  private static void gitignore(Path folder, List<Rule> rules) {
    Path file = folder.resolve(".gitignore");
    if (!Files.isRegularFile(file)) {
      return;
    }
    try {
      for (String line : Files.readAllLines(file)) {
        String pattern = line.strip();
        if (!pattern.isEmpty() && !pattern.startsWith("#") && !pattern.startsWith("!")) {
          addValid(rules, folder, pattern);
        }
      }
    } catch (IOException e) {
      // An unreadable .gitignore ignores nothing; the watch still works.
    }
  }

  private static void addValid(List<Rule> rules, Path folder, String pattern) {
    try {
      rules.add(rule(folder, pattern));
    } catch (PatternSyntaxException e) {
      // Git reads such a line in its own way; here it ignores nothing, and the watch still works.
    }
  }

  /**
   * @throws PatternSyntaxException when the pattern is not a valid glob
   */
  private static Rule rule(Path base, String pattern) {
    boolean foldersOnly = pattern.endsWith("/");
    String glob = foldersOnly ? pattern.substring(0, pattern.length() - 1) : pattern;
    boolean byName = !glob.contains("/");
    if (glob.startsWith("/")) {
      glob = glob.substring(1);
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    return new Rule(base.toAbsolutePath().normalize(), matcher, byName, foldersOnly);
  }

  /** True when a change of this path must not trigger a run. */
  public boolean ignores(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (matchesAny(everywhere, absolute)) {
      return true;
    }
    boolean inWatchedFolder = watchedFolders.stream().anyMatch(absolute::startsWith);
    return inWatchedFolder && matchesAny(insideWatched, absolute);
  }

  private static boolean matchesAny(List<Rule> rules, Path path) {
    for (Rule rule : rules) {
      if (!path.startsWith(rule.base()) || path.equals(rule.base())) {
        continue;
      }
      Path relative = rule.base().relativize(path);
      for (int end = 1; end <= relative.getNameCount(); end++) {
        boolean isLast = end == relative.getNameCount();
        if (rule.foldersOnly() && isLast && !Files.isDirectory(path)) {
          continue;
        }
        Path candidate = rule.byName() ? relative.getName(end - 1) : relative.subpath(0, end);
        if (rule.matcher().matches(candidate)) {
          return true;
        }
      }
    }
    return false;
  }
}
