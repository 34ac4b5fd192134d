package dev.live.core.reload;

import dev.live.core.watch.ChangeBatch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Coalesces a burst of file events into one {@link ChangeBatch}: the batch is delivered once no
 * event has come for the quiet period, or once the burst has lasted {@code maxDelay}, so a file
 * written without pause still gets runs.
 */
public final class Debouncer {

  private final Duration quiet;
  private final Duration maxDelay;
  private final Scheduler scheduler;
  private final Consumer<ChangeBatch> sink;

  private Set<Path> pending = new LinkedHashSet<>();
  private long burstStart;
  private Scheduler.Cancellable timer;

  public Debouncer(
      Duration quiet, Duration maxDelay, Scheduler scheduler, Consumer<ChangeBatch> sink) {
    if (quiet.isNegative() || maxDelay.compareTo(quiet) < 0) {
      throw new IllegalArgumentException(
          "need 0 <= quiet <= maxDelay, got " + quiet + " and " + maxDelay);
    }
    this.quiet = quiet;
    this.maxDelay = maxDelay;
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /** A path changed. Safe to call from any thread. */
  public synchronized void signal(Path path) {
    long now = scheduler.nanoTime();
    if (pending.isEmpty()) {
      burstStart = now;
    }
    pending.add(path);
    if (timer != null) {
      timer.cancel();
    }
    Duration sinceStart = Duration.ofNanos(now - burstStart);
    Duration delay = quiet;
    Duration untilMax = maxDelay.minus(sinceStart);
    if (untilMax.compareTo(delay) < 0) {
      delay = untilMax.isNegative() ? Duration.ZERO : untilMax;
    }
    timer = scheduler.schedule(this::fire, delay);
  }

  private void fire() {
    Set<Path> batch;
    synchronized (this) {
      if (pending.isEmpty()) {
        return;
      }
      batch = pending;
      pending = new LinkedHashSet<>();
      timer = null;
    }
    sink.accept(new ChangeBatch(batch));
  }
}
