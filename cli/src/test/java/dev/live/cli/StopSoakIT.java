package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many saves, each stopping a run in the middle of its loop, through the real {@code live} process:
 * every run's dispose hook runs exactly once, in run order, and the script's output still works at
 * the end.
 */
class StopSoakIT {

  private static final int STOPPED_RUNS = 200;

  /** Records the run's number in hooks.txt when the run is disposed. */
  private static final String PYTHON_HOOK =
      """
      def record():
          with open("hooks.txt", "a") as f:
              f.write("%d\\n" % live.run)
      live.onDispose(record)
      """;

  @TempDir Path dir;

  @Test
  void savesStopAPythonLoopWhilePrintingAndEveryHookRunsOnce() throws Exception {
    String looping =
        PYTHON_HOOK
            + """
        print "started VERSION"
        i = 0
        while True:
            print i
            i += 1
        """;
    String last =
        PYTHON_HOOK
            + """
        print "done"
        """;
    soak("main.py", looping, last);
  }

  @Test
  void savesStopAJavaScriptBusyLoopAndEveryHookRunsOnce() throws Exception {
    Files.writeString(
        dir.resolve("hooks.py"),
        """
        def record(run):
            with open("hooks.txt", "a") as f:
                f.write("%d\\n" % run)
        """);
    String looping =
        """
        const hooks = use("hooks");
        live.onDispose(() => hooks.record(live.run));
        console.log("started VERSION");
        while (true) {}
        """;
    String last =
        """
        const hooks = use("hooks");
        live.onDispose(() => hooks.record(live.run));
        console.log("done");
        """;
    soak("main.js", looping, last);
  }

  /**
   * Runs {@code main}, saves a new version of it each time the running one has started its loop,
   * then saves {@code last}, which ends on its own, and stops live with Ctrl-C.
   */
  private void soak(String main, String looping, String last) throws Exception {
    Path file = dir.resolve(main);
    Files.writeString(file, looping.replace("VERSION", "1"));
    try (LiveProcess live = LiveProcess.start(dir, "run", main)) {
      live.awaitOut("started 1");
      for (int version = 2; version <= STOPPED_RUNS; version++) {
        Files.writeString(file, looping.replace("VERSION", String.valueOf(version)));
        live.awaitOut("started " + version);
      }
      Files.writeString(file, last);
      live.awaitOut("done");
      live.interrupt();
      assertThat(live.awaitExit()).isEqualTo(130);
      assertThat(live.stderr()).doesNotContain("onDispose hook", "Exception");
    }
    List<String> expected =
        IntStream.rangeClosed(1, STOPPED_RUNS + 1).mapToObj(String::valueOf).toList();
    assertThat(Files.readAllLines(dir.resolve("hooks.txt")))
        .as("each run's dispose hook, once, in run order")
        .containsExactlyElementsOf(expected);
  }
}
