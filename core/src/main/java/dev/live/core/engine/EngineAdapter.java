package dev.live.core.engine;

/**
 * One warm engine, alive for the whole session. It is expensive to start and cheap to run on: each
 * run gets a fresh {@link EngineRun} with empty scopes from {@link #newRun(RunServices)}.
 *
 * <p>Threading: {@link #newRun} is called on the session's run thread. Runs never overlap, so an
 * adapter never has two open {@link EngineRun}s that evaluate at the same time; the previous run is
 * closed before the next one starts.
 */
public interface EngineAdapter extends AutoCloseable {

  /** Fresh scopes for one run. Nothing a previous run defined is visible in them. */
  EngineRun newRun(RunServices services);

  /**
   * True for a thread this engine started for its own work (a compiler, a reference cleaner), which
   * the session leaves out of its report of threads a script left running. Called on the run thread
   * after each run.
   */
  default boolean ownsThread(Thread thread) {
    return false;
  }

  /** Frees the engine at the end of the session. */
  @Override
  void close();
}
