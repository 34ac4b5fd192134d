package dev.live.core.engine;

import java.util.List;

/**
 * A language for {@code live}: cheap to construct, found by {@link java.util.ServiceLoader}.
 *
 * <p>Implementations are listed in {@code META-INF/services/dev.live.core.engine.EngineProvider}.
 * The constructor must do no work: {@code live} constructs every provider on the class path to
 * learn the extensions, and starts an engine (with {@link #create()}) only when a run first needs a
 * file of its language. Running a {@code .js} file never starts Python.
 */
public interface EngineProvider {

  /**
   * Short stable name, used in messages and to choose between engines: {@code js}, {@code python}.
   */
  String id();

  /** Human name of the language, for {@code live engines}: {@code JavaScript}. */
  String languageName();

  /** File extensions without the dot, in order of preference: {@code ["js", "mjs"]}. */
  List<String> fileExtensions();

  /**
   * Version of the engine implementation, for {@code live engines}: {@code GraalJS 25.0.1}. Known
   * without starting the engine (from its jar, say), so that listing the engines starts none. The
   * default, for an engine built before providers gave versions, says it is not known.
   */
  default String engineVersion() {
    return "unknown";
  }

  /**
   * Version of the language it runs, for {@code live engines}, also known without starting the
   * engine: {@code ECMAScript 2025}, {@code Python 2.7.4}.
   */
  default String languageVersion() {
    return "unknown";
  }

  /**
   * Starts the engine. Called at most once per session, on the thread of the first run that needs
   * it. The returned adapter stays warm for the life of the session and is closed by the session.
   */
  EngineAdapter create();

  /**
   * The interpreters a script's first line may name to run on this engine: {@code #!/usr/bin/env
   * NAME} or {@code #!/some/path/NAME}, where NAME is one of these or one of these followed by a
   * version ({@code python3.12} for {@code python3}). Such a file runs on this engine when it
   * claims the file's extension, whichever engine is the default for it; only a choice the user
   * made ({@code --engine}) comes first. Empty for none.
   */
  default List<String> interpreterNames() {
    return List.of();
  }

  /**
   * True for an engine that runs an extension only when asked: by the user's choice, a first line
   * naming its interpreter, or a module of this engine using the file. It is never the default for
   * an extension that another engine claims.
   */
  default boolean isAlternative() {
    return false;
  }
}
