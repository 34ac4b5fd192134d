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

/** The runner's own lines: here, the engines' advice after a run. */
class ConsoleTest {

  private static final Console.Options PLAIN = new Console.Options(false, false, false, false);
  private static final Console.Options QUIET = new Console.Options(false, true, false, false);
  private static final Console.Options COLOUR = new Console.Options(true, false, false, false);
  private static final String FASTER = "LIVE_FAST=on runs this faster";

  private final StringWriter err = new StringWriter();

  private Console console(Console.Options options) {
    return new Console(new PrintWriter(err), options);
  }

  private static RunResult run(int number, List<String> advice) {
    return new RunResult(
        number,
        Set.of(),
        Duration.ofMillis(100 * number),
        null,
        null,
        Set.of(Path.of("/p/main.x")),
        advice);
  }

  @Test
  void aRunThatGoesOnAfterItsMainFileSaysSoBeforeItsOutcome() {
    Console console = console(PLAIN);

    console.runContinues(1, Duration.ofMillis(12));
    console.runFinished(run(1, List.of()));

    assertThat(err.toString())
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "[live] running · main file evaluated in 12 ms, pending work keeps run 1 going",
                "[live] ok in 100 ms · watching 1 file",
                ""));
  }

  @Test
  void eachAdviceIsAHintAfterTheOutcomeOncePerSession() {
    Console console = console(PLAIN);

    console.runFinished(run(1, List.of(FASTER)));
    console.runFinished(run(2, List.of(FASTER, "another way")));
    console.runFinished(run(3, List.of("another way")));

    assertThat(err.toString())
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "[live] ok in 100 ms · watching 1 file",
                "[live] hint: " + FASTER,
                "[live] ok in 200 ms · watching 1 file",
                "[live] hint: another way",
                "[live] ok in 300 ms · watching 1 file",
                ""));
  }

  @Test
  void aHintIsADimStatusLine() {
    console(COLOUR).runFinished(run(1, List.of(FASTER)));

    assertThat(err.toString()).contains("\u001b[2m[live] hint: " + FASTER + "\u001b[0m");
  }

  @Test
  void quietSessionsGetNoHints() {
    console(QUIET).runFinished(run(1, List.of(FASTER)));

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void runsWithoutAdvicePrintNoHint() {
    console(PLAIN).runFinished(run(1, List.of()));

    assertThat(err.toString()).contains("[live] ok in 100 ms").doesNotContain("hint");
  }

  @Test
  void fatalErrorsAreSaidEvenWhenQuiet() {
    console(QUIET).fatal("no engine for 'main.x'");

    assertThat(err.toString()).isEqualTo("live: no engine for 'main.x'" + System.lineSeparator());
  }
}
