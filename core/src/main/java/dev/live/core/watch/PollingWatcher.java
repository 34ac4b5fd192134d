package dev.live.core.watch;

import dev.live.core.concurrent.DaemonThreads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A {@link FolderWatcher} that lists its folders every interval and reports entries whose size or
 * modification time changed, appeared or disappeared: for file systems that send no events (network
 * mounts, some container volumes).
 */
public final class PollingWatcher implements FolderWatcher {

  private record Stamp(long size, long modified) {}

  private static final Stamp FOLDER = new Stamp(-2, -2);

  private final Consumer<Path> onChange;
  private final Consumer<Exception> onError;
  private final ScheduledExecutorService poller =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("live-poller"));
  private Set<Path> folders = Set.of();
  private Map<Path, Stamp> last = Map.of();

  public PollingWatcher(Duration interval, Consumer<Path> onChange, Consumer<Exception> onError) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("poll interval must be positive: " + interval);
    }
    this.onChange = Objects.requireNonNull(onChange);
    this.onError = Objects.requireNonNull(onError);
    poller.scheduleWithFixedDelay(
        this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized boolean watch(Set<Path> wanted) {
    Set<Path> existing = FolderWatcher.existingFolders(wanted);
    if (existing.equals(folders)) {
      return false;
    }
    folders = Set.copyOf(existing);
    last = snapshot(folders);
    return true;
  }

  @Override
  public synchronized Set<Path> folders() {
    return folders;
  }

  private void poll() {
    Map<Path, Stamp> before;
    Map<Path, Stamp> now;
    synchronized (this) {
      before = last;
      now = snapshot(folders);
      last = now;
    }
    Set<Path> paths = new HashSet<>(before.keySet());
    paths.addAll(now.keySet());
    for (Path path : paths) {
      if (!Objects.equals(before.get(path), now.get(path))) {
        onChange.accept(path);
      }
    }
  }

  private Map<Path, Stamp> snapshot(Set<Path> watched) {
    Map<Path, Stamp> stamps = new HashMap<>();
    for (Path folder : watched) {
      try (Stream<Path> entries = Files.list(folder)) {
        entries.forEach(entry -> stamps.put(entry, stamp(entry)));
      } catch (IOException e) {
        onError.accept(e);
      }
    }
    return stamps;
  }

  private static Stamp stamp(Path entry) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        // As with file events: a folder is reported when it appears or goes, not when its own
        // entries change (a watched subfolder reports those itself).
        return FOLDER;
      }
      return new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
    } catch (IOException e) {
      // Gone between the listing and the read: the next poll sees it missing.
      return new Stamp(-1, -1);
    }
  }

  @Override
  public void close() {
    poller.shutdownNow();
  }
}
