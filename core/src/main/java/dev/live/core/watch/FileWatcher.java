package dev.live.core.watch;

import dev.live.core.concurrent.DaemonThreads;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link FolderWatcher} on the operating system's file events (inotify on Linux), through
 * directory-watcher. The only class that sees directory-watcher's types. Content hashing is left to
 * the caller, which hashes only the files a run used instead of every file in the folders.
 */
public final class FileWatcher implements FolderWatcher {

  private static final Logger log = LoggerFactory.getLogger(FileWatcher.class);

  private final Consumer<Path> onChange;
  private final Consumer<Exception> onError;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(DaemonThreads.named("live-watcher"));
  private Set<Path> folders = Set.of();
  private DirectoryWatcher watcher;
  private boolean closed;

  public FileWatcher(Consumer<Path> onChange, Consumer<Exception> onError) {
    this.onChange = onChange;
    this.onError = onError;
  }

  /**
   * Watches exactly these folders from now on. Registration is complete when this returns: a change
   * made after it is reported. Folders that do not exist are skipped.
   *
   * @return true when the set of folders changed (and events between the old and the new watcher
   *     may have been missed, so the caller should compare contents once)
   */
  public synchronized boolean watch(Set<Path> wanted) throws IOException {
    if (closed) {
      throw new IllegalStateException("watcher is closed");
    }
    Set<Path> existing = FolderWatcher.existingFolders(wanted);
    if (existing.equals(folders)) {
      return false;
    }
    stopWatcher();
    folders = Set.copyOf(existing);
    if (existing.isEmpty()) {
      return true;
    }
    Set<Path> roots = Set.copyOf(existing);
    watcher =
        DirectoryWatcher.builder()
            .paths(List.copyOf(existing))
            .fileHashing(false)
            .fileTreeVisitor(topLevelOnly(roots))
            .listener(listener(roots))
            .logger(log)
            .build();
    watcher.watchAsync(thread);
    return true;
  }

  @Override
  public synchronized Set<Path> folders() {
    return folders;
  }

  private DirectoryChangeListener listener(Set<Path> roots) {
    return new DirectoryChangeListener() {
      @Override
      public void onEvent(DirectoryChangeEvent event) {
        Path path = event.path();
        if (path != null && event.eventType() != DirectoryChangeEvent.EventType.OVERFLOW) {
          if (roots.contains(path.getParent())) {
            onChange.accept(path);
          }
        } else if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
          // The OS dropped events (a burst overflowed its queue): report every root so the
          // caller rechecks all its files.
          roots.forEach(onChange);
        }
      }

      @Override
      public void onException(Exception e) {
        // Events may be lost with the exception, so every root is reported. directory-watcher
        // fails on the OS's overflow event (which has no path) with a NullPointerException of its
        // own before the listener sees the event: that one is an overflow, handled, not an error.
        roots.forEach(onChange);
        if (!(e instanceof NullPointerException)) {
          onError.accept(e);
        }
      }
    };
  }

  /**
   * directory-watcher registers every folder its visitor reports, and walks a newly created folder
   * with it to report the creation. Listing only the roots' own files keeps the watch to the
   * folders asked for; a folder created inside one is reported (and registered, harmlessly: its
   * events are filtered out) without its contents.
   */
  private static FileTreeVisitor topLevelOnly(Set<Path> roots) {
    return (start, onDirectory, onFile) -> {
      onDirectory.call(start);
      if (!roots.contains(start)) {
        return;
      }
      List<Path> files = new ArrayList<>();
      try (Stream<Path> children = Files.list(start)) {
        children.filter(Files::isRegularFile).forEach(files::add);
      }
      for (Path file : files) {
        onFile.call(file);
      }
    };
  }

  private void stopWatcher() throws IOException {
    if (watcher != null) {
      watcher.close();
      watcher = null;
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    try {
      stopWatcher();
    } catch (IOException e) {
      log.debug("closing the watcher failed", e);
    }
    thread.shutdownNow();
  }
}
