package dev.live.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.EngineRegistry;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code live} object shared by both languages of one run, on the real engines. What one
 * language does with it alone is tested in that engine's module.
 */
class LiveObjectTest {

  @TempDir Path dir;

  private LiveSession session;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private LiveSession session(Path main, List<String> arguments) {
    session =
        LiveSession.builder(main, EngineRegistry.discover(getClass().getClassLoader()))
            .workingDirectory(dir)
            .arguments(arguments)
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
  void stateIsSharedBetweenLanguages() throws IOException {
    write("writer.js", "live.state.greeting = 'hi from js';\n");
    Path main = write("main.py", "use('writer')\ngreeting = live.state['greeting']\n");

    RunResult result = session(main, List.of()).runOnce();

    assertThat(result.exports().get("greeting")).isEqualTo("hi from js");
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
}
