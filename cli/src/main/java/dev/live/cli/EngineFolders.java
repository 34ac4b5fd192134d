package dev.live.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.Optional;

/**
 * The engines folders searched at start, before any {@code --engine-path}: the installation's
 * ({@code engines} beside {@code lib/}), then the user's ({@code $XDG_CONFIG_HOME/live/engines}, by
 * default {@code ~/.config/live/engines}).
 */
final class EngineFolders {

  static final String INSTALLATION = "installation engines folder";
  static final String USER = "user engines folder";

  private EngineFolders() {}

  /**
   * The {@code engines} folder of the installation: beside the {@code lib} folder that holds the
   * live-cli jar. Empty when live does not run from a jar (from the build's classes, in tests).
   */
  static Optional<Path> installation() {
    try {
      CodeSource code = Main.class.getProtectionDomain().getCodeSource();
      if (code == null || code.getLocation() == null) {
        return Optional.empty();
      }
      Path jar = Path.of(code.getLocation().toURI());
      if (!Files.isRegularFile(jar) || jar.getParent() == null) {
        return Optional.empty();
      }
      Path installation = jar.getParent().getParent();
      return installation == null ? Optional.empty() : Optional.of(installation.resolve("engines"));
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** {@code $XDG_CONFIG_HOME/live/engines}, by default {@code ~/.config/live/engines}. */
  static Path user(Map<String, String> environment) {
    String config = environment.get("XDG_CONFIG_HOME");
    Path base =
        config != null && !config.isBlank() && Path.of(config).isAbsolute()
            ? Path.of(config)
            : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("live").resolve("engines");
  }
}
