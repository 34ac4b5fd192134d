package dev.live.core.watch;

/**
 * A pattern in git's wildmatch syntax, as ignore files use it: {@code ?} and {@code *} never match
 * a slash, {@code **} between slashes (or at either end) matches any number of folders, {@code
 * [...]} is a character class ({@code !} or {@code ^} negates it, {@code [:alpha:]} and the other
 * POSIX names work in it), and a backslash makes the next character literal. A malformed class
 * matches nothing, as in git.
 */
final class GitGlob {

  private GitGlob() {}

  /** True when {@code pattern} matches the whole of {@code text}. */
  static boolean matches(String pattern, String text) {
    return match(pattern, 0, text, 0);
  }

  /** True when the pattern has nothing but literal characters, so that equality decides. */
  static boolean isLiteral(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private static boolean match(String p, int pi, String t, int ti) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        return matchStars(p, pi, t, ti);
      }
      if (ti >= t.length()) {
        return false;
      }
      char tc = t.charAt(ti);
      if (c == '?') {
        if (tc == '/') {
          return false;
        }
        pi++;
      } else if (c == '[') {
        int end = CharacterClass.end(p, pi);
        if (end < 0 || tc == '/' || !CharacterClass.matches(p, pi, tc)) {
          return false;
        }
        pi = end + 1;
      } else {
        if (c == '\\') {
          pi++;
          if (pi >= p.length()) {
            return false;
          }
          c = p.charAt(pi);
        }
        if (tc != c) {
          return false;
        }
        pi++;
      }
      ti++;
    }
    return ti == t.length();
  }

  /** A run of stars at {@code start}: one crosses no slash, two between slashes cross any. */
  private static boolean matchStars(String p, int start, String t, int ti) {
    int pi = start;
    while (pi < p.length() && p.charAt(pi) == '*') {
      pi++;
    }
    boolean crossesSlashes = pi - start >= 2 && startsSegment(p, start) && endsSegment(p, pi);
    if (crossesSlashes && pi < p.length() && p.charAt(pi) == '/' && match(p, pi + 1, t, ti)) {
      // "a/**/b" matches "a/b": the stars and their slash stand for no folder at all.
      return true;
    }
    if (pi == p.length()) {
      return crossesSlashes || t.indexOf('/', ti) < 0;
    }
    for (int end = ti; end < t.length(); end++) {
      if (match(p, pi, t, end)) {
        return true;
      }
      if (!crossesSlashes && t.charAt(end) == '/') {
        return false;
      }
    }
    return false;
  }

  private static boolean startsSegment(String p, int stars) {
    return stars == 0 || p.charAt(stars - 1) == '/';
  }

  private static boolean endsSegment(String p, int afterStars) {
    return afterStars == p.length()
        || p.charAt(afterStars) == '/'
        || (p.charAt(afterStars) == '\\'
            && afterStars + 1 < p.length()
            && p.charAt(afterStars + 1) == '/');
  }
}
