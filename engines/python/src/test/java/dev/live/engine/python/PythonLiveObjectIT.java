package dev.live.engine.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code live} object in Python, run by run on the real Jython, whose values outlive the run
 * that made them.
 */
class PythonLiveObjectIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @Test
  void aPythonValueKeptInStateIsTheSameObjectInLaterRuns() throws IOException {
    Path main =
        sessions.write(
            "main.py",
            """
            seen = live.keep("seen", lambda: [])
            seen.append(live.run)
            count = len(seen)
            """);
    LiveSession session = sessions.open(main);
    session.runOnce();
    session.runOnce();

    RunResult third = session.runOnce();

    assertThat(third.error()).isNull();
    assertThat(third.exports().get("count")).isEqualTo(3);
    assertThat(session.state().get("seen")).isEqualTo(List.of(1, 2, 3));
  }

  @Test
  void disposeHooksRunNewestFirstEachEvenIfAnEarlierOneFails() throws IOException {
    Path main =
        sessions.write(
            "main.py",
            """
            log = live.keep("log", lambda: [])
            def fail():
                raise ValueError("second failed")
            live.onDispose(lambda: log.append("first"))
            live.onDispose(fail)
            live.onDispose(lambda: log.append("third"))
            """);
    LiveSession session = sessions.open(main);
    assertThat(session.runOnce().error()).isNull();

    assertThat(session.runOnce().error()).isNull();

    assertThat(session.state().get("log")).isEqualTo(List.of("third", "first"));
    assertThat(sessions.warnings()).singleElement().asString().contains("second failed", "main.py");
  }

  @Test
  void liveWatchAddsAFileOrFolderToTheWatchSet() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Path main = sessions.write("main.py", "live.watch('notes.txt')\nlive.watch('data')\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.watched()).contains(dir.resolve("notes.txt"), dir.resolve("data"));
  }
}
