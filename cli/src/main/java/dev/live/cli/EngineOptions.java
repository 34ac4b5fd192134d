package dev.live.cli;

import dev.live.core.engine.EngineNotFoundException;
import dev.live.core.engine.EnginePathException;
import dev.live.core.engine.EngineRegistry;
import dev.live.core.engine.EngineSource;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --engine-path} and {@code --engine}, shared by {@code live run} and {@code live engines},
 * and the engines folders searched at start: the installation's ({@code engines} beside {@code
 * lib/}), then the user's ({@code $XDG_CONFIG_HOME/live/engines}, by default {@code
 * ~/.config/live/engines}), then each {@code --engine-path} in the order given.
 */
final class EngineOptions {

  static final String INSTALLATION = "installation engines folder";
  static final String USER = "user engines folder";
  static final String OPTION = "--engine-path";

  @Option(
      names = "--engine-path",
      paramLabel = "PATH",
      description =
          "Also load engines from this jar or folder of jars (repeatable), besides the engines"
              + " folders of the installation and of the user (~/.config/live/engines).")
  List<Path> enginePath = new ArrayList<>();

  @Option(
      names = "--engine",
      paramLabel = "EXT=NAME",
      description =
          "Run .EXT files on the engine NAME (as live engines lists it) when several engines claim"
              + " EXT (repeatable): --engine js=nashorn.")
  List<String> engineChoices = new ArrayList<>();

  /**
   * The registry of the program's engines and those the engines folders and {@code --engine-path}
   * add, with the {@code --engine} choices made.
   *
   * @throws UsageException for a missing or unreadable path, a malformed or unknown {@code
   *     --engine}
   */
  EngineRegistry registry(Map<String, String> environment) {
    List<EngineSource> sources = new ArrayList<>();
    try {
      Set<Path> seen = new HashSet<>();
      installationEngines()
          .flatMap(folder -> EngineSource.ifPresent(folder, INSTALLATION))
          .ifPresent(source -> add(sources, seen, source));
      EngineSource.ifPresent(userEngines(environment), USER)
          .ifPresent(source -> add(sources, seen, source));
      for (Path path : enginePath) {
        add(sources, seen, EngineSource.of(path, OPTION));
      }
    } catch (EnginePathException e) {
      throw new UsageException(e.getMessage(), e);
    }
    List<String[]> choices = new ArrayList<>();
    for (String choice : engineChoices) {
      int equals = choice.indexOf('=');
      if (equals <= 0 || equals == choice.length() - 1) {
        throw new UsageException(
            "--engine takes EXT=NAME, such as --engine js=nashorn; got '" + choice + "'");
      }
      choices.add(new String[] {choice.substring(0, equals), choice.substring(equals + 1)});
    }
    EngineRegistry registry = EngineRegistry.discover(Main.class.getClassLoader(), sources);
    for (String[] choice : choices) {
      try {
        registry.choose(choice[0], choice[1]);
      } catch (EngineNotFoundException e) {
        registry.close();
        throw new UsageException(
            "--engine " + choice[0] + "=" + choice[1] + ": " + e.getMessage(), e);
      }
    }
    return registry;
  }

  private static void add(List<EngineSource> sources, Set<Path> seen, EngineSource source) {
    if (seen.add(source.origin().path())) {
      sources.add(source);
    }
  }

  /**
   * The {@code engines} folder of the installation: beside the {@code lib} folder that holds the
   * live-cli jar. Empty when live does not run from a jar (from the build's classes, in tests).
   */
  static Optional<Path> installationEngines() {
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
  static Path userEngines(Map<String, String> environment) {
    String config = environment.get("XDG_CONFIG_HOME");
    Path base =
        config != null && !config.isBlank() && Path.of(config).isAbsolute()
            ? Path.of(config)
            : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("live").resolve("engines");
  }
}
