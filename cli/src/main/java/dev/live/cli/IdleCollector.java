package dev.live.cli;

import com.sun.management.OperatingSystemMXBean;
import dev.live.core.concurrent.DaemonThreads;
import dev.live.core.reload.RunResult;
import dev.live.core.reload.SessionListener;
import java.lang.management.ManagementFactory;
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
 * #GROWTH} since the last collection it made, never while a run goes on, and once the JVM is idle:
 * after a run the JIT compiles what it made hot for seconds, and its graphs, live until then, would
 * be kept and size the heap.
 */
final class IdleCollector implements SessionListener, AutoCloseable {

  static final Duration QUIET = Duration.ofSeconds(1);
  static final long GROWTH = 48L << 20;

  /** How often the JVM's CPU time is read while the collection waits for it to be idle. */
  static final Duration IDLE_CHECK = Duration.ofMillis(250);

  /** Idle: the JVM used less than a tenth of a core since the last check. */
  static final double IDLE_SHARE = 0.1;

  /** The longest wait for an idle JVM after the quiet spell: a script's thread may keep it busy. */
  static final Duration MOST_WAIT = Duration.ofSeconds(30);

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("live-idle-gc"));
  private final Duration quiet;
  private final Duration idleCheck;
  private final Duration mostWait;
  private final LongSupplier committedHeap;
  private final LongSupplier cpuNanos;
  private final Runnable collect;
  private long committedAfterCollection;

  /** Counts the quiet spells: a timer set in an earlier one finds it moved on and does nothing. */
  private long quietSpell;

  private int collections;

  /**
   * Collects with {@link System#gc()}, measuring the JVM's committed heap and its CPU time (where
   * the JVM does not report it, a quiet spell is taken as idle).
   */
  IdleCollector() {
    this(
        QUIET,
        IDLE_CHECK,
        MOST_WAIT,
        () -> Runtime.getRuntime().totalMemory(),
        processCpuNanos(),
        System::gc);
  }

  /**
   * @param cpuNanos the CPU time the JVM has used, in nanoseconds
   */
  IdleCollector(
      Duration quiet,
      Duration idleCheck,
      Duration mostWait,
      LongSupplier committedHeap,
      LongSupplier cpuNanos,
      Runnable collect) {
    this.quiet = quiet;
    this.idleCheck = idleCheck;
    this.mostWait = mostWait;
    this.committedHeap = committedHeap;
    this.cpuNanos = cpuNanos;
    this.collect = collect;
    this.committedAfterCollection = committedHeap.getAsLong();
  }

  private static LongSupplier processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean system
        && system.getProcessCpuTime() >= 0) {
      return system::getProcessCpuTime;
    }
    return () -> 0;
  }

  @Override
  public synchronized void runStarting(int number, Set<Path> changed) {
    quietSpell++;
  }

  @Override
  public synchronized void runFinished(RunResult result) {
    long spell = ++quietSpell;
    long mostChecks = Math.max(1, mostWait.toMillis() / Math.max(1, idleCheck.toMillis()));
    timer.schedule(
        () -> awaitIdle(spell, cpuNanos.getAsLong(), mostChecks),
        quiet.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** How many collections this collector has made. */
  synchronized int collections() {
    return collections;
  }

  /** Collects once the JVM used little CPU since {@code cpuBefore}, or after {@code checksLeft}. */
  private void awaitIdle(long spell, long cpuBefore, long checksLeft) {
    timer.schedule(
        () -> {
          long cpu = cpuNanos.getAsLong();
          if (cpu - cpuBefore < IDLE_SHARE * idleCheck.toNanos() || checksLeft <= 1) {
            collectIfGrown(spell);
          } else if (spell == currentSpell()) {
            awaitIdle(spell, cpu, checksLeft - 1);
          }
        },
        idleCheck.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private synchronized long currentSpell() {
    return quietSpell;
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
