package dev.live.engine.js;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The note that JavaScript runs interpreted because the JIT could not run on this JVM, with the
 * launcher's reason and way out: a user whose JavaScript is slow should learn why. Given once per
 * engine, after the first run of a second or more; never when the JIT is on or the user turned it
 * off ({@code LIVE_JIT=off}).
 *
 * <p>Thread-safe; one per {@link JsEngineAdapter}, shared by its runs.
 */
final class JitAdvice {

  /** What the launcher sets {@code -Dlive.jit} to when the JIT cannot run on this JVM. */
  static final String UNAVAILABLE = "unavailable";

  /** A run this long is worth compiling. */
  static final Duration SLOW_RUN = Duration.ofSeconds(1);

  private final Optional<String> whyInterpreted;
  private final AtomicBoolean given = new AtomicBoolean();

  /**
   * @param whyInterpreted the launcher's reason the JIT cannot run here; empty when it runs or the
   *     user turned it off
   */
  JitAdvice(Optional<String> whyInterpreted) {
    this.whyInterpreted = whyInterpreted;
  }

  /** As the launcher says: {@code -Dlive.jit=unavailable -Dlive.jit.reason=...}. */
  static JitAdvice fromLauncher() {
    if (!UNAVAILABLE.equals(System.getProperty("live.jit"))) {
      return new JitAdvice(Optional.empty());
    }
    return new JitAdvice(
        Optional.of(System.getProperty("live.jit.reason", "the JIT is unavailable on this JVM")));
  }

  /** The advice after a run that used JavaScript and took {@code runTime}; empty for none. */
  List<String> after(Duration runTime) {
    if (whyInterpreted.isEmpty()
        || runTime.compareTo(SLOW_RUN) < 0
        || !given.compareAndSet(false, true)) {
      return List.of();
    }
    return List.of("JavaScript runs interpreted: " + whyInterpreted.get());
  }
}
