package dev.live.cli;

import dev.live.core.engine.EngineNotFoundException;
import dev.live.core.engine.EnginePathException;
import dev.live.core.engine.EngineRegistry;
import dev.live.core.engine.EngineSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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

  @Option(
      names = "--engine",
      paramLabel = "EXT=NAME",
      description =
          "Run .EXT files on the engine NAME (as live engines lists it) when several engines claim"
              + " EXT (repeatable): --engine js=nashorn.")
  List<String> engineChoices = new ArrayList<>();

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
}
