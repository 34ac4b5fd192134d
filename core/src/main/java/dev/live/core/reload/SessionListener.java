package dev.live.core.reload;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Observes a {@link LiveSession}. Called on the session's run thread, so a slow listener delays the
 * next run; hand long work to another thread.
 */
public interface SessionListener {

  /**
   * A run is about to start; {@code changed} is empty for the first run and for a run asked for
   * with {@link LiveSession#runAgain()}.
   */
  default void runStarting(int number, Set<Path> changed) {}

  /**
   * The main module was evaluated in {@code mainTime} and left pending work (timers, say): the run
   * goes on until that work is done or a change stops it, then ends with {@link #runFinished}.
   */
  default void runContinues(int number, Duration mainTime) {}

  /** A run ended; the watch set is already updated, so edits made from here on are seen. */
  default void runFinished(RunResult result) {}

  /**
   * Something the user should know that is not a script error: a watcher problem, a failed dispose
   * hook, a run that does not stop. May be called from any of the session's threads.
   */
  default void warning(String message) {}
}
