package dev.live.engine.truffle;

import dev.live.core.concurrent.DaemonThreads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;

/**
 * Stops the contexts of cancelled runs on its own thread, so that cancelling never waits. A context
 * is interrupted, which leaves it usable for the run's dispose hooks; one that does not stop within
 * {@link #INTERRUPT_BOUND} is closed instead. Owned by an engine adapter, shared by its runs.
 */
public final class ContextStopper {

  /** How long an interrupt may take before the context is closed to stop it. */
  public static final Duration INTERRUPT_BOUND = Duration.ofSeconds(1);

  private final ExecutorService stopper;

  /**
   * @param threadName the name of the thread that stops contexts, such as {@code live-js-stop}
   */
  public ContextStopper(String threadName) {
    this.stopper = Executors.newSingleThreadExecutor(DaemonThreads.named(threadName));
  }

  /**
   * Starts stopping {@code contexts}, in the order given: interrupting a context also stops the
   * contexts its code called into, so the first made comes first.
   *
   * @return done when every context has stopped or was closed
   */
  public Future<?> stop(List<Context> contexts) {
    try {
      return stopper.submit(() -> contexts.forEach(ContextStopper::interruptOrClose));
    } catch (RejectedExecutionException e) {
      // The engine is closing: closing the contexts is all that is left.
      contexts.forEach(ContextStopper::close);
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

  /** Closes {@code context}, stopping what runs in it; one closed already is left as it is. */
  public static void close(Context context) {
    try {
      context.close(true);
    } catch (IllegalStateException | PolyglotException e) {
      // Closed already, or closing elsewhere.
    }
  }

  /** Stops the thread; contexts still being stopped are closed with their engine. */
  public void close() {
    stopper.shutdownNow();
  }
}
