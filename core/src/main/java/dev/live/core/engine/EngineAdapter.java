package dev.live.core.engine;

/**
 * One warm engine, alive for the whole session. It is expensive to start and cheap to run on: each
 * run gets a fresh {@link ScriptRun} with empty scopes from {@link #newRun(RunContext)}.
 *
 * <p>Threading: {@link #newRun} is called on the session's run thread. Runs never overlap, so an
 * adapter never has two open {@link ScriptRun}s that evaluate at the same time; the previous run is
 * closed before the next one starts.
 */
public interface EngineAdapter extends AutoCloseable {

  /** Version of the engine implementation, for {@code live engines}: {@code GraalJS 25.0.1}. */
  String engineVersion();

  /** Version of the language it runs: {@code ECMAScript 2024}, {@code Python 2.7.4}. */
  String languageVersion();

  /** Fresh scopes for one run. Nothing a previous run defined is visible in them. */
  ScriptRun newRun(RunContext run);

  /** Frees the engine at the end of the session. */
  @Override
  void close();
}
