package dev.live.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code live} object shared by both languages of one run, on the real engines. What one
 * language does with it alone is tested in that engine's module.
 */
class LiveObjectTest {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @Test
  void stateIsSharedBetweenLanguages() throws IOException {
    sessions.write("writer.js", "live.state.greeting = 'hi from js';\n");
    Path main = sessions.write("main.py", "use('writer')\ngreeting = live.state['greeting']\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.exports().get("greeting")).isEqualTo("hi from js");
  }

  @Test
  void runInformationAndArgumentsReachBothLanguages() throws IOException {
    sessions.write("info.js", "var args = live.args.join(' '); var run = live.run;\n");
    Path main =
        sessions.write(
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

    RunResult result =
        sessions.open(sessions.builder(main).arguments(List.of("a", "b c"))).runOnce();

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("args")).isEqualTo("a b c");
    assertThat(result.exports().get("argv")).isEqualTo("a b c");
    assertThat(result.exports().get("js_args")).isEqualTo("a b c");
    assertThat(result.exports().get("run")).isEqualTo(1);
    assertThat(result.exports().get("main")).isEqualTo(main.toString());
    assertThat(result.exports().get("changed")).isEqualTo(0);
  }
}
