package dev.live.core.reload;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A script that writes a file it watches starts the next run itself, forever. Such a loop is told
 * apart from a person saving by its pace: several runs in a row, each started by a change made
 * while the previous one ran, all within a few seconds. Then live says so and waits for a change
 * made while nothing runs.
 *
 * <p>Not thread-safe: used on the run thread only.
 */
final class SelfTriggerGuard {

  /** How many runs, each started by a change made during the one before, mean a loop. */
  static final int SELF_TRIGGERED_RUNS = 5;

  /** ... when they all start within this time: no one saves that fast by hand. */
  static final Duration WINDOW = Duration.ofSeconds(3);

  private final LongSupplier nanoTime;
  private final Function<Path, String> displayName;
  private final Consumer<String> warning;

  /** When each of the latest self-triggered runs would have started, oldest first. */
  private final Deque<Long> selfTriggeredStarts = new ArrayDeque<>();

  /** Watched files whose content changed while the latest run ran (the run's own writes, say). */
  private Set<Path> changedDuringLastRun = Set.of();

  /**
   * @param nanoTime a monotonic clock
   * @param displayName how the warning shows a path
   * @param warning gets the warning when a loop is found
   */
  SelfTriggerGuard(
      LongSupplier nanoTime, Function<Path, String> displayName, Consumer<String> warning) {
    this.nanoTime = nanoTime;
    this.displayName = displayName;
    this.warning = warning;
  }

  /**
   * A run ended.
   *
   * @param changedDuringRun the files it used whose content changed while it ran; empty for a run
   *     stopped by a save, which was not what changed the file (someone saved while it ran)
   */
  void runEnded(Set<Path> changedDuringRun) {
    changedDuringLastRun = Set.copyOf(changedDuringRun);
  }

  /**
   * True, after warning once, when a run for {@code changed} would be one more turn of a loop the
   * script makes by itself; the caller then waits for the next change instead.
   */
  boolean isRunningItselfInALoop(Set<Path> changed) {
    boolean selfTriggered = !changed.isEmpty() && changedDuringLastRun.containsAll(changed);
    long now = nanoTime.getAsLong();
    if (!selfTriggered) {
      selfTriggeredStarts.clear();
      return false;
    }
    selfTriggeredStarts.addLast(now);
    while (now - selfTriggeredStarts.peekFirst() > WINDOW.toNanos()) {
      selfTriggeredStarts.removeFirst();
    }
    if (selfTriggeredStarts.size() < SELF_TRIGGERED_RUNS) {
      return false;
    }
    selfTriggeredStarts.clear();
    warning.accept(
        "each run changes "
            + changed.stream().map(displayName).sorted().toList()
            + ", which the script watches, so every run starts the next one: live stops"
            + " re-running here. Save a file to run again; to keep writing that file, exclude it"
            + " with --ignore or write outside the watched files.");
    return true;
  }
}
