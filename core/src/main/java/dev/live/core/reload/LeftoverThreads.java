package dev.live.core.reload;

import dev.live.core.engine.EngineAdapter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The report of threads a run left running, which keep running across reloads. Made from the
 * threads alive before the run; asked after it, on the same thread.
 */
final class LeftoverThreads {

  /**
   * The session's own threads (named live-*), those the JDK starts the first time something is
   * used, and the one it starts to handle a signal (SIGINT handler, SIGTERM handler, ...). An
   * engine's own threads are the engine's to claim ({@link EngineAdapter#ownsThread}).
   */
  private static final Pattern LIVE_AND_JDK_THREADS =
      Pattern.compile(
          "live-.*|FileSystemWatchService|Cleaner-\\d+|Common-Cleaner|process reaper"
              + "|Attach Listener|ForkJoinPool.*|VirtualThread-.*|SIG[A-Z0-9]+ handler");

  private final Set<Thread> before;

  private LeftoverThreads(Set<Thread> before) {
    this.before = before;
  }

  /** Call before the run starts. */
  static LeftoverThreads before() {
    return new LeftoverThreads(alive());
  }

  /**
   * The warning for the threads started since {@link #before()} that are still alive, if any.
   *
   * @param ownedByEngine true for a thread an engine started for its own work
   */
  Optional<String> warning(int runNumber, Predicate<Thread> ownedByEngine) {
    List<String> started = new ArrayList<>();
    for (Thread thread : alive()) {
      // Threads a script starts inherit the run thread's daemon flag, so daemon threads count
      // too.
      if (!before.contains(thread)
          && thread.isAlive()
          && !LIVE_AND_JDK_THREADS.matcher(thread.getName()).matches()
          && !ownedByEngine.test(thread)) {
        started.add(thread.getName());
      }
    }
    if (started.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "run "
            + runNumber
            + " left "
            + (started.size() == 1 ? "a thread" : started.size() + " threads")
            + " running ("
            + String.join(", ", started)
            + "); they keep running across reloads. Stop them in live.onDispose(...).");
  }

  /**
   * The platform threads alive now. Not {@link Thread#getAllStackTraces()}: it stops the JVM to
   * walk every thread's stack, a millisecond or so of each reload, for names only.
   */
  private static Set<Thread> alive() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads = new Thread[root.activeCount() + 16];
    int count;
    while ((count = root.enumerate(threads, true)) == threads.length) {
      threads = new Thread[threads.length * 2];
    }
    return new HashSet<>(Arrays.asList(threads).subList(0, count));
  }
}
