package dev.live.core.reload;

import dev.live.core.modules.Fingerprint;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Editors save in steps: vim renames the file away before writing the new one, IntelliJ renames a
 * temporary file over it, others truncate it and then write. A watched file found missing or empty
 * is therefore looked at once more after {@link #GRACE}; only if it is still so does it count as a
 * change (a real deletion, a file really emptied). This keeps the quiet period short without
 * running on a half-saved file.
 *
 * <p>Not thread-safe: the {@link WatchSet} calls it under its monitor.
 */
final class MidSaveCheck {

  /** How long a save may leave a watched file missing or empty. */
  static final Duration GRACE = Duration.ofMillis(60);

  private final Scheduler scheduler;
  private final Consumer<Path> lookAgain;

  /** Watched files seen missing or empty once, waiting for their second look. */
  private final Set<Path> waiting = new HashSet<>();

  /**
   * @param scheduler runs the second look
   * @param lookAgain reports the path as changed once more, on the scheduler's thread
   */
  MidSaveCheck(Scheduler scheduler, Consumer<Path> lookAgain) {
    this.scheduler = scheduler;
    this.lookAgain = lookAgain;
  }

  /**
   * True when {@code path}, which now holds {@code now}, may be in the middle of a save: then it is
   * looked at again after the grace period.
   */
  boolean isMidSave(Path path, Fingerprint now) {
    boolean missingOrEmpty = now.equals(Fingerprint.ABSENT) || now.equals(Fingerprint.EMPTY);
    if (!missingOrEmpty || !waiting.add(path)) {
      waiting.remove(path);
      return false;
    }
    try {
      scheduler.schedule(() -> lookAgain.accept(path), GRACE);
    } catch (RejectedExecutionException e) {
      // The session is closing and nothing will look again: count the change now.
      waiting.remove(path);
      return false;
    }
    return true;
  }
}
