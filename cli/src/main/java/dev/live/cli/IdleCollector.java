package dev.live.cli;

import dev.live.core.concurrent.DaemonThreads;
import dev.live.core.reload.RunResult;
import dev.live.core.reload.SessionListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Hands the heap that reloads grew back to the system once the session has been quiet for {@link
 * #QUIET}: a full collection, which under the serial collector is also the only point where the
 * heap shrinks (the launcher's free ratios say how far). The serial collector grows the old
 * generation instead of collecting it while it may, so without this a session of many reloads keeps
 * hundreds of MB it no longer uses. It collects only when the committed heap has grown by {@link
 * #GROWTH} since the last collection it made, and never while a run goes on.
 */
final class IdleCollector implements SessionListener, AutoCloseable {

  static final Duration QUIET = Duration.ofSeconds(1);
  static final long GROWTH = 48L << 20;

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("live-idle-gc"));
  private final Duration quiet;
  private final LongSupplier committedHeap;
  private final Runnable collect;
  private long committedAfterCollection;

  /** Counts the quiet spells: a timer set in an earlier one finds it moved on and does nothing. */
  private long quietSpell;

  private int collections;

  /** Collects with {@link System#gc()}, measuring the JVM's committed heap. */
  IdleCollector() {
    this(QUIET, () -> Runtime.getRuntime().totalMemory(), System::gc);
  }

  IdleCollector(Duration quiet, LongSupplier committedHeap, Runnable collect) {
    this.quiet = quiet;
    this.committedHeap = committedHeap;
    this.collect = collect;
    this.committedAfterCollection = committedHeap.getAsLong();
  }

  @Override
  public synchronized void runStarting(int number, Set<Path> changed) {
    quietSpell++;
  }

  @Override
  public synchronized void runFinished(RunResult result) {
    long spell = ++quietSpell;
    timer.schedule(() -> collectIfGrown(spell), quiet.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** How many collections this collector has made. */
  synchronized int collections() {
    return collections;
  }

  private synchronized void collectIfGrown(long spell) {
    if (spell != quietSpell) {
      return;
    }
    if (committedHeap.getAsLong() - committedAfterCollection >= GROWTH) {
      collect.run();
      collections++;
      committedAfterCollection = committedHeap.getAsLong();
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
