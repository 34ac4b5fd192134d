package dev.live.core.reload;

import dev.live.core.engine.EngineRegistry;
import dev.live.core.modules.DisplayPath;
import dev.live.core.modules.Fingerprint;
import dev.live.core.modules.ModuleResolver;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What every run of a session is given: made once per session, shared by its runs.
 *
 * @param mainFile absolute and normalized
 * @param workingDirectory paths in messages are shown relative to it
 * @param arguments the script's arguments
 * @param environment the run's variables, for engines: the process's with the session's own
 * @param state {@code live.state}, for the life of the session
 * @param globals the values {@link LiveSession.Builder#bind} bound, by name
 * @param registry the engines
 * @param resolver finds the file {@code use} names
 * @param onFileUsed told of every file a run reads or looks for, with its fingerprint, on the
 *     thread that used it (the run thread, or a thread a script started)
 */
record RunInputs(
    Path mainFile,
    Path workingDirectory,
    List<String> arguments,
    Map<String, String> environment,
    SharedMap state,
    Map<String, Object> globals,
    EngineRegistry registry,
    ModuleResolver resolver,
    BiConsumer<Path, Fingerprint> onFileUsed) {

  /**
   * The inputs of a session's runs, with a new {@code live.state}.
   *
   * @param workingDirectory absolute and normalized
   * @param searchPath the folders {@code use} searches after the caller's and the main file's
   * @param environment variables added to the process's, or replacing them
   */
  static RunInputs of(
      Path mainFile,
      Path workingDirectory,
      List<String> arguments,
      Map<String, String> environment,
      Map<String, Object> globals,
      EngineRegistry registry,
      List<Path> searchPath,
      BiConsumer<Path, Fingerprint> onFileUsed) {
    // One language per engine that runs files: an engine that only claims extensions another
    // engine was chosen (or is the default) for takes no part in resolving use().
    ModuleResolver resolver =
        new ModuleResolver(
            registry.languages(), searchPath, path -> displayName(workingDirectory, path));
    Map<String, String> variables = new LinkedHashMap<>(System.getenv());
    variables.putAll(environment);
    return new RunInputs(
        mainFile.toAbsolutePath().normalize(),
        workingDirectory,
        List.copyOf(arguments),
        Collections.unmodifiableMap(variables),
        new SharedMap(),
        Collections.unmodifiableMap(new LinkedHashMap<>(globals)),
        registry,
        resolver,
        onFileUsed);
  }

  /**
   * A path as messages show it: relative to the working directory when it is inside it, and "." for
   * the working directory itself.
   */
  String displayName(Path path) {
    return displayName(workingDirectory, path);
  }

  private static String displayName(Path workingDirectory, Path path) {
    return DisplayPath.of(workingDirectory, path);
  }
}
