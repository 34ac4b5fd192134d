package dev.live.core.engine;

import dev.live.core.bridge.BridgeModule;
import java.time.Duration;
import java.util.List;

/**
 * One run's scopes in one engine. Created lazily, the first time a run evaluates a file of this
 * engine's language, and closed by the session before the next run starts.
 *
 * <p>Threading: {@link #evaluate} and everything a script calls back into run on the session's run
 * thread. {@link #cancel()} is the one method called from another thread (the watcher's, or a
 * shutdown hook), while {@code evaluate} may still be running.
 */
public interface EngineRun extends AutoCloseable {

  /**
   * Evaluates one module in fresh module scope, with {@code use} bound to {@code source.path()},
   * and returns its top-level names as a module.
   *
   * @throws ScriptFailedException when the script has a syntax error or throws; the exception
   *     carries the file, the line where the engine reports one, and the error as the script's
   *     language would print it
   * @throws RunCancelledException when {@link #cancel()} stopped the evaluation
   */
  BridgeModule evaluate(SourceFile source);

  /**
   * Stops a running evaluation as soon as the engine allows. May be called from any thread, more
   * than once, and when nothing is running. Returns without waiting for the stop.
   */
  void cancel();

  /**
   * True when the modules evaluated so far left work that must run before the run ends: timers not
   * yet fired, completions other threads will post. Called on the run thread after the main module
   * was evaluated.
   */
  default boolean hasPendingWork() {
    return false;
  }

  /**
   * Runs the work the modules left, on the run thread, until none is left: the run lasts while it
   * does. Called after the main module was evaluated, also when nothing is pending (the run may
   * still end with a status the script set). Returns when nothing is pending; {@link #cancel()}
   * ends it early.
   *
   * @throws ScriptFailedException when a callback throws, which ends the run
   * @throws RunCancelledException when {@link #cancel()} stopped it
   * @throws ScriptExitException when the script asked to exit, or set a non-zero exit status
   */
  default void runPendingWork() {}

  /**
   * What this engine suggests to the user after a run that used it, not an error (a faster way to
   * run, say); empty for none. Called on the run thread after the run ended, before {@link
   * #close()}.
   *
   * @param runTime how long the whole run took
   */
  default List<String> adviceAfter(Duration runTime) {
    return List.of();
  }

  /** Frees the run's scopes. Called on the run thread after the run ended or was cancelled. */
  @Override
  void close();
}
