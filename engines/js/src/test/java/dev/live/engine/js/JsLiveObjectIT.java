package dev.live.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code live} object in JavaScript, run by run on the real GraalJS, whose values end with the
 * run that made them.
 */
class JsLiveObjectIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @Test
  void disposeHooksRunNewestFirstEachEvenIfAnEarlierOneFails() throws IOException {
    Path main =
        sessions.write(
            "main.js",
            """
            const log = live.keep("log", () => []);
            live.onDispose(() => log.push("first"));
            live.onDispose(() => { throw new Error("second failed"); });
            live.onDispose(() => log.push("third"));
            """);
    LiveSession session = sessions.open(main);
    assertThat(session.runOnce().error()).isNull();

    assertThat(session.runOnce().error()).isNull();

    assertThat(session.state().get("log")).asList().containsExactly("third", "first");
    assertThat(sessions.warnings())
        .singleElement()
        .asString()
        .contains("second failed", "main.js:3");
  }

  @Test
  void javaScriptDataKeptInStateOutlivesItsRun() throws IOException {
    Path main =
        sessions.write(
            "main.js",
            """
            const counter = live.keep("counter", () => ({ n: 0, seen: [] }));
            counter.n++;
            counter.seen.push(live.run);
            var n = counter.n;
            var seen = counter.seen.join(",");
            """);
    LiveSession session = sessions.open(main);
    session.runOnce();
    session.runOnce();

    RunResult third = session.runOnce();

    assertThat(third.error()).isNull();
    assertThat(third.exports().get("n")).isEqualTo(3);
    assertThat(third.exports().get("seen")).isEqualTo("1,2,3");
  }

  @Test
  void aJavaScriptFunctionCannotBeKeptAndTheErrorSaysWhy() throws IOException {
    Path main = sessions.write("main.js", "live.keep('f', () => () => 1);\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).hasMessageContaining("cannot be kept across runs");
  }
}
