package dev.live.engine.graalpy;

import dev.live.core.concurrent.DaemonThreads;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;

/**
 * Stops the context of a cancelled run on its own thread, "live-graalpy-stop", so that cancelling
 * never waits: an interrupt, which leaves the context usable for the run's dispose hooks, then a
 * close if the interrupt did not stop it within {@link #INTERRUPT_BOUND}.
 */
final class ContextStopper {

  /** How long an interrupt may take before the context is closed to stop it. */
  static final Duration INTERRUPT_BOUND = Duration.ofSeconds(1);

  private final ExecutorService stopper =
      Executors.newSingleThreadExecutor(DaemonThreads.named("live-graalpy-stop"));

  /** Starts stopping {@code context}; done when it has stopped or was closed. */
  Future<?> stop(Context context) {
    try {
      return stopper.submit(() -> interruptOrClose(context));
    } catch (RejectedExecutionException e) {
      close(context);
      return CompletableFuture.completedFuture(null);
    }
  }

  private static void interruptOrClose(Context context) {
    try {
      context.interrupt(INTERRUPT_BOUND);
    } catch (TimeoutException e) {
      close(context);
    } catch (IllegalStateException | PolyglotException e) {
      // Closed already: stopped.
    }
  }

  static void close(Context context) {
    try {
      context.close(true);
    } catch (IllegalStateException | PolyglotException e) {
      // Closed already, or closing elsewhere.
    }
  }

  void close() {
    stopper.shutdownNow();
  }
}
