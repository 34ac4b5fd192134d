package dev.live.core.engine;

/**
 * Whether an engine run was cancelled, and the thread it evaluates on: what {@link
 * EngineRun#cancel()} needs to stop that thread and {@link EngineRun#close()} to clean up after it.
 *
 * <p>Threads: {@link #evaluating()} and {@link #clearInterrupt()} are called on the run thread,
 * {@link #cancel()} from any thread; the state is safe to read from any thread.
 */
public final class RunCancellation {

  private volatile boolean cancelled;
  private volatile Thread runThread;

  /**
   * An evaluation starts on the current thread: remembers it as the run thread.
   *
   * @throws RunCancelledException when the run was cancelled already
   */
  public void evaluating() {
    runThread = Thread.currentThread();
    if (cancelled) {
      throw new RunCancelledException();
    }
  }

  /** True once an evaluation has started: {@link #evaluating()} was called. */
  public boolean started() {
    return runThread != null;
  }

  /** True once {@link #cancel()} was called. */
  public boolean cancelled() {
    return cancelled;
  }

  /**
   * Marks the run cancelled. Returns the run thread, for the engine to stop; null when no
   * evaluation has started.
   */
  public Thread cancel() {
    cancelled = true;
    return runThread;
  }

  /** True when the current thread is the run thread. */
  public boolean onRunThread() {
    return runThread == Thread.currentThread();
  }

  /**
   * Clears the interrupt a stop may have left on the run thread, so the next run does not see it.
   * Does nothing unless the run was cancelled and this is the run thread.
   */
  public void clearInterrupt() {
    if (cancelled && onRunThread()) {
      Thread.interrupted();
    }
  }
}
