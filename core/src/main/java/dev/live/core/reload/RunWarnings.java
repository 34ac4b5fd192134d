package dev.live.core.reload;

import dev.live.core.engine.ScriptFailedException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the session tells the listener about its runs besides their results: what a run warned of
 * and what its engines advise (each text once per session), threads a run left running, dispose
 * hooks that failed, and a cancelled run that does not stop.
 *
 * <p>Threads: {@link #doesNotStop} is called on the timer thread, everything else on the thread
 * that runs, which alone uses the record of what was said.
 */
final class RunWarnings {

  private final SessionListener listener;
  private final Predicate<Thread> ownedByEngine;
  private final Set<String> warned = new HashSet<>();
  private final Set<String> advised = new HashSet<>();

  /**
   * @param ownedByEngine true for a thread an engine started for its own work, which no report of
   *     leftover threads names
   */
  RunWarnings(SessionListener listener, Predicate<Thread> ownedByEngine) {
    this.listener = listener;
    this.ownedByEngine = ownedByEngine;
  }

  /**
   * A run ended: its own warnings, and the threads it left running if it has no dispose hooks and
   * did not end because the session is closing (nothing runs after that, and the thread that closes
   * it, a signal's, say, is no script's).
   */
  void runEnded(Run run, LeftoverThreads threads, boolean sessionClosing) {
    for (String warning : run.warnings()) {
      if (warned.add(warning)) {
        listener.warning(warning);
      }
    }
    if (!run.hasDisposeHooks() && !sessionClosing) {
      threads.warning(run.number(), ownedByEngine).ifPresent(listener::warning);
    }
  }

  /** The advice not given before in this session. */
  List<String> newAdvice(List<String> advice) {
    return advice.stream().filter(advised::add).toList();
  }

  void disposeFailed(Run run, List<Throwable> failures) {
    for (Throwable failure : failures) {
      listener.warning(
          "a live.onDispose hook of run "
              + run.number()
              + " failed:\n"
              + (failure instanceof ScriptFailedException script
                  ? script.scriptTrace()
                  : failure.toString()));
    }
  }

  /** A run was cancelled a grace period ago and is still the run in flight. */
  void doesNotStop(Run run) {
    listener.warning(
        "run "
            + run.number()
            + " does not stop: it is inside a call that cannot be interrupted (a long"
            + " builtin, say). The next run starts as soon as it returns.");
  }
}
