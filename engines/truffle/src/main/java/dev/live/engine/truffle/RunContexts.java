package dev.live.engine.truffle;

import dev.live.core.engine.RunCancellation;
import dev.live.core.engine.RunCancelledException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;

/**
 * The contexts one run took, stopped together when the run is cancelled and closed together when it
 * closes, after its dispose hooks ran. Thread-safe: the run thread adds and closes, a cancel comes
 * from another thread.
 */
public final class RunContexts {

  private final ContextStopper stopper;
  private final RunCancellation cancellation;
  private final List<Context> contexts = new ArrayList<>();
  private volatile Future<?> stopping = CompletableFuture.completedFuture(null);

  /**
   * @param stopper the engine's stopper
   * @param cancellation the run's: {@link #add} refuses a context once it is cancelled
   */
  public RunContexts(ContextStopper stopper, RunCancellation cancellation) {
    this.stopper = stopper;
    this.cancellation = cancellation;
  }

  /**
   * A context the run took: closed now, with a {@link RunCancelledException}, if the run was
   * cancelled meanwhile.
   */
  public void add(Context context) {
    synchronized (contexts) {
      if (cancellation.cancelled()) {
        ContextStopper.close(context);
        throw new RunCancelledException();
      }
      contexts.add(context);
    }
  }

  /**
   * Cancels the run and starts stopping its contexts by interrupting them, which leaves them
   * usable: the run's dispose hooks are defined in them and run after the stop.
   */
  public void cancel() {
    cancellation.cancel();
    synchronized (contexts) {
      stopping = stopper.stop(List.copyOf(contexts));
    }
  }

  /**
   * Waits until a stop in progress has finished before code outside the run's contexts calls into
   * one (a dispose hook): a context being interrupted would stop that call too. Code inside a
   * context does not wait, since the stop waits for it to leave.
   */
  public void awaitStopped() {
    if (!cancellation.cancelled() || insideAContext()) {
      return;
    }
    try {
      stopping.get(2 * ContextStopper.INTERRUPT_BOUND.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // Not stopped in time: the call fails as the context does, and says so.
    }
  }

  private static boolean insideAContext() {
    try {
      Context.getCurrent();
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /** Closes every context the run took. */
  public void close() {
    List<Context> open;
    synchronized (contexts) {
      open = List.copyOf(contexts);
      contexts.clear();
    }
    open.forEach(ContextStopper::close);
  }
}
