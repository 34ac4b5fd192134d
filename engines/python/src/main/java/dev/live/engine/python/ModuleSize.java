package dev.live.engine.python;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * A quick check, before compiling, that a module cannot fit Jython: Jython compiles the module's
 * top-level code, and each function and class body, into one JVM method each, which may hold 64 KB
 * of bytecode, and every statement costs at least seven bytes (its line number). Compiling such a
 * file would take seconds to minutes and gigabytes before Jython gives up. The count errs low (a
 * line with several statements counts once), so a module that fits is never refused.
 */
final class ModuleSize {

  /** More statements than fit one JVM method, even if each were {@code pass}. */
  static final int MAX_STATEMENTS_PER_BLOCK = 10_000;

  /** Lines that continue a statement without one of their own. */
  private static final Set<String> CLAUSES = Set.of("else", "elif", "except", "finally", "try");

  private ModuleSize() {}

  /** True when some block of {@code text} has more statements than Jython can compile. */
  static boolean tooLargeForJython(String text) {
    // Only a file with that many lines can have that many statements.
    if (text.chars().filter(c -> c == '\n').count() < MAX_STATEMENTS_PER_BLOCK) {
      return false;
    }
    Deque<int[]> blocks = new ArrayDeque<>(); // {indent of the def or class line, statements}
    blocks.push(new int[] {-1, 0});
    LogicalLines lines = new LogicalLines(text);
    for (int start = lines.next(); start >= 0; start = lines.next()) {
      int indent = indentAt(text, start);
      String word = firstWord(text, start + indent);
      if (word.isEmpty() || CLAUSES.contains(word)) {
        continue;
      }
      while (indent <= blocks.peek()[0]) {
        blocks.pop();
      }
      if (++blocks.peek()[1] > MAX_STATEMENTS_PER_BLOCK) {
        return true;
      }
      if (word.equals("def") || word.equals("class")) {
        blocks.push(new int[] {indent, 0});
      }
    }
    return false;
  }

  private static int indentAt(String text, int start) {
    int i = start;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i - start;
  }

  /** The identifier a line starts with: empty for a comment, a blank line or a decorator. */
  private static String firstWord(String text, int start) {
    if (start >= text.length() || "#@\r\n".indexOf(text.charAt(start)) >= 0) {
      return "";
    }
    int end = start;
    while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
      end++;
    }
    return end > start ? text.substring(start, end) : "?";
  }

  /** The starts of Python's logical lines: strings, brackets and backslashes join lines. */
  private static final class LogicalLines {

    private final String text;
    private int position;

    LogicalLines(String text) {
      this.text = text;
    }

    /** Where the next logical line starts, or -1 at the end. */
    int next() {
      if (position >= text.length()) {
        return -1;
      }
      int start = position;
      int depth = 0;
      while (position < text.length()) {
        char c = text.charAt(position);
        if (c == '#') {
          skipComment();
        } else if (c == '\'' || c == '"') {
          skipString(c);
        } else if (c == '\\') {
          position += 2;
        } else if (c == '\n' && depth <= 0) {
          position++;
          return start;
        } else {
          depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
          position++;
        }
      }
      return start;
    }

    private void skipComment() {
      while (position < text.length() && text.charAt(position) != '\n') {
        position++;
      }
    }

    private void skipString(char quote) {
      String delimiter =
          text.startsWith(String.valueOf(quote).repeat(3), position)
              ? String.valueOf(quote).repeat(3)
              : String.valueOf(quote);
      position += delimiter.length();
      while (position < text.length() && !text.startsWith(delimiter, position)) {
        if (text.charAt(position) == '\\') {
          position++;
        } else if (delimiter.length() == 1 && text.charAt(position) == '\n') {
          return;
        }
        position++;
      }
      position += delimiter.length();
    }
  }
}
