package dev.live.core.watch;

/**
 * A bracket expression of {@link GitGlob}: {@code [abc]}, {@code [a-z]}, {@code [!x]} or {@code
 * [^x]}, {@code [[:digit:]]}, with a backslash escaping a character. A {@code ]} right after the
 * opening bracket (or its negation) is a member, not the end.
 */
final class CharacterClass {

  private CharacterClass() {}

  /** The index of the closing bracket of the class opening at {@code open}; -1 if malformed. */
  static int end(String p, int open) {
    int i = open + 1;
    if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
      i++;
    }
    boolean first = true;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == ']' && !first) {
        return i;
      }
      if (c == '\\') {
        i++;
      } else if (c == '[' && i + 1 < p.length() && p.charAt(i + 1) == ':') {
        int close = namedClassEnd(p, i);
        if (close == -2) {
          return -1;
        }
        if (close >= 0) {
          i = close;
        }
      }
      first = false;
      i++;
    }
    return -1;
  }

  /**
   * For {@code [:name:]} at {@code open}: the index of its {@code ]}; -1 when it is not one (the
   * {@code [} is then a member); -2 when the name is unknown or nothing closes it (git matches
   * nothing then).
   */
  private static int namedClassEnd(String p, int open) {
    int close = p.indexOf(']', open + 2);
    if (close < 0) {
      return -2;
    }
    if (close - (open + 2) < 1 || p.charAt(close - 1) != ':') {
      return -1;
    }
    return knownName(p.substring(open + 2, close - 1)) ? close : -2;
  }

  private static boolean knownName(String name) {
    return switch (name) {
      case "alnum",
          "alpha",
          "blank",
          "cntrl",
          "digit",
          "graph",
          "lower",
          "print",
          "punct",
          "space",
          "upper",
          "xdigit" ->
          true;
      default -> false;
    };
  }

  /** True when {@code c} is in the well-formed class opening at {@code open}. */
  static boolean matches(String p, int open, char c) {
    int i = open + 1;
    boolean negated = p.charAt(i) == '!' || p.charAt(i) == '^';
    if (negated) {
      i++;
    }
    boolean matched = false;
    char previous = 0;
    boolean first = true;
    while (first || p.charAt(i) != ']') {
      first = false;
      char member = p.charAt(i);
      if (member == '\\') {
        i++;
        member = p.charAt(i);
        matched |= c == member;
      } else if (member == '-' && previous != 0 && p.charAt(i + 1) != ']') {
        i++;
        char last = p.charAt(i);
        if (last == '\\') {
          i++;
          last = p.charAt(i);
        }
        matched |= c >= previous && c <= last;
        member = 0;
      } else if (member == '[' && p.charAt(i + 1) == ':' && namedClassEnd(p, i) >= 0) {
        int close = namedClassEnd(p, i);
        matched |= inNamedClass(p.substring(i + 2, close - 1), c);
        i = close;
        member = 0;
      } else {
        matched |= c == member;
      }
      previous = member;
      i++;
    }
    return matched != negated;
  }

  /** The POSIX classes over ASCII, as git's C locale sees them. */
  private static boolean inNamedClass(String name, char c) {
    boolean ascii = c < 128;
    boolean upper = c >= 'A' && c <= 'Z';
    boolean lower = c >= 'a' && c <= 'z';
    boolean digit = c >= '0' && c <= '9';
    boolean graph = c > 32 && c < 127;
    return ascii
        && switch (name) {
          case "alnum" -> upper || lower || digit;
          case "alpha" -> upper || lower;
          case "blank" -> c == ' ' || c == '\t';
          case "cntrl" -> c < 32 || c == 127;
          case "digit" -> digit;
          case "graph" -> graph;
          case "lower" -> lower;
          case "print" -> graph || c == ' ';
          case "punct" -> graph && !(upper || lower || digit);
          case "space" -> c == ' ' || (c >= 9 && c <= 13);
          case "upper" -> upper;
          case "xdigit" -> digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
          default -> false;
        };
  }
}
