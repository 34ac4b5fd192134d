package dev.live.core.reload;

import java.time.Duration;

/** Time for the {@link Debouncer}: real in the session, driven by hand in tests. */
public interface Scheduler {

  /** Monotonic time in nanoseconds. */
  long nanoTime();

  /** Runs {@code task} once after {@code delay}; the returned handle cancels it. */
  Cancellable schedule(Runnable task, Duration delay);

  /** A scheduled task that can be called off. */
  interface Cancellable {
    void cancel();
  }
}
