package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What a stop signal does, without sending one: {@link Shutdown#stop} is the handler's body. */
class ShutdownTest {

  private static final long BOUND_SECONDS = 5;

  private static CompletableFuture<Integer> awaitStatus(Shutdown shutdown) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return shutdown.awaitStatus();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void aStopClosesTheSessionThenReleasesTheWaitWithItsExitCode() throws Exception {
    AtomicInteger closes = new AtomicInteger();
    Shutdown shutdown = new Shutdown(closes::incrementAndGet);
    CompletableFuture<Integer> status = awaitStatus(shutdown);

    shutdown.stop(ExitCodes.TERMINATED);

    assertThat(status.get(BOUND_SECONDS, TimeUnit.SECONDS)).isEqualTo(143);
    assertThat(closes).hasValue(1);
  }

  @Test
  void aSecondStopEndsTheWaitWhileTheFirstCloseHangs() throws Exception {
    CountDownLatch firstCloseEntered = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    AtomicInteger closes = new AtomicInteger();
    Shutdown shutdown =
        new Shutdown(
            () -> {
              if (closes.incrementAndGet() == 1) {
                firstCloseEntered.countDown();
                awaitQuietly(never);
              }
            });
    CompletableFuture<Integer> status = awaitStatus(shutdown);
    Thread firstSignal = new Thread(() -> shutdown.stop(ExitCodes.INTERRUPTED), "first-signal");
    firstSignal.setDaemon(true);
    firstSignal.start();
    assertThat(firstCloseEntered.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();

    shutdown.stop(ExitCodes.INTERRUPTED);

    assertThat(status.get(BOUND_SECONDS, TimeUnit.SECONDS)).isEqualTo(130);
    never.countDown();
  }

  @Test
  void theFirstStopToFinishDecidesTheStatus() throws Exception {
    Shutdown shutdown = new Shutdown(() -> {});

    shutdown.stop(ExitCodes.HUNG_UP);
    shutdown.stop(ExitCodes.TERMINATED);

    assertThat(awaitStatus(shutdown).get(BOUND_SECONDS, TimeUnit.SECONDS)).isEqualTo(129);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
