package dev.live.engine.truffle;

import dev.live.core.concurrent.DaemonThreads;
import dev.live.core.engine.RunCancelledException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.graalvm.polyglot.Engine;

/**
 * Contexts kept ready, made on a background thread while live waits for a save or runs a module:
 * building a context is most of the cost of a module's first line, and reusing one would leak a
 * run's state into the next. As many are kept as the last run took (up to {@link #MOST_KEPT}; one
 * until {@link #runStarting} says otherwise), so that no module of the next run waits for one; each
 * {@link #take} hands out a context made in advance and starts making another.
 *
 * <p>A context that has run no code is the same whoever made it, so a spare is as fresh as one made
 * on demand; only its file system learns the run when it is taken.
 *
 * @param <F> what the engine makes: a context and what it prepared in it
 */
public final class ContextPool<F extends FreshContext> {

  /** The most contexts kept made in advance; a run with more modules waits for the rest. */
  public static final int MOST_KEPT = 16;

  private final String language;
  private final Supplier<F> make;
  private final ExecutorService maker;
  private final Deque<Future<F>> ready = new ArrayDeque<>();
  private int kept = 1;
  private int takenThisRun;
  private boolean closed;

  /**
   * Starts making the first context.
   *
   * @param language the language's name, for errors ("the Python engine is closed")
   * @param threadName the name of the thread that makes contexts, such as {@code live-js-context}
   * @param make makes a context, on that thread alone
   */
  public ContextPool(String language, String threadName, Supplier<F> make) {
    this.language = language;
    this.make = make;
    this.maker = Executors.newSingleThreadExecutor(DaemonThreads.named(threadName));
    topUp();
  }

  /**
   * A run begins: keep as many contexts ready as the last run took (the ones it did not take beyond
   * that are closed). An engine whose runs take one context each need not call it.
   */
  public synchronized void runStarting() {
    refuseIfClosed();
    kept = Math.max(1, Math.min(MOST_KEPT, takenThisRun));
    takenThisRun = 0;
    try {
      while (ready.size() > kept) {
        Future<F> extra = ready.removeLast();
        if (!extra.cancel(false)) {
          // Already made: closed on the thread that makes them, between two makes.
          maker.submit(() -> closeMade(extra));
        }
      }
    } catch (RejectedExecutionException e) {
      throw closed();
    }
    topUp();
  }

  /** How many contexts are made, or being made, in advance. */
  public synchronized int keptReady() {
    return ready.size();
  }

  /**
   * A context made in advance, waiting for it if it is still being made, reading files for the run.
   *
   * @throws RunCancelledException if the wait is interrupted
   * @throws IllegalStateException if the pool is closed
   */
  public F take(Consumer<Path> onRead) {
    Future<F> next;
    synchronized (this) {
      refuseIfClosed();
      takenThisRun++;
      // Never empty: every change to the reserve ends topped up to at least one.
      next = ready.removeFirst();
      // Its replacement: a run with more modules than the last gets the rest one after another.
      topUp();
    }
    try {
      F fresh = next.get();
      fresh.files().recordTo(onRead);
      return fresh;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunCancelledException(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("making a " + language + " context", e.getCause());
    }
  }

  private void topUp() {
    try {
      while (ready.size() < kept) {
        ready.addLast(submitMake());
      }
    } catch (RejectedExecutionException e) {
      throw closed();
    }
  }

  /**
   * A context to be made on the pool's thread. Cancelling the future drops it: before it is made,
   * it never is; while it is being made, the thread closes it once made, so no dropped context
   * lives on until the engine closes.
   */
  private Future<F> submitMake() {
    CompletableFuture<F> result = new CompletableFuture<>();
    maker.execute(
        () -> {
          if (result.isCancelled()) {
            return;
          }
          try {
            F fresh = make.get();
            if (!result.complete(fresh)) {
              ContextStopper.close(fresh.context());
            }
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
          }
        });
    return result;
  }

  private void refuseIfClosed() {
    if (closed) {
      throw closed();
    }
  }

  private IllegalStateException closed() {
    return new IllegalStateException("the " + language + " engine is closed");
  }

  private static void closeMade(Future<? extends FreshContext> made) {
    try {
      ContextStopper.close(made.get().context());
    } catch (ExecutionException | CancellationException e) {
      // Never made: nothing to close.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Stops making contexts, waiting for one half made (an engine cannot close while a context is
   * being built on another thread, and interrupting the build fails the engine's close), and closes
   * the spares.
   */
  public void close() {
    List<Future<F>> spares = stopMaking();
    maker.shutdown();
    try {
      if (!maker.awaitTermination(10, TimeUnit.SECONDS)) {
        maker.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    // Those made before; one being made closed itself.
    spares.forEach(ContextPool::closeMade);
  }

  /**
   * Stops making contexts, then closes the spares and {@code engine} on the pool's thread once a
   * context half made is done. Returns at once: a session ending never waits for a context no run
   * will use, which for a language whose first context takes seconds is most of the wait.
   */
  public void closeWithEngine(Engine engine) {
    List<Future<F>> spares = stopMaking();
    try {
      maker.execute(
          () -> {
            spares.forEach(ContextPool::closeMade);
            engine.close(true);
          });
    } catch (RejectedExecutionException e) {
      // Closed before.
    }
    maker.shutdown();
  }

  private synchronized List<Future<F>> stopMaking() {
    closed = true;
    ready.forEach(future -> future.cancel(false));
    List<Future<F>> spares = List.copyOf(ready);
    ready.clear();
    return spares;
  }
}
