package dev.live.core.reload;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Time for the {@link Debouncer}: real in the session, driven by hand in tests. */
public interface Scheduler {

  /** Monotonic time in nanoseconds. */
  long nanoTime();

  /**
   * Runs {@code task} once after {@code delay}; the returned handle cancels it.
   *
   * @throws RejectedExecutionException when the scheduler is shut down
   */
  Cancellable schedule(Runnable task, Duration delay);

  /** A scheduled task that can be called off. */
  interface Cancellable {
    void cancel();
  }

  /** Real time: {@link System#nanoTime()}, and tasks run on {@code executor}'s thread. */
  static Scheduler of(ScheduledExecutorService executor) {
    return new Scheduler() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public Cancellable schedule(Runnable task, Duration delay) {
        ScheduledFuture<?> future = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
      }
    };
  }
}
