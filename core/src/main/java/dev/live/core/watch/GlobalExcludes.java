package dev.live.core.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where git's global excludes file is: {@code core.excludesFile} from the user's git configuration
 * ({@code ~/.gitconfig}, then {@code $XDG_CONFIG_HOME/git/config}; the last setting wins; include
 * directives are not followed), else {@code $XDG_CONFIG_HOME/git/ignore}, with {@code ~/.config}
 * when that variable is unset or empty.
 */
final class GlobalExcludes {

  private GlobalExcludes() {}

  /** The global excludes file for this environment (it may not exist), null without a home. */
  static Path find(Map<String, String> environment) {
    String home = environment.get("HOME");
    String xdg = environment.get("XDG_CONFIG_HOME");
    Path config = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : null;
    if (config == null && home != null && !home.isEmpty()) {
      config = Path.of(home, ".config");
    }
    String configured = null;
    if (home != null && !home.isEmpty()) {
      configured = excludesFile(Path.of(home, ".gitconfig"), configured);
    }
    if (config != null) {
      configured = excludesFile(config.resolve("git/config"), configured);
    }
    if (configured != null) {
      return configured.startsWith("~/") && home != null
          ? Path.of(home, configured.substring(2))
          : Path.of(configured);
    }
    return config == null ? null : config.resolve("git/ignore");
  }

  /** The {@code excludesFile} of the {@code [core]} section in this file, else {@code before}. */
  private static String excludesFile(Path configFile, String before) {
    List<String> lines;
    try {
      lines = Files.readAllLines(configFile);
    } catch (IOException e) {
      return before;
    }
    String found = before;
    boolean inCore = false;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("[")) {
        inCore = line.toLowerCase(Locale.ROOT).matches("\\[\\s*core\\s*\\]");
      } else if (inCore && line.toLowerCase(Locale.ROOT).startsWith("excludesfile")) {
        int equals = line.indexOf('=');
        if (equals > 0 && line.substring(0, equals).strip().equalsIgnoreCase("excludesfile")) {
          String value = line.substring(equals + 1).strip();
          found =
              value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                  ? value.substring(1, value.length() - 1)
                  : value;
        }
      }
    }
    return found;
  }
}
