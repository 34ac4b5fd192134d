package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line in-process: parsing, usage errors, help, version, engines, completion. */
class CommandLineTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int live(String... args) {
    CommandLine commandLine = LiveCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithExitCode2() {
    assertThat(live("run", "--no-such-option", "main.py")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--no-such-option'", "Usage: live run");
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(live()).isEqualTo(2);
    assertThat(err.toString()).contains("live run main.py");
  }

  @Test
  void aNegativeDebounceOrPollIsAUsageError() {
    assertThat(live("run", "--debounce", "-1", "main.py")).isEqualTo(2);
    assertThat(err.toString()).contains("--debounce must be 0 or more");
    assertThat(live("run", "--poll", "0", "main.py")).isEqualTo(2);
    assertThat(err.toString()).contains("--poll must be more than 0");
  }

  @Test
  void helpShowsExamplesAndExitCodes() {
    assertThat(live("--help")).isZero();
    assertThat(out.toString())
        .contains(
            "live run main.py",
            "Exit codes: 0 ok, 1 script failed (--once), 2 usage error, 130 Ctrl-C");
  }

  @Test
  void runHelpListsEveryOption() {
    assertThat(live("run", "--help")).isZero();
    assertThat(out.toString())
        .contains(
            "--once",
            "--clear",
            "--watch",
            "--ignore",
            "--path",
            "--debounce",
            "--poll",
            "--verbose",
            "--quiet",
            "ARGS");
  }

  @Test
  void versionNamesLiveAndJava() {
    assertThat(live("--version")).isZero();
    assertThat(out.toString()).contains("live ", "Java ");
  }

  @Test
  void enginesListsEachLanguageWithVersionsAndExtensions() {
    assertThat(live("engines")).as(err::toString).isZero();
    assertThat(out.toString())
        .containsPattern(
            "js\\s+JavaScript\\s+GraalJS 25\\S* \\(\\w+\\)\\s+ECMAScript 20\\d\\d\\s+\\.js \\.mjs")
        .containsPattern("python\\s+Python\\s+Jython 2\\.7\\S*\\s+Python 2\\.7\\S*\\s+\\.py");
  }

  @Test
  void completionPrintsAScriptForBashAndZsh() {
    assertThat(live("completion", "bash")).isZero();
    assertThat(out.toString()).contains("complete -F", "run", "--debounce");
    assertThat(live("completion", "zsh")).isZero();
    assertThat(out.toString()).contains("bashcompinit");
    assertThat(live("completion", "fish")).isEqualTo(2);
    assertThat(err.toString()).contains("use bash or zsh");
  }

  @Test
  void theEngineStartedAheadIsTheOneOfTheMainFile() {
    assertThat(Main.extensionToStart(new String[] {"run", "main.js"})).contains("js");
    assertThat(Main.extensionToStart(new String[] {"run", "--once", "app/main.py", "--", "x.js"}))
        .contains("py");
    assertThat(Main.extensionToStart(new String[] {"run", "--path", "lib", "./main.py", "-q"}))
        .contains("py");
    assertThat(Main.extensionToStart(new String[] {"run", "--engine", "js=nashorn", "main.js"}))
        .isEmpty();
    assertThat(Main.extensionToStart(new String[] {"engines"})).isEmpty();
    assertThat(Main.extensionToStart(new String[] {"run", ".hidden", "Makefile"})).isEmpty();
  }
}
