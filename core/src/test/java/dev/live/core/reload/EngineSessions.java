package dev.live.core.reload;

import dev.live.core.engine.EngineRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Scripts in a test's folder and the sessions that run them on the real engines found on the test's
 * class path, as {@code live} finds them. Register it as an extension beside the folder:
 *
 * <pre>
 * &#64;TempDir Path dir;
 * &#64;RegisterExtension final EngineSessions sessions = new EngineSessions(() -&gt; dir);
 * </pre>
 *
 * <p>It closes every session it opened after each test. The test's thread uses it; the warnings
 * arrive on the sessions' threads.
 */
public final class EngineSessions implements AfterEachCallback {

  private final Supplier<Path> folder;
  private final List<String> warnings = new CopyOnWriteArrayList<>();
  private final List<LiveSession> opened = new ArrayList<>();

  /** {@code folder} is asked when a script is written or a session built, after JUnit set it. */
  public EngineSessions(Supplier<Path> folder) {
    this.folder = folder;
  }

  /** Writes a script into the folder, {@code name} may have subfolders. */
  public Path write(String name, String text) throws IOException {
    Path file = folder.get().resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  /**
   * A builder for a session on {@code main} that works in the folder and collects its warnings
   * (until the test sets a listener of its own).
   */
  public LiveSession.Builder builder(Path main) {
    return LiveSession.builder(main, EngineRegistry.discover(getClass().getClassLoader()))
        .workingDirectory(folder.get())
        .listener(
            new SessionListener() {
              @Override
              public void warning(String message) {
                warnings.add(message);
              }
            });
  }

  /** Builds the session; it is closed after the test. */
  public LiveSession open(LiveSession.Builder builder) {
    LiveSession session = builder.build();
    opened.add(session);
    return session;
  }

  /** A session on {@code main} with the defaults of {@link #builder}. */
  public LiveSession open(Path main) {
    return open(builder(main));
  }

  /**
   * Runs {@code main} once in a new session; the result's exports stay usable until the test ends.
   */
  public RunResult runOnce(Path main) {
    return open(main).runOnce();
  }

  /** The warnings of every session so far, such as a failed dispose hook's. */
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
    opened.clear();
  }
}
