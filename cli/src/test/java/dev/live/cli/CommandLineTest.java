package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.EngineRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line in-process: parsing, usage errors, help, version, engines, completion. */
class CommandLineTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int live(String... args) {
    CommandLine commandLine = LiveCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithExitCode2() {
    assertThat(live("run", "--bogus", "main.py")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--bogus'", "Usage: live run");
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
            "Exit codes: 0 ok, 1 script failed (--once), 2 usage error,",
            "130 Ctrl-C, 143 SIGTERM, 129 terminal closed.");
  }

  @Test
  void runHelpListsEveryOption() {
    assertThat(live("run", "--help")).isZero();
    assertThat(out.toString())
        .contains(
            "--once",
            "--clear",
            "--watch",
            "--watch-shallow",
            "--no-vcs-ignore",
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
            "js\\s+JavaScript\\s+GraalJS 25\\.\\d+\\.\\d+\\s+ECMAScript 20\\d\\d\\s+\\.js \\.mjs")
        .containsPattern("python\\s+Python\\s+Jython 2\\.7\\.\\d+\\s+Python 2\\.7\\.\\d+\\s+\\.py")
        .containsPattern(
            "graalpy\\s+Python 3\\s+GraalPy 25\\.\\d+\\.\\d+\\s+Python 3\\.12\\.\\d+\\s+\\.py")
        .containsPattern("lua\\s+Lua\\s+Luaj-jse 3\\.0\\.\\d+\\s+Lua 5\\.2\\s+\\.lua")
        .contains(
            ".py is claimed by python, graalpy: python runs it (the default); choose with"
                + " --engine py=NAME",
            "a file whose first line is #!/usr/bin/env python3 runs on graalpy",
            "a file whose first line is #!/usr/bin/env python, python2 or jython runs on python");
  }

  @Test
  void enginesGivesEveryVersionWithoutStartingAnEngine() {
    StringWriter listing = new StringWriter();
    try (EngineRegistry registry = EngineRegistry.discover(getClass().getClassLoader())) {
      EnginesCommand.list(registry, new PrintWriter(listing, true));

      assertThat(registry.startedEngines()).as("engines started to list them").isEmpty();
    }
    assertThat(listing.toString())
        .containsPattern("graalpy\\s+Python 3\\s+GraalPy 25\\.\\d+\\.\\d+\\s+Python 3\\.12\\.\\d+")
        .doesNotContain("unknown");
  }

  @Test
  void completionPrintsAScriptForBashZshAndFish() {
    assertThat(live("completion", "bash")).isZero();
    assertThat(out.toString()).contains("complete -F", "run", "--debounce");
    assertThat(live("completion", "zsh")).isZero();
    assertThat(out.toString()).contains("bashcompinit");
    assertThat(live("completion", "fish")).isZero();
    assertThat(out.toString()).contains("complete -c live -n '__fish_use_subcommand' -a run");
    assertThat(live("completion", "tcsh")).isEqualTo(2);
    assertThat(err.toString()).contains("expected one of [bash, zsh, fish]", "'tcsh'");
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

  @Test
  void engineChoicesAreCheckedInTheOrderGiven() {
    assertThat(live("engines", "--engine", "js=js")).as(err::toString).isZero();

    assertThat(live("engines", "--engine", "xyz=js", "--engine", "js=rhino")).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("live: --engine xyz=js: no engine claims '.xyz'; installed extensions: .js")
        .doesNotContain("rhino");
  }

  @Test
  void aLaterEngineChoiceForTheSameExtensionReplacesTheEarlierOne() {
    assertThat(live("engines", "--engine", "js=rhino", "--engine", "js=js"))
        .as(err::toString)
        .isZero();
  }

  @Test
  void anEngineChoiceWithoutExtOrNameIsAUsageErrorThatShowsTheForm() {
    for (String choice : new String[] {"nashorn", "js=", "=nashorn", "="}) {
      int from = err.getBuffer().length();
      assertThat(live("engines", "--engine", choice)).as(choice).isEqualTo(2);
      assertThat(err.getBuffer().substring(from))
          .isEqualTo(
              "live: --engine takes EXT=NAME, such as --engine js=nashorn; got '"
                  + choice
                  + "'"
                  + System.lineSeparator());
    }
    assertThat(live("run", "--once", "--engine=js", "main.js")).isEqualTo(2);
    assertThat(err.toString()).endsWith("got 'js'" + System.lineSeparator());
  }

  @Test
  void aFolderOrAFileWithNoEngineIsAUsageErrorWithoutStackTrace() throws Exception {
    Path app = Files.createDirectory(dir.resolve("app"));
    assertThat(live("run", app.toString())).isEqualTo(2);
    assertThat(live("run", dir.resolve("main.xyz").toString())).isEqualTo(2);
    assertThat(live("run", dir.resolve("missing/main.js").toString())).isEqualTo(2);

    assertThat(err.toString())
        .contains(
            "live: " + app + " is a folder; name the script to run, such as " + app + "/main.py",
            "live: no engine for 'main.xyz'",
            "live: folder " + dir.resolve("missing") + " does not exist")
        .doesNotContain("Exception", "\tat ", "Usage:");
  }

  @Test
  void aPathThatIsNotAFolderIsAUsageErrorThatNamesIt() throws Exception {
    Path main = Files.writeString(dir.resolve("main.js"), "console.log('ran');\n");
    Path file = Files.writeString(dir.resolve("util.js"), "");
    Path missing = dir.resolve("lib");

    assertThat(live("run", "--once", "--path", missing.toString(), main.toString())).isEqualTo(2);
    assertThat(live("run", "--once", "--path", file.toString(), main.toString())).isEqualTo(2);

    assertThat(err.toString())
        .contains(
            "live: --path " + missing + " does not exist; give a folder to look for modules in",
            "live: --path "
                + file
                + " is a file, not a folder; give a folder to look for modules in")
        .doesNotContain("\tat ");
    assertThat(out.toString()).doesNotContain("ran");
  }

  @Test
  void onceExitsWithTheScriptsStatus() throws Exception {
    Path exits = Files.writeString(dir.resolve("exits.js"), "process.exit(3);\n");
    Path fails = Files.writeString(dir.resolve("fails.js"), "throw new Error('nope');\n");

    assertThat(live("run", "--once", "-q", exits.toString())).isEqualTo(3);
    assertThat(live("run", "--once", "-q", fails.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("Error: nope").doesNotContain("[live]");
  }
}
