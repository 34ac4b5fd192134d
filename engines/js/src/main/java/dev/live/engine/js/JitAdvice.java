package dev.live.engine.js;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The advice to start live with the Graal compiler: GraalJS runs interpreted unless the user asks
 * for the compiler, which costs a third of a second at every start, so a user whose JavaScript is
 * slow should learn that it exists. Given once per engine, after the first run of a second or more,
 * and only when the launcher found that the compiler would work on this JVM and is off.
 *
 * <p>Thread-safe; one per {@link JsEngineAdapter}, shared by its runs.
 */
final class JitAdvice {

  /** What the launcher sets {@code -Dlive.jit} to when {@code LIVE_JIT=graal} would work here. */
  static final String AVAILABLE = "available";

  /** A run this long is worth compiling. */
  static final Duration SLOW_RUN = Duration.ofSeconds(1);

  static final String TEXT =
      "JavaScript runs interpreted; LIVE_JIT=graal compiles hot code, 4 to 20 times faster,"
          + " for a start about 0.3 s slower";

  private final boolean compilerAvailable;
  private final AtomicBoolean given = new AtomicBoolean();

  /**
   * @param compilerAvailable the launcher's word that the Graal compiler would work and is off
   */
  JitAdvice(boolean compilerAvailable) {
    this.compilerAvailable = compilerAvailable;
  }

  /** As the launcher says: {@code -Dlive.jit=available}. */
  static JitAdvice fromLauncher() {
    return new JitAdvice(AVAILABLE.equals(System.getProperty("live.jit")));
  }

  /** The advice after a run that used JavaScript and took {@code runTime}; empty for none. */
  List<String> after(Duration runTime) {
    if (!compilerAvailable
        || runTime.compareTo(SLOW_RUN) < 0
        || !given.compareAndSet(false, true)) {
      return List.of();
    }
    return List.of(TEXT);
  }
}
