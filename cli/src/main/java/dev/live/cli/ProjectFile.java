package dev.live.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code live.toml}, the project file: defaults for the options of {@code live run}, one {@code key
 * = value} a line in a subset of TOML (comments with {@code #}, strings in double or single quotes,
 * integers, {@code true}/{@code false}, lists of these in {@code [...]} over one or more lines). A
 * file outside the subset is a {@link UsageException} naming the file, the line and the key.
 */
final class ProjectFile {

  static final String NAME = "live.toml";

  /** One {@code key = value}: a scalar is a list of one; {@code list} says brackets were used. */
  record Entry(String key, List<String> values, boolean list, int line) {}

  private final Path path;
  private final List<Entry> entries;

  private ProjectFile(Path path, List<Entry> entries) {
    this.path = path;
    this.entries = List.copyOf(entries);
  }

  /** The project file in {@code folder} or its nearest parent that has one. */
  static Optional<Path> find(Path folder) {
    for (Path at = folder.toAbsolutePath(); at != null; at = at.getParent()) {
      Path candidate = at.resolve(NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static ProjectFile read(Path path) {
    String text;
    try {
      text = Files.readString(path);
    } catch (IOException e) {
      throw new UsageException(
          path + " cannot be read (" + e.getMessage() + "); fix it or run with --no-config", e);
    }
    return new ProjectFile(path, new Parser(path, text).entries());
  }

  Path path() {
    return path;
  }

  List<Entry> entries() {
    return entries;
  }

  /** A usage error at {@code line} of this file, about {@code key}. */
  UsageException error(int line, String key, String problem) {
    return error(path, line, key, problem);
  }

  static UsageException error(Path path, int line, String key, String problem) {
    return new UsageException(
        path + ":" + line + ": " + key + ": " + problem + "; fix it or run with --no-config");
  }

  /** A cursor over the file's text, reading one entry after another. */
  private static final class Parser {
    private final Path path;
    private final String text;
    private int at;
    private int line = 1;
    private String key = "(no key)";

    Parser(Path path, String text) {
      this.path = path;
      this.text = text;
    }

    List<Entry> entries() {
      List<Entry> entries = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (skipBlankAndComments(); at < text.length(); skipBlankAndComments()) {
        int keyLine = line;
        key = bareKey();
        if (!seen.add(key)) {
          throw fail("is given twice");
        }
        skipSpaces();
        expect('=', "expected '=' after the key");
        skipSpaces();
        boolean list = peek() == '[';
        List<String> values = list ? list() : List.of(scalar());
        skipSpaces();
        if (at < text.length() && peek() != '#' && peek() != '\n' && peek() != '\r') {
          throw fail("unexpected text after the value");
        }
        entries.add(new Entry(key, values, list, keyLine));
      }
      return entries;
    }

    private String bareKey() {
      if (peek() == '[') {
        throw fail("tables ([name]) are not used: write key = value lines");
      }
      int start = at;
      while (at < text.length() && isKeyChar(peek())) {
        at++;
      }
      if (start == at) {
        throw fail("expected a key such as watch = [\"data\"]");
      }
      return text.substring(start, at);
    }

    private static boolean isKeyChar(char c) {
      return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    private List<String> list() {
      at++;
      List<String> values = new ArrayList<>();
      for (skipBlankAndComments(); peek() != ']'; skipBlankAndComments()) {
        values.add(scalar());
        skipBlankAndComments();
        if (peek() == ',') {
          at++;
        } else if (peek() != ']') {
          throw fail("expected ',' or ']' in the list");
        }
      }
      at++;
      return values;
    }

    private String scalar() {
      char first = peek();
      if (first == '"' || first == '\'') {
        return string(first);
      }
      int start = at;
      while (at < text.length() && (isKeyChar(peek()) || peek() == '+' || peek() == '.')) {
        at++;
      }
      String word = text.substring(start, at);
      if (word.equals("true") || word.equals("false") || word.matches("[+-]?[0-9][0-9_]*")) {
        return word.replace("_", "");
      }
      throw fail("a value is a \"string\", a whole number, true, false or a [list] of them");
    }

    private String string(char quote) {
      at++;
      StringBuilder value = new StringBuilder();
      while (at < text.length() && peek() != quote && peek() != '\n') {
        char c = text.charAt(at++);
        if (c == '\\' && quote == '"' && at < text.length()) {
          value.append(escaped(text.charAt(at++)));
        } else {
          value.append(c);
        }
      }
      expect(quote, "the string is not closed on its line");
      return value.toString();
    }

    private String escaped(char c) {
      return switch (c) {
        case 'n' -> "\n";
        case 't' -> "\t";
        case '"' -> "\"";
        case '\\' -> "\\";
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw fail("\\u needs four hex digits");
          }
          String hex = text.substring(at, at + 4);
          at += 4;
          try {
            yield String.valueOf((char) Integer.parseInt(hex, 16));
          } catch (NumberFormatException e) {
            throw fail("\\u needs four hex digits");
          }
        }
        default -> throw fail("unknown escape \\" + c + " (write \\\\ for a backslash)");
      };
    }

    private void expect(char c, String problem) {
      if (peek() != c) {
        throw fail(problem);
      }
      at++;
    }

    private char peek() {
      return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipSpaces() {
      while (peek() == ' ' || peek() == '\t') {
        at++;
      }
    }

    /** Skips spaces, line ends and comments, counting lines. */
    private void skipBlankAndComments() {
      while (at < text.length()) {
        char c = peek();
        if (c == '\n') {
          line++;
          at++;
        } else if (c == ' ' || c == '\t' || c == '\r') {
          at++;
        } else if (c == '#') {
          while (at < text.length() && peek() != '\n') {
            at++;
          }
        } else {
          return;
        }
      }
    }

    private UsageException fail(String problem) {
      return error(path, line, key, problem);
    }
  }
}
