package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.reload.RunResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The runner's own lines: here, when it offers the Graal JIT. */
class ConsoleTest {

  private static final Set<Path> JS_RUN = Set.of(Path.of("/p/main.py"), Path.of("/p/util.js"));
  private static final Set<Path> PY_RUN = Set.of(Path.of("/p/main.py"));

  private final StringWriter err = new StringWriter();

  private Console console(boolean quiet, boolean offerJit) {
    return new Console(new PrintWriter(err), false, quiet, false, false, offerJit);
  }

  private static RunResult run(int number, long millis, Set<Path> watched) {
    return new RunResult(
        number, Set.of(), Duration.ofMillis(millis), null, null, watched, List.of());
  }

  @Test
  void theFirstSlowJavaScriptRunOffersTheJitOnce() {
    Console console = console(false, true);

    console.runFinished(run(1, 1500, JS_RUN));
    console.runFinished(run(2, 2500, JS_RUN));

    assertThat(err.toString())
        .containsOnlyOnce("[live] hint: JavaScript runs interpreted; LIVE_JIT=graal")
        .contains("[live] ok in 1500 ms", "[live] ok in 2500 ms");
  }

  @Test
  void fastRunsSlowPythonRunsAndQuietSessionsAreNotOfferedTheJit() {
    Console fast = console(false, true);
    fast.runFinished(run(1, 900, JS_RUN));
    Console python = console(false, true);
    python.runFinished(run(1, 5000, PY_RUN));
    Console quiet = console(true, true);
    quiet.runFinished(run(1, 5000, JS_RUN));

    assertThat(err.toString()).contains("[live] ok in 900 ms").doesNotContain("hint");
  }

  @Test
  void noOfferWhereTheLauncherFoundNoJit() {
    console(false, false).runFinished(run(1, 5000, JS_RUN));

    assertThat(err.toString()).contains("[live] ok in 5000 ms").doesNotContain("hint");
  }
}
