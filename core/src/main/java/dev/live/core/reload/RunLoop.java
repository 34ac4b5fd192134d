package dev.live.core.reload;

import dev.live.core.bridge.BridgeModule;
import dev.live.core.engine.RunCancelledException;
import dev.live.core.modules.Fingerprint;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Runs the main file, waits for a change of the watch set, and runs it again, one run at a time,
 * until the session closes; a change that arrives while a run is going cancels it first.
 *
 * <p>Threads: runs happen on one daemon thread, "live-run" ({@link LiveSession#runOnce()}: on the
 * calling thread). Changes arrive from the {@link ChangeDetector}'s threads, the cancel-grace check
 * runs on its timer thread, and {@link #stop()} may come from any thread. The run number and the
 * {@link SelfTriggerGuard} belong to the thread that runs.
 *
 * <p>Locks: {@code lock} guards what the threads tell each other: the changes waiting for the next
 * run, the run in flight, the previous run, the run thread; the detector and whether the loop is
 * closed are written under it and, being volatile, read without it. It is held briefly, never
 * during file I/O or a listener call: under it the loop only cancels a run ({@link Run#cancel()}
 * does not wait), schedules on the timer, and starts the detector and the run thread (so {@link
 * #stop()} sees both or neither). The other lock is the {@link WatchSet}'s monitor, held while
 * comparing fingerprints, never while taking them. When both are needed the watch set's comes first
 * ({@link #changesArrived} and {@link #runEnded} are called under it), never the other way round: a
 * change's comparison and the watch set's replacement after a run exclude each other, and closing,
 * waiting for changes and a run's reads never wait for a file or a folder to be read.
 *
 * <p>A run requested by hand ({@link #runRequested()}) is started as a change is, with no changed
 * paths.
 *
 * <p>A run stopped by a change never saw the changes that started it: they start the next run too,
 * which names them with the new ones.
 */
final class RunLoop {

  /** How long a cancelled run may take to stop before the session says so and waits on. */
  private static final Duration CANCEL_GRACE = Duration.ofSeconds(2);

  private final RunInputs inputs;
  private final List<Path> extraWatch;
  private final Set<Path> watchedTrees;
  private final WatchSet watchSet;
  private final SessionListener listener;
  private final SelfTriggerGuard selfTrigger;
  private final RunWarnings warnings;
  private int runNumber;

  private final Object lock = new Object();
  private final Set<Path> pending = new LinkedHashSet<>();
  private Run current;
  private Run previous;
  private Thread runThread;
  private boolean runRequested;
  private volatile ChangeDetector detector;
  private volatile boolean closed;

  /**
   * @param extraWatch paths watched whether or not a run uses them
   * @param watchedTrees the folders of {@code extraWatch} watched with their subfolders
   */
  RunLoop(
      RunInputs inputs,
      List<Path> extraWatch,
      Set<Path> watchedTrees,
      WatchSet watchSet,
      SessionListener listener) {
    this.inputs = inputs;
    this.extraWatch = extraWatch;
    this.watchedTrees = watchedTrees;
    this.watchSet = watchSet;
    this.listener = listener;
    this.warnings = new RunWarnings(listener, inputs.registry()::ownsThread);
    this.selfTrigger =
        new SelfTriggerGuard(System::nanoTime, inputs::displayName, listener::warning);
  }

  /** Starts the run thread, which watches through the detector {@code watching} makes. */
  void start(Supplier<ChangeDetector> watching) {
    synchronized (lock) {
      if (runThread != null) {
        throw new IllegalStateException("session already started");
      }
      detector = watching.get();
      runThread = new Thread(this::runUntilClosed, "live-run");
      runThread.setDaemon(true);
      runThread.start();
    }
  }

  private void runUntilClosed() {
    Set<Path> changed = Set.of();
    while (!closed) {
      RunResult result = execute(changed);
      if (closed) {
        return;
      }
      detector.watchFoldersOfWatchSet();
      listener.runFinished(result);
      Set<Path> unseen = result.cancelled() ? result.changed() : Set.of();
      try {
        changed = awaitChanges();
        while (!closed && selfTrigger.isRunningItselfInALoop(changed)) {
          changed = awaitChanges();
        }
      } catch (InterruptedException e) {
        return;
      }
      changed = union(unseen, changed);
    }
  }

  private static Set<Path> union(Set<Path> first, Set<Path> second) {
    Set<Path> both = new LinkedHashSet<>(first);
    both.addAll(second);
    return both;
  }

  /** One run, on the calling thread: the run thread, or the caller of {@code runOnce}. */
  RunResult execute(Set<Path> changed) {
    int number = ++runNumber;
    Run run = new Run(number, changed, inputs);
    listener.runStarting(number, changed);
    // The previous run's scopes live until now, so callbacks it left behind keep working while
    // it is the latest run; its dispose hooks run first, while they still can.
    closeRun(previousRun());
    synchronized (lock) {
      current = run;
    }
    LeftoverThreads threads = LeftoverThreads.before();
    long start = System.nanoTime();
    BridgeModule exports = null;
    Throwable error = null;
    try {
      exports = run.evaluateMain();
      if (run.hasPendingWork()) {
        listener.runContinues(number, Duration.ofNanos(System.nanoTime() - start));
      }
      run.runPendingWork();
    } catch (Throwable t) {
      error = run.isCancelled() ? new RunCancelledException(t) : t;
      // A script that filled the heap fails like any error: its references go with the run.
      if (t instanceof VirtualMachineError
          && !(t instanceof StackOverflowError || t instanceof OutOfMemoryError)) {
        throw (VirtualMachineError) t;
      }
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - start);
    List<String> advice = warnings.newAdvice(run.adviceAfter(duration));
    Set<Path> watched = new LinkedHashSet<>(run.filesUsed().keySet());
    watched.addAll(extraWatch);
    warnings.runEnded(run, threads, closed);
    Set<Path> trees = new LinkedHashSet<>(watchedTrees);
    trees.addAll(run.watchedFolders());
    watchSet.replace(run::filesUsed, extraWatch, trees, () -> runEnded(run));
    for (Path root : watchSet.treesCutShort()) {
      listener.warning(
          "watching only the first "
              + FolderTree.MAX_FOLDERS
              + " folders of "
              + inputs.displayName(root)
              + "; watch a smaller folder, ignore some in a .liveignore, or use --watch-shallow");
    }
    // A run stopped by a save was not what changed the file: someone saved while it ran (a
    // loop, a server). Only runs that ended on their own count towards a self-made loop. Nothing
    // cancels a run once it is no longer current, so isCancelled() is final here.
    selfTrigger.runEnded(run.isCancelled() ? Set.of() : run.filesChangedSinceUsed());
    return new RunResult(
        number, Set.copyOf(changed), duration, exports, error, Set.copyOf(watched), advice);
  }

  /** The run is over; returns the changes that arrived since the last {@link #awaitChanges}. */
  private Set<Path> runEnded(Run run) {
    synchronized (lock) {
      current = null;
      previous = run;
      return Set.copyOf(pending);
    }
  }

  /** A run used a file: it joins the watch set, and its folders are watched from now on. */
  void fileUsed(Path path, Fingerprint fingerprint) {
    watchSet.fileUsed(path, fingerprint);
    ChangeDetector watching = detector;
    if (watching != null) {
      watching.watchFoldersOf(path);
    }
  }

  /** Watched paths changed (maybe none); called under the watch set's monitor. */
  void changesArrived(Set<Path> changed) {
    synchronized (lock) {
      pending.addAll(changed);
      if (!pending.isEmpty()) {
        lock.notifyAll();
        if (current != null) {
          cancel(current);
        }
      }
    }
  }

  /**
   * A run was asked for although nothing changed: it starts at once, after the run in flight is
   * cancelled, as a save would. Ignored before {@link #start} and after {@link #stop()}.
   */
  void runRequested() {
    synchronized (lock) {
      if (closed || runThread == null) {
        return;
      }
      runRequested = true;
      lock.notifyAll();
      if (current != null) {
        cancel(current);
      }
    }
  }

  /**
   * Cancels a run and, if it has not stopped after a grace period, says so: a loop inside a native
   * builtin cannot be stopped, and the next run then starts only when it ends.
   */
  private void cancel(Run run) {
    run.cancel();
    if (!run.markCancelWatched()) {
      return;
    }
    try {
      detector.timer().schedule(() -> warnIfStillRunning(run), CANCEL_GRACE);
    } catch (RejectedExecutionException e) {
      // The session is closing: no warning comes after that.
    }
  }

  private void warnIfStillRunning(Run run) {
    synchronized (lock) {
      if (current != run || closed) {
        return;
      }
    }
    warnings.doesNotStop(run);
  }

  private Set<Path> awaitChanges() throws InterruptedException {
    synchronized (lock) {
      while (pending.isEmpty() && !runRequested && !closed) {
        lock.wait();
      }
      runRequested = false;
      Set<Path> changed = Set.copyOf(pending);
      pending.clear();
      return changed;
    }
  }

  private void closeRun(Run run) {
    if (run != null) {
      warnings.disposeFailed(run, run.dispose());
      run.close();
    }
  }

  /**
   * Stops watching, cancels a run in flight, waits up to {@link #CANCEL_GRACE} for the run thread
   * and closes the last run. False when already stopped, or when the run thread does not stop (a
   * script stuck where no engine can stop it; the thread is a daemon and dies with the JVM).
   */
  boolean stop() {
    Thread thread;
    synchronized (lock) {
      if (closed) {
        return false;
      }
      closed = true;
      if (current != null) {
        current.cancel();
      }
      lock.notifyAll();
      thread = runThread;
    }
    ChangeDetector watching = detector;
    if (watching != null) {
      watching.close();
    }
    if (thread != null) {
      try {
        thread.join(CANCEL_GRACE.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (thread.isAlive()) {
        return false;
      }
    }
    closeRun(previousRun());
    return true;
  }

  private Run previousRun() {
    synchronized (lock) {
      return previous;
    }
  }
}
