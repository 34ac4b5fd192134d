package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.reload.RunResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * When the heap is handed back: after a quiet spell that no run interrupted, and only when the heap
 * grew. The collections are recorded, in order, with the committed heap they saw.
 */
class IdleCollectorTest {

  private static final Duration QUIET = Duration.ofMillis(40);
  private static final long MB = 1L << 20;

  private final AtomicLong committed = new AtomicLong(64 * MB);
  private final LinkedBlockingQueue<Long> collected = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<Long> measured = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<Integer> collectedAfterReads = new LinkedBlockingQueue<>();

  /** CPU time the JVM used: unchanged (idle) unless a test makes it advance. */
  private final AtomicLong cpuNanos = new AtomicLong();

  private final AtomicInteger cpuReads = new AtomicInteger();

  /**
   * Whether each next read of the CPU time finds the JVM busy (a busy read advances it by a
   * second); reads beyond the pattern find it idle, unless it is always busy.
   */
  private final ConcurrentLinkedQueue<Boolean> busyReads = new ConcurrentLinkedQueue<>();

  private volatile boolean alwaysBusy;

  private IdleCollector collector() {
    return collector(QUIET, Duration.ofSeconds(30));
  }

  private IdleCollector collector(Duration quiet, Duration mostWait) {
    return new IdleCollector(
        quiet,
        Duration.ofMillis(5),
        mostWait,
        () -> {
          measured.add(committed.get());
          return committed.get();
        },
        () -> {
          cpuReads.incrementAndGet();
          return alwaysBusy || Boolean.TRUE.equals(busyReads.poll())
              ? cpuNanos.addAndGet(TimeUnit.SECONDS.toNanos(1))
              : cpuNanos.get();
        },
        () -> {
          collectedAfterReads.add(cpuReads.get());
          collected.add(committed.get());
          committed.set(80 * MB);
        });
  }

  private static RunResult finished(int number) {
    return new RunResult(
        number, Set.of(), Duration.ZERO, null, null, Set.of(Path.of("/p/main.x")), List.of());
  }

  @Test
  void collectsOnceTheSessionIsQuietAfterTheHeapGrew() throws InterruptedException {
    try (IdleCollector collector = collector()) {
      committed.set(64 * MB + IdleCollector.GROWTH);
      collector.runStarting(1, Set.of());
      collector.runFinished(finished(1));

      assertThat(collected.poll(10, TimeUnit.SECONDS)).isEqualTo(64 * MB + IdleCollector.GROWTH);
      assertThat(collector.collections()).isEqualTo(1);
    }
  }

  @Test
  void waitsForTheJvmToBeIdleAfterTheQuietSpell() throws InterruptedException {
    try (IdleCollector collector = collector()) {
      committed.set(64 * MB + IdleCollector.GROWTH);
      // The read when the quiet spell ends, then three checks that find the JIT compiling.
      busyReads.addAll(List.of(true, true, true, true));
      collector.runFinished(finished(1));

      assertThat(collectedAfterReads.poll(10, TimeUnit.SECONDS))
          .as("CPU time reads before the collection")
          .isEqualTo(4 + IdleCollector.IDLE_CHECKS);
    }
  }

  @Test
  void aBusyCheckStartsTheIdleChecksAgain() throws InterruptedException {
    try (IdleCollector collector = collector()) {
      committed.set(64 * MB + IdleCollector.GROWTH);
      // The read when the quiet spell ends, idle checks one short of enough, then a busy one.
      busyReads.add(false);
      for (int check = 1; check < IdleCollector.IDLE_CHECKS; check++) {
        busyReads.add(false);
      }
      busyReads.add(true);
      collector.runFinished(finished(1));

      assertThat(collectedAfterReads.poll(10, TimeUnit.SECONDS))
          .as("CPU time reads before the collection")
          .isEqualTo(1 + IdleCollector.IDLE_CHECKS + IdleCollector.IDLE_CHECKS);
    }
  }

  @Test
  void aBurstOfSavesGrowingTheHeapIsCollectedWithoutAQuietSpell() throws InterruptedException {
    try (IdleCollector collector = collector(Duration.ofHours(1), Duration.ofSeconds(30))) {
      committed.set(64 * MB + IdleCollector.GROWTH);
      collector.runStarting(1, Set.of());
      collector.runFinished(finished(1));
      assertThat(collected.poll(200, TimeUnit.MILLISECONDS)).as("waits for a quiet spell").isNull();

      committed.set(64 * MB + IdleCollector.BURST_GROWTH);
      collector.runStarting(2, Set.of());
      collector.runFinished(finished(2));

      assertThat(collected.poll(10, TimeUnit.SECONDS))
          .isEqualTo(64 * MB + IdleCollector.BURST_GROWTH);
      assertThat(collector.collections()).isEqualTo(1);
    }
  }

  @Test
  void collectsAfterTheLongestWaitWhenTheJvmStaysBusy() throws InterruptedException {
    try (IdleCollector collector = collector(QUIET, Duration.ofMillis(50))) {
      committed.set(64 * MB + IdleCollector.GROWTH);
      alwaysBusy = true;
      collector.runFinished(finished(1));

      // 50 ms of 5 ms checks, after the read when the quiet spell ends.
      assertThat(collectedAfterReads.poll(10, TimeUnit.SECONDS)).isEqualTo(11);
    }
  }

  @Test
  void aRunStartingInTheQuietSpellPutsTheCollectionOff() throws InterruptedException {
    try (IdleCollector collector = collector()) {
      committed.set(500 * MB);
      collector.runFinished(finished(1));
      collector.runStarting(2, Set.of());
      // Seen by the collection that the end of run 2 sets; the one of run 1's spell never runs.
      committed.set(600 * MB);
      collector.runFinished(finished(2));

      assertThat(collected.poll(10, TimeUnit.SECONDS)).isEqualTo(600 * MB);
      assertThat(collector.collections()).isEqualTo(1);
    }
  }

  @Test
  void aHeapThatDidNotGrowSinceTheLastCollectionIsLeftAlone() throws InterruptedException {
    try (IdleCollector collector = collector()) {
      committed.set(200 * MB);
      collector.runFinished(finished(1));
      assertThat(collected.poll(10, TimeUnit.SECONDS)).isEqualTo(200 * MB);
      // Waits for the collector to finish, its reading after the collection included.
      assertThat(collector.collections()).isEqualTo(1);

      // 80 MB after that collection: growing by less than GROWTH is not worth a collection.
      long lessThanGrowth = 80 * MB + IdleCollector.GROWTH - MB;
      committed.set(lessThanGrowth);
      collector.runStarting(2, Set.of());
      measured.clear();
      collector.runFinished(finished(2));
      assertThat(measured.poll(10, TimeUnit.SECONDS)).isEqualTo(lessThanGrowth);
      assertThat(collector.collections()).isEqualTo(1);

      committed.set(80 * MB + IdleCollector.GROWTH);
      collector.runStarting(3, Set.of());
      collector.runFinished(finished(3));

      assertThat(collected.poll(10, TimeUnit.SECONDS)).isEqualTo(80 * MB + IdleCollector.GROWTH);
      assertThat(collector.collections()).isEqualTo(2);
    }
  }
}
