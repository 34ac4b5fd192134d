package dev.live.core.reload;

import dev.live.core.concurrent.DaemonThreads;
import dev.live.core.watch.ChangeBatch;
import dev.live.core.watch.FileWatcher;
import dev.live.core.watch.FolderWatcher;
import dev.live.core.watch.IgnoreRules;
import dev.live.core.watch.PollingWatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * Finds the changes of the watch set: keeps a {@link FolderWatcher} on the watch set's folders,
 * coalesces its events with a {@link Debouncer}, and hands on the watched paths whose content
 * changed, less those the {@link IgnoreRules} ignore and those a {@link MidSaveCheck} holds back.
 *
 * <p>Threads: file events arrive on the watcher's thread; they are coalesced and compared on the
 * "live-debounce" timer thread, which also runs the session's other timed tasks ({@link #timer()}).
 * {@link #watchFoldersOf} and {@link #watchFoldersOfWatchSet} are called on the run thread (the
 * first also on threads a script starts) and compare contents there when the watched folders
 * changed. {@link #close()} may come from any thread.
 */
final class ChangeDetector implements AutoCloseable {

  /** A file written without pause still gets a run after this many quiet periods. */
  private static final int MAX_QUIET_PERIODS_PER_BURST = 10;

  private final WatchSet watchSet;
  private final IgnoreRules ignore;
  private final Consumer<Set<Path>> changed;
  private final Consumer<String> warning;
  private final ScheduledExecutorService timerThread;
  private final Scheduler timer;
  private final Debouncer debouncer;
  private final MidSaveCheck midSave;
  private final FolderWatcher watcher;

  /**
   * Starts the timer thread and the watcher, which watches nothing until the first run ended.
   *
   * @param poll poll the folders at this interval instead of waiting for events; null for events
   * @param changed gets the watched paths whose content changed, possibly none, under the watch
   *     set's monitor
   * @param warning gets what goes wrong while watching
   */
  ChangeDetector(
      WatchSet watchSet,
      IgnoreRules ignore,
      Duration debounce,
      Duration poll,
      Consumer<Set<Path>> changed,
      Consumer<String> warning) {
    this.watchSet = watchSet;
    this.ignore = ignore;
    this.changed = changed;
    this.warning = warning;
    timerThread = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("live-debounce"));
    timer = Scheduler.of(timerThread);
    debouncer =
        new Debouncer(
            debounce, debounce.multipliedBy(MAX_QUIET_PERIODS_PER_BURST), timer, this::compare);
    midSave = new MidSaveCheck(timer, debouncer::signal);
    Consumer<Exception> watchError =
        e -> warning.accept("file watcher: " + (e.getMessage() != null ? e.getMessage() : e));
    watcher =
        poll != null
            ? new PollingWatcher(poll, debouncer::signal, watchError)
            : new FileWatcher(debouncer::signal, watchError);
  }

  /** Runs tasks on the timer thread; it rejects them once the detector is closed. */
  Scheduler timer() {
    return timer;
  }

  /** A path first used by the run in flight is watched from now on, so that saving it stops it. */
  void watchFoldersOf(Path path) {
    List<Path> needed = watchSet.foldersOf(path);
    if (!watcher.folders().containsAll(needed)) {
      Set<Path> folders = new LinkedHashSet<>(watcher.folders());
      folders.addAll(needed);
      watchFolders(folders);
    }
  }

  /** Watches exactly the folders of the watch set. */
  void watchFoldersOfWatchSet() {
    watchFolders(watchSet.folders());
  }

  private void watchFolders(Set<Path> folders) {
    try {
      if (watcher.watch(folders)) {
        // Events between the old watcher and the new one are lost; compare contents instead.
        compare(new ChangeBatch(watchSet.paths()));
      }
    } catch (IOException e) {
      warning.accept("cannot watch " + folders + ": " + e.getMessage());
    }
  }

  /**
   * Debounced file events: keep those that changed a watched file's content, and watch the folders
   * created in a watched tree. The {@code --ignore} globs apply here; the watch set applies the
   * rest of the ignore rules to what it finds in watched folders.
   */
  private void compare(ChangeBatch batch) {
    List<Path> events = batch.paths().stream().filter(path -> !ignore.ignores(path)).toList();
    if (watchSet.recordChanges(events, midSave, changed)) {
      watchFoldersOfWatchSet();
    }
  }

  /** Stops watching and the timer thread, with the tasks it had yet to run. */
  @Override
  public void close() {
    watcher.close();
    timerThread.shutdownNow();
  }
}
