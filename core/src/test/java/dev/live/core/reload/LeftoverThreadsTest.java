package dev.live.core.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LeftoverThreadsTest {

  private final CountDownLatch stop = new CountDownLatch(1);
  private final List<Thread> started = new ArrayList<>();

  private void startThread(String name) {
    Thread thread =
        new Thread(
            () -> {
              try {
                stop.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
    started.add(thread);
  }

  @AfterEach
  void stopThreads() throws InterruptedException {
    stop.countDown();
    for (Thread thread : started) {
      thread.join(5_000);
    }
  }

  @Test
  void aThreadStartedDuringTheRunIsNamed() {
    LeftoverThreads threads = LeftoverThreads.before();
    startThread("spinner");

    Optional<String> warning = threads.warning(3, thread -> false);

    assertThat(warning)
        .hasValueSatisfying(
            text ->
                assertThat(text)
                    .startsWith("run 3 left a thread running (spinner)")
                    .endsWith("Stop them in live.onDispose(...)."));
  }

  @Test
  void threadsAliveBeforeTheRunAreLeftOut() {
    startThread("old-spinner");
    LeftoverThreads threads = LeftoverThreads.before();

    assertThat(threads.warning(1, thread -> false)).isEmpty();
  }

  @Test
  void threadsAnEngineOwnsAreLeftOut() {
    LeftoverThreads threads = LeftoverThreads.before();
    startThread("engine-compiler");
    startThread("spinner");

    Optional<String> warning =
        threads.warning(1, thread -> thread.getName().equals("engine-compiler"));

    assertThat(warning).hasValueSatisfying(text -> assertThat(text).contains("(spinner)"));
    assertThat(warning.get()).doesNotContain("engine-compiler");
  }

  @Test
  void theSessionsAndTheJdksOwnThreadsAreLeftOut() {
    LeftoverThreads threads = LeftoverThreads.before();
    startThread("live-debounce");
    startThread("Common-Cleaner");
    startThread("ForkJoinPool-1-worker-1");

    assertThat(threads.warning(1, thread -> false)).isEmpty();
  }

  @Test
  void theThreadTheJdkStartsToHandleASignalIsLeftOut() {
    LeftoverThreads threads = LeftoverThreads.before();
    startThread("SIGINT handler");
    startThread("SIGTERM handler");
    startThread("SIGHUP handler");

    assertThat(threads.warning(1, thread -> false)).isEmpty();
  }
}
