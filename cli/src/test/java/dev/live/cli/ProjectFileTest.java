package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.live.core.engine.EngineHeadStart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** live.toml: the TOML subset it reads, its errors, and its entries as defaults of live run. */
class ProjectFileTest {

  @TempDir Path dir;

  private ProjectFile project(String text) throws IOException {
    return ProjectFile.read(Files.writeString(dir.resolve(ProjectFile.NAME), text));
  }

  @Test
  void readsCommentsStringsNumbersBooleansAndListsOverLines() throws IOException {
    ProjectFile project =
        project(
            """
            # defaults for live run
            debounce = 1_000   # ms
            quiet = true
            ignore = [
              "*.log",  # logs
              'build/**',
            ]
            args = ["a \\"b\\"\\t", "\\u00e9"]
            """);

    assertThat(project.entries())
        .containsExactly(
            new ProjectFile.Entry("debounce", List.of("1000"), false, 2),
            new ProjectFile.Entry("quiet", List.of("true"), false, 3),
            new ProjectFile.Entry("ignore", List.of("*.log", "build/**"), true, 4),
            new ProjectFile.Entry("args", List.of("a \"b\"\t", "é"), true, 8));
  }

  @Test
  void aBadLineIsAUsageErrorNamingTheFileTheLineAndTheKey() {
    Path file = dir.resolve(ProjectFile.NAME);
    assertThatThrownBy(() -> project("quiet = true\n\nwatch = [\"data\"\n"))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith(file + ":4: watch: ")
        .hasMessageContaining("--no-config");
    assertThatThrownBy(() -> project("debounce = fast\n"))
        .hasMessageStartingWith(file + ":1: debounce: a value is a \"string\"");
    assertThatThrownBy(() -> project("quiet = true\nquiet = false\n"))
        .hasMessageStartingWith(file + ":2: quiet: is given twice");
    assertThatThrownBy(() -> project("[run]\n"))
        .hasMessageContaining("tables ([name]) are not used");
    assertThatThrownBy(() -> project("clear = true false\n"))
        .hasMessageStartingWith(file + ":1: clear: unexpected text after the value");
  }

  @Test
  void foundInTheMainFilesFolderOrTheNearestParent() throws IOException {
    Path nested = Files.createDirectories(dir.resolve("a/b"));
    assertThat(ProjectFile.find(nested)).isEmpty();
    Files.writeString(dir.resolve(ProjectFile.NAME), "");
    assertThat(ProjectFile.find(nested)).contains(dir.resolve(ProjectFile.NAME));
    Files.writeString(nested.resolve(ProjectFile.NAME), "");
    assertThat(ProjectFile.find(nested)).contains(nested.resolve(ProjectFile.NAME));
  }

  @Test
  void entriesAreDefaultsTheCommandLineOverrides() throws IOException {
    ProjectFile project =
        project(
            """
            debounce = 50
            watch = ["data", "/abs"]
            engine = ["js=graaljs"]
            clear = true
            quiet = false
            color = "never"
            venv = "envs/py312"
            args = ["x"]
            """);
    RunCommand run = parsed("run", "--debounce", "7", "main.js");

    apply(project, run);

    assertThat(run.debounceMillis).isEqualTo(7);
    assertThat(run.extraWatch).containsExactly(dir.resolve("data"), Path.of("/abs"));
    assertThat(run.engines.engineChoices).isEqualTo(Map.of("js", "graaljs"));
    assertThat(run.clear).isTrue();
    assertThat(run.quiet).isFalse();
    assertThat(run.interaction.color).isEqualTo(ColourChoice.When.NEVER);
    assertThat(run.scriptArguments).containsExactly("x");
    assertThat(run.venv).isEqualTo(dir.resolve("envs/py312"));

    RunCommand withArguments = parsed("run", "main.js", "--", "y");
    apply(project, withArguments);
    assertThat(withArguments.scriptArguments).containsExactly("y");
  }

  @Test
  void anUnknownKeyOrABadValueNamesTheLineAndTheKey() throws IOException {
    Path file = dir.resolve(ProjectFile.NAME);
    assertThatThrownBy(() -> apply(project("\nwach = [\"x\"]\n"), parsed("run", "main.js")))
        .hasMessageStartingWith(file + ":2: wach: no such option; keys: args, clear, color,");
    assertThatThrownBy(() -> apply(project("debounce = \"soon\"\n"), parsed("run", "main.js")))
        .hasMessageStartingWith(file + ":1: debounce: Invalid value for option '--debounce'");
    assertThatThrownBy(() -> apply(project("quiet = 1\n"), parsed("run", "main.js")))
        .hasMessageStartingWith(file + ":1: quiet: is true or false");
    assertThatThrownBy(() -> apply(project("poll = [1, 2]\n"), parsed("run", "main.js")))
        .hasMessageStartingWith(file + ":1: poll: takes one value, not a list");
    assertThatThrownBy(() -> apply(project("help = true\n"), parsed("run", "main.js")))
        .hasMessageContaining("help: no such option");
  }

  private static RunCommand parsed(String... args) {
    CommandLine commandLine = LiveCommand.commandLine();
    commandLine.parseArgs(args);
    return commandLine.getSubcommands().get("run").getCommand();
  }

  private static void apply(ProjectFile project, RunCommand run) {
    ProjectDefaults.apply(
        project, run.spec, () -> new RunCommand(EngineHeadStart.none()), "main.js");
  }
}
