package dev.live.cli;

import dev.live.core.engine.EngineNotFoundException;
import dev.live.core.engine.EnginePathException;
import dev.live.core.engine.EngineRegistry;
import dev.live.core.engine.EngineSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --engine-path} and {@code --engine}, shared by {@code live run} and {@code live engines}:
 * which engines there are, and which one runs an extension that several claim.
 */
final class EngineOptions {

  static final String ENGINE_PATH = "--engine-path";

  @Option(
      names = ENGINE_PATH,
      paramLabel = "PATH",
      description =
          "Also load engines from this jar or folder of jars (repeatable), besides the engines"
              + " folders of the installation and of the user (~/.config/live/engines).")
  List<Path> enginePath = new ArrayList<>();

  /**
   * EXT to NAME in the order given; a later choice for the same EXT replaces the earlier one, and
   * an argument without {@code =} maps its EXT to null.
   */
  @Option(
      names = "--engine",
      paramLabel = "EXT=NAME",
      mapFallbackValue = Option.NULL_VALUE,
      description =
          "Run .EXT files on the engine NAME (as live engines lists it) when several engines claim"
              + " EXT (repeatable): --engine js=nashorn.")
  Map<String, String> engineChoices = new LinkedHashMap<>();

  /**
   * The registry of the program's engines and those of the {@linkplain EngineFolders engines
   * folders} and {@code --engine-path}, in that order, with the {@code --engine} choices made.
   *
   * @throws UsageException for a missing or unreadable path, a malformed or unknown {@code
   *     --engine}
   */
  EngineRegistry registry(Map<String, String> environment) {
    List<EngineSource> sources = new ArrayList<>();
    try {
      Set<Path> seen = new HashSet<>();
      EngineFolders.installation()
          .flatMap(folder -> EngineSource.ifPresent(folder, EngineFolders.INSTALLATION))
          .ifPresent(source -> add(sources, seen, source));
      EngineSource.ifPresent(EngineFolders.user(environment), EngineFolders.USER)
          .ifPresent(source -> add(sources, seen, source));
      for (Path path : enginePath) {
        add(sources, seen, EngineSource.of(path, ENGINE_PATH));
      }
    } catch (EnginePathException e) {
      throw new UsageException(e.getMessage(), e);
    }
    engineChoices.forEach(EngineOptions::checkChoice);
    EngineRegistry registry = EngineRegistry.discover(Main.class.getClassLoader(), sources);
    engineChoices.forEach(
        (extension, name) -> {
          try {
            registry.choose(extension, name);
          } catch (EngineNotFoundException e) {
            registry.close();
            throw new UsageException(
                "--engine " + extension + "=" + name + ": " + e.getMessage(), e);
          }
        });
    return registry;
  }

  private static void checkChoice(String extension, String name) {
    if (extension.isEmpty() || name == null || name.isEmpty()) {
      String given = name == null ? extension : extension + "=" + name;
      throw new UsageException(
          "--engine takes EXT=NAME, such as --engine js=nashorn; got '" + given + "'");
    }
  }

  private static void add(List<EngineSource> sources, Set<Path> seen, EngineSource source) {
    if (seen.add(source.origin().path())) {
      sources.add(source);
    }
  }
}
