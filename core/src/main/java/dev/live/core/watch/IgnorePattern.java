package dev.live.core.watch;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of an ignore file in git's syntax: a {@link GitGlob}, {@code !} to re-include, a
 * trailing {@code /} for folders only, and anchored to the file's folder when a slash is in it
 * (before the end), else matched against the name at any depth below that folder.
 *
 * @param glob the pattern without its {@code !}, leading {@code /} or trailing {@code /}
 * @param folder the folder of the ignore file, relative to the project's top, "" for the top
 * @param source the ignore file, as shown to the user
 * @param line the line number in it, from 1
 */
record IgnorePattern(
    String glob,
    boolean negated,
    boolean foldersOnly,
    boolean byName,
    boolean literal,
    String folder,
    String source,
    int line) {

  /** The patterns of an ignore file's text: comments and blank lines skipped, as git reads it. */
  static List<IgnorePattern> parse(String text, String folder, String source) {
    List<IgnorePattern> patterns = new ArrayList<>();
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      IgnorePattern pattern = parseLine(lines[i], folder, source, i + 1);
      if (pattern != null) {
        patterns.add(pattern);
      }
    }
    return List.copyOf(patterns);
  }

  /** The pattern on one line, or null for a comment or a line with no pattern. */
  static IgnorePattern parseLine(String raw, String folder, String source, int line) {
    if (raw.isEmpty() || raw.startsWith("#")) {
      return null;
    }
    String text =
        withoutTrailingSpaces(raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw);
    boolean negated = text.startsWith("!");
    if (negated) {
      text = text.substring(1);
    }
    boolean foldersOnly = text.endsWith("/");
    if (foldersOnly) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.isEmpty()) {
      return null;
    }
    boolean byName = text.indexOf('/') < 0;
    String glob = text.startsWith("/") ? text.substring(1) : text;
    return new IgnorePattern(
        glob, negated, foldersOnly, byName, GitGlob.isLiteral(glob), folder, source, line);
  }

  /** Spaces at the end are dropped unless a backslash escapes them, as git does. */
  private static String withoutTrailingSpaces(String text) {
    int end = text.length();
    int firstTrailingSpace = -1;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (firstTrailingSpace < 0) {
          firstTrailingSpace = i;
        }
      } else {
        if (c == '\\') {
          i++;
        }
        firstTrailingSpace = -1;
      }
    }
    return firstTrailingSpace < 0 ? text : text.substring(0, firstTrailingSpace);
  }

  /**
   * True when the pattern matches this path.
   *
   * @param path relative to the project's top, with {@code /} between names
   * @param name the last name of {@code path}
   */
  boolean matches(String path, String name, boolean isFolder) {
    if (foldersOnly && !isFolder) {
      return false;
    }
    if (byName) {
      return literal ? glob.equals(name) : GitGlob.matches(glob, name);
    }
    String below;
    if (folder.isEmpty()) {
      below = path;
    } else if (path.length() > folder.length()
        && path.startsWith(folder)
        && path.charAt(folder.length()) == '/') {
      below = path.substring(folder.length() + 1);
    } else {
      return false;
    }
    return literal ? glob.equals(below) : GitGlob.matches(glob, below);
  }

  /** Where the pattern is, as {@code git check-ignore -v} shows it: the file and the line. */
  String describe() {
    return source + ":" + line;
  }
}
