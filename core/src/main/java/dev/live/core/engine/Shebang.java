package dev.live.core.engine;

import java.util.List;
import java.util.Optional;

/**
 * The interpreter a script's first line names: {@code #!/usr/bin/env python3} and {@code
 * #!/usr/bin/python3} both name {@code python3}. Engines say which names they run ({@link
 * EngineProvider#interpreterNames}); this class only reads the line.
 */
public final class Shebang {

  private Shebang() {}

  /** The interpreter named by the first line of {@code text}; empty when it is not a shebang. */
  public static Optional<String> interpreter(String text) {
    if (!text.startsWith("#!")) {
      return Optional.empty();
    }
    int end = text.indexOf('\n');
    String[] words = text.substring(2, end < 0 ? text.length() : end).strip().split("\\s+");
    int index = 0;
    if (baseName(words[0]).equals("env")) {
      index++;
      // env's own options (-S splits the rest into words, which split() did already).
      while (index < words.length && words[index].startsWith("-")) {
        index++;
      }
    }
    if (index >= words.length || words[index].isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(baseName(words[index]));
  }

  /**
   * True when {@code interpreter} is one of {@code names}, or one of them followed by a version:
   * {@code python3.12} for {@code python3}.
   */
  public static boolean names(List<String> names, String interpreter) {
    String unversioned = interpreter.replaceFirst("\\.[0-9.]+$", "");
    return names.contains(interpreter) || names.contains(unversioned);
  }

  private static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
