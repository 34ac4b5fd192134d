package dev.live.core.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the session offers an adapter during one run: the {@code use} function that every module
 * gets, with module resolution, caching and cycle detection done once for all languages.
 */
public interface RunServices {

  /**
   * Loads the module that {@code name} names, as seen from {@code callerFile}, evaluating it in its
   * own engine on first use within this run, and returns it as a bridge value (a {@link
   * dev.live.core.bridge.BridgeModule}).
   *
   * @throws dev.live.core.modules.ModuleNotFoundException when no file matches, listing the paths
   *     tried
   * @throws dev.live.core.modules.ModuleCycleException when the module is still being loaded
   */
  Object use(Object name, Path callerFile);

  /** The main file of this run. */
  Path mainFile();

  /** How messages show a file: relative to the working directory when it is below it. */
  String displayName(Path file);

  /**
   * The {@code live} object for a module (a {@link dev.live.core.bridge.BridgeObject}), to inject
   * as the global {@code live}.
   */
  Object live(Path moduleFile);

  /** The {@code --path} folders, where {@code use} and local imports look after the main file's. */
  List<Path> searchPath();

  /** The arguments given after {@code --}, for {@code sys.argv} and the like. */
  List<String> arguments();

  /**
   * The values the embedding program bound with {@code LiveSession.Builder.bind(name, value)}, by
   * name, in the order bound. An adapter injects each into every module as a global, next to {@code
   * use} and {@code live}, converting it with its bridge as it converts any value from Java (a
   * {@link dev.live.core.bridge.BridgeFunction} becomes a function of the language, a {@link
   * dev.live.core.bridge.BridgeObject} an object, any other Java object passes through), and leaves
   * these names out of the module's exports ({@link ModuleGlobals} does both). Empty when nothing
   * was bound.
   */
  default Map<String, Object> globals() {
    return Map.of();
  }

  /**
   * The run's environment variables: the process's, with those the session set ({@code
   * LiveSession.Builder.environment}) added or replacing them. An engine reads its language's
   * choices from here, not from {@link System#getenv()}.
   */
  default Map<String, String> environment() {
    return System.getenv();
  }

  /**
   * Adds a file the engine read on its own (an ES module import, say) to the watch set, so that
   * saving it runs again.
   */
  void fileRead(Path file);
}
