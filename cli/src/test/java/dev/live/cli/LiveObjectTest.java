package dev.live.cli;

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

/** The {@code live} object in both languages, run by run on the real engines. */
class LiveObjectTest {

  @TempDir Path dir;

  private final List<String> warnings = new CopyOnWriteArrayList<>();
  private LiveSession session;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private LiveSession session(Path main, List<String> arguments) {
    session =
        LiveSession.builder(main, EngineRegistry.discover(getClass().getClassLoader()))
            .workingDirectory(dir)
            .arguments(arguments)
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
    LiveSession session = session(main, List.of());
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
    LiveSession session = session(main, List.of());
    session.runOnce();
    session.runOnce();

    RunResult third = session.runOnce();

    assertThat(third.error()).isNull();
    assertThat(third.exports().get("n")).isEqualTo(3);
    assertThat(third.exports().get("seen")).isEqualTo("1,2,3");
  }

  @Test
  void stateIsSharedBetweenLanguages() throws IOException {
    write("writer.js", "live.state.greeting = 'hi from js';\n");
    Path main = write("main.py", "use('writer')\ngreeting = live.state['greeting']\n");

    RunResult result = session(main, List.of()).runOnce();

    assertThat(result.exports().get("greeting")).isEqualTo("hi from js");
  }

  @Test
  void aJavaScriptFunctionCannotBeKeptAndTheErrorSaysWhy() throws IOException {
    Path main = write("main.js", "live.keep('f', () => () => 1);\n");

    RunResult result = session(main, List.of()).runOnce();

    assertThat(result.error()).hasMessageContaining("cannot be kept across runs");
  }

  @Test
  void runInformationAndArgumentsReachBothLanguages() throws IOException {
    write("info.js", "var args = live.args.join(' '); var run = live.run;\n");
    Path main =
        write(
            "main.py",
            """
            import sys
            info = use('info')
            args = ' '.join(live.args)
            argv = ' '.join(sys.argv[1:])
            js_args = info.args
            run = live.run
            main = live.main
            changed = len(live.changed)
            """);

    RunResult result = session(main, List.of("a", "b c")).runOnce();

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("args")).isEqualTo("a b c");
    assertThat(result.exports().get("argv")).isEqualTo("a b c");
    assertThat(result.exports().get("js_args")).isEqualTo("a b c");
    assertThat(result.exports().get("run")).isEqualTo(1);
    assertThat(result.exports().get("main")).isEqualTo(main.toString());
    assertThat(result.exports().get("changed")).isEqualTo(0);
  }

  @Test
  void liveWatchAddsAFileOrFolderToTheWatchSet() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Path main = write("main.py", "live.watch('notes.txt')\nlive.watch('data')\n");

    RunResult result = session(main, List.of()).runOnce();

    assertThat(result.watched()).contains(dir.resolve("notes.txt"), dir.resolve("data"));
  }
}
