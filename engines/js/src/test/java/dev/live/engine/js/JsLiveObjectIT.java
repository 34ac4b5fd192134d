package dev.live.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.EngineRegistry;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import dev.live.core.reload.SessionListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code live} object in JavaScript, run by run on the real GraalJS, whose values end with the
 * run that made them.
 */
class JsLiveObjectIT {

  @TempDir Path dir;

  private final List<String> warnings = new CopyOnWriteArrayList<>();
  private LiveSession session;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private LiveSession session(Path main) {
    session =
        LiveSession.builder(main, EngineRegistry.discover(getClass().getClassLoader()))
            .workingDirectory(dir)
            .listener(
                new SessionListener() {
                  @Override
                  public void warning(String message) {
                    warnings.add(message);
                  }
                })
            .build();
    return session;
  }

  @AfterEach
  void close() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void disposeHooksRunNewestFirstEachEvenIfAnEarlierOneFails() throws IOException {
    Path main =
        write(
            "main.js",
            """
            const log = live.keep("log", () => []);
            live.onDispose(() => log.push("first"));
            live.onDispose(() => { throw new Error("second failed"); });
            live.onDispose(() => log.push("third"));
            """);
    LiveSession session = session(main);
    assertThat(session.runOnce().error()).isNull();

    assertThat(session.runOnce().error()).isNull();

    assertThat(session.state().get("log")).asList().containsExactly("third", "first");
    assertThat(warnings).singleElement().asString().contains("second failed", "main.js:3");
  }

  @Test
  void javaScriptDataKeptInStateOutlivesItsRun() throws IOException {
    Path main =
        write(
            "main.js",
            """
            const counter = live.keep("counter", () => ({ n: 0, seen: [] }));
            counter.n++;
            counter.seen.push(live.run);
            var n = counter.n;
            var seen = counter.seen.join(",");
            """);
    LiveSession session = session(main);
    session.runOnce();
    session.runOnce();

    RunResult third = session.runOnce();

    assertThat(third.error()).isNull();
    assertThat(third.exports().get("n")).isEqualTo(3);
    assertThat(third.exports().get("seen")).isEqualTo("1,2,3");
  }

  @Test
  void aJavaScriptFunctionCannotBeKeptAndTheErrorSaysWhy() throws IOException {
    Path main = write("main.js", "live.keep('f', () => () => 1);\n");

    RunResult result = session(main).runOnce();

    assertThat(result.error()).hasMessageContaining("cannot be kept across runs");
  }
}
