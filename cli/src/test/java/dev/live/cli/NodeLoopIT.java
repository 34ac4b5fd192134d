package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a JavaScript run with timers goes on after its main file, says so, is stopped by a
 * save (even a callback stuck in a loop), and with {@code --once} exits as Node would.
 */
class NodeLoopIT {

  private static final String TICKER =
      """
      const run = live.run;
      let n = 0;
      setInterval(() => console.log(`tick ${run} ${++n}`), 50);
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void aTickerRunsOnAfterItsMainFileAndASaveStopsItsTicks() throws Exception {
    write("main.js", TICKER);
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.js")) {
      live.awaitErr("running · main file evaluated in");
      live.awaitOut("tick 1 3");

      write("main.js", TICKER + "// saved\n");

      live.awaitErr("run 1 stopped");
      boolean secondRunTicked = false;
      String line = "";
      while (!line.equals("tick 2 5")) {
        line = live.awaitOutMatching("tick \\d+ \\d+");
        secondRunTicked |= line.startsWith("tick 2 ");
        if (secondRunTicked && line.startsWith("tick 1 ")) {
          fail("the first run still ticks after the second started:\n" + live.transcript());
        }
      }
    }
  }

  @Test
  void aTimerCallbackStuckInALoopIsStoppedByTheNextSave() throws Exception {
    String stuck =
        "setTimeout(() => {\n  console.log('stuck ' + live.run);\n  for (;;) {}\n}, 10);\n";
    write("main.js", stuck);
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.js")) {
      live.awaitOut("stuck 1");

      write("main.js", stuck + "// saved\n");

      live.awaitErr("run 1 stopped");
      live.awaitOut("stuck 2");
    }
  }

  @Test
  void anUnhandledRejectionFailsTheRunWithFileAndLineAndLiveKeepsWatching() throws Exception {
    write(
        "main.js",
        "setTimeout(() => {\n  Promise.reject(new RangeError('out of range'));\n}, 10);\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.js")) {
      live.awaitErr("main.js:2");
      live.awaitErr("RangeError: out of range");
      live.awaitErr("failed in");

      write("main.js", "setTimeout(() => console.log('fixed'), 10);\n");

      live.awaitOut("fixed");
      live.awaitErr("ok in");
    }
  }

  @Test
  void onceExitsWhenTheLoopIsEmptyWithTheExitCodeTheScriptSet() throws Exception {
    write(
        "main.js",
        """
        process.on('exit', (code) => console.log('exiting with ' + code));
        setTimeout(() => { process.exitCode = 3; }, 20);
        """);
    try (LiveProcess live = LiveProcess.start(dir, "run", "--once", "main.js")) {
      live.awaitOut("exiting with 3");
      assertThat(live.awaitExit()).isEqualTo(3);
    }
  }

  @Test
  void onceExitsWithOneWhenACallbackThrows() throws Exception {
    write("main.js", "setTimeout(() => {\n  undefined.name;\n}, 20);\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "--once", "main.js")) {
      assertThat(live.awaitExit()).isEqualTo(1);
      assertThat(live.stderr()).contains("main.js:2", "TypeError");
    }
  }
}
