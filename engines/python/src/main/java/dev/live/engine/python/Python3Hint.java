package dev.live.engine.python;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Python 3 syntax on the line of a Jython syntax error: the file is Python 3, and one line at its
 * top runs it there. Jython reads Python 2.7 only.
 */
final class Python3Hint {

  private record Construct(String name, Pattern pattern) {}

  private static final List<Construct> PYTHON_3_ONLY =
      List.of(
          new Construct("an f-string", Pattern.compile("(?i)(^|[^\\w])(f|rf|fr)[\"']")),
          new Construct(
              "print() with keyword arguments",
              Pattern.compile("\\bprint\\s*\\(.*\\b(end|sep|file|flush)\\s*=")),
          new Construct(
              "async/await", Pattern.compile("^\\s*async\\s+(def|for|with)\\b|\\bawait\\s")),
          new Construct("the walrus operator :=", Pattern.compile(":=")),
          new Construct("nonlocal", Pattern.compile("^\\s*nonlocal\\s")),
          new Construct("yield from", Pattern.compile("\\byield\\s+from\\b")),
          new Construct("a return type annotation", Pattern.compile("\\)\\s*->\\s*[^:]+:\\s*$")),
          new Construct(
              "type annotations",
              Pattern.compile(
                  "^\\s*def\\s+\\w+\\s*\\(.*\\w\\s*:\\s*\\w[^)]*\\)|^\\s*\\w+\\s*:\\s*\\w+(\\[.*\\])?\\s*(=.*)?$")),
          new Construct(
              "keyword-only arguments",
              Pattern.compile("^\\s*def\\s+\\w+\\s*\\((.*,)?\\s*\\*\\s*\\w*\\s*,\\s*[A-Za-z_]")),
          new Construct(
              "positional-only parameters",
              Pattern.compile("^\\s*def\\s+\\w+\\s*\\(.*,\\s*/\\s*[,)]")),
          new Construct(
              "a metaclass keyword",
              Pattern.compile("^\\s*class\\s+\\w+\\s*\\(.*\\bmetaclass\\s*=")),
          new Construct(
              "starred unpacking",
              Pattern.compile(
                  "^\\s*(\\w+\\s*,\\s*)*\\*\\w+\\s*(,\\s*\\w+\\s*)*=[^=]|[\\[{]\\s*\\*")),
          new Construct("raise ... from", Pattern.compile("^\\s*raise\\s+.+\\sfrom\\s+\\w")),
          new Construct(
              "a match statement", Pattern.compile("^\\s*(match|case)\\s+[^=]+:\\s*(#.*)?$")),
          new Construct("underscores in a number", Pattern.compile("\\b\\d+(_\\d+)+\\b")),
          // A parameter of a def spread over lines: "    x: int,".
          new Construct(
              "type annotations", Pattern.compile("^\\s*\\w+\\s*:\\s*\\w[\\w.\\[\\], |]*,\\s*$")));

  private Python3Hint() {}

  /** The hint for a syntax error on {@code line}, when the line uses Python 3 syntax. */
  static Optional<String> forLine(String line) {
    for (Construct construct : PYTHON_3_ONLY) {
      if (construct.pattern().matcher(line).find()) {
        return Optional.of(
            "This line uses "
                + construct.name()
                + ", which is Python 3: make #!/usr/bin/env python3 the file's first line to run"
                + " it on Python 3.");
      }
    }
    return Optional.empty();
  }
}
