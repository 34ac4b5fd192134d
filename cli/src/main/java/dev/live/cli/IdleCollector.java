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
 * #GROWTH} since the last collection it made, never while a run goes on, and once the JVM has been
 * idle for {@link #IDLE_CHECKS} checks in a row: after a run the JIT compiles what it made hot for
 * seconds, and its graphs, live until it has been idle for half a second, would be kept and size
 * the heap. Saves that follow each other without a quiet spell grow the heap too: once it has grown
 * by {@link #BURST_GROWTH}, a run's end collects at once.
 */
final class IdleCollector implements SessionListener, AutoCloseable {

  static final Duration QUIET = Duration.ofSeconds(1);
  static final long GROWTH = 16L << 20;

  /** Growth that a run's end collects without waiting for a quiet spell. */
  static final long BURST_GROWTH = 512L << 20;

  /** How often the JVM's CPU time is read while the collection waits for it to be idle. */
  static final Duration IDLE_CHECK = Duration.ofMillis(250);

  /** Idle: the JVM used less than a tenth of a core since the last check. */
  static final double IDLE_SHARE = 0.1;

  /**
   * Idle checks in a row before collecting: longer than the JIT keeps its graphs after its last
   * compilation (TruffleEngines sets that to half a second).
   */
  static final int IDLE_CHECKS = 3;

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
    if (committedHeap.getAsLong() - committedAfterCollection >= BURST_GROWTH) {
      timer.execute(() -> collectIfGrown(spell, BURST_GROWTH));
      return;
    }
    long mostChecks = Math.max(1, mostWait.toMillis() / Math.max(1, idleCheck.toMillis()));
    timer.schedule(
        () -> awaitIdle(spell, cpuNanos.getAsLong(), mostChecks, 0),
        quiet.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** How many collections this collector has made. */
  synchronized int collections() {
    return collections;
  }

  /**
   * Collects once {@link #IDLE_CHECKS} checks in a row found the JVM using little CPU, the first
   * since {@code cpuBefore}, or after {@code checksLeft} checks.
   */
  private void awaitIdle(long spell, long cpuBefore, long checksLeft, int idleInARow) {
    timer.schedule(
        () -> {
          long cpu = cpuNanos.getAsLong();
          int idle = cpu - cpuBefore < IDLE_SHARE * idleCheck.toNanos() ? idleInARow + 1 : 0;
          if (idle >= IDLE_CHECKS || checksLeft <= 1) {
            collectIfGrown(spell, GROWTH);
          } else if (spell == currentSpell()) {
            awaitIdle(spell, cpu, checksLeft - 1, idle);
          }
        },
        idleCheck.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private synchronized long currentSpell() {
    return quietSpell;
  }

  private synchronized void collectIfGrown(long spell, long growth) {
    if (spell != quietSpell) {
      return;
    }
    if (committedHeap.getAsLong() - committedAfterCollection >= growth) {
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
