package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a JavaScript run that never ends on its own is stopped by a save or by Ctrl-C, and
 * what it left behind still works afterwards.
 */
class JavaScriptStopIT {

  /** A run that records each dispose hook call in disposed-RUN.txt, then loops forever. */
  private static final String LOOP_WITH_HOOK =
      """
      const Files = Java.type("java.nio.file.Files");
      const Paths = Java.type("java.nio.file.Paths");
      const Option = Java.type("java.nio.file.StandardOpenOption");
      const run = live.run;
      live.onDispose(() => {
        Files.writeString(Paths.get("disposed-" + run + ".txt"), "disposed\\n",
            Option.CREATE, Option.APPEND);
        console.log("disposed " + run);
      });
      console.log("looping " + run);
      while (true) {}
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void theDisposeHookOfALoopStoppedByASaveRunsOnceBeforeTheNextRunAndAtCtrlC() throws Exception {
    write("main.js", LOOP_WITH_HOOK);
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.js")) {
      live.awaitOut("looping 1");

      write("main.js", LOOP_WITH_HOOK + "// saved\n");

      live.awaitOut("disposed 1");
      live.awaitOut("looping 2");

      live.interrupt();

      live.awaitOut("disposed 2");
      assertThat(live.awaitExit()).isEqualTo(130);
      assertThat(live.stderr()).doesNotContain("onDispose hook");
    }
    assertThat(Files.readString(dir.resolve("disposed-1.txt"))).isEqualTo("disposed\n");
    assertThat(Files.readString(dir.resolve("disposed-2.txt"))).isEqualTo("disposed\n");
  }

  @Test
  void processExitEndsTheRunWithItsStatus() throws Exception {
    write("main.js", "console.log('before');\nprocess.exit(3);\nconsole.log('after');\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "--once", "main.js")) {
      assertThat(live.awaitExit()).isEqualTo(3);
      assertThat(live.transcript()).contains("before").doesNotContain("after");
    }
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.js")) {
      live.awaitErr("exited with status 3");
    }
  }
}
